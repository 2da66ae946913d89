package nl.schakel.organisation;

import static nl.schakel.organisation.MeldprotocolVoorbeeld.AF;
import static nl.schakel.organisation.MeldprotocolVoorbeeld.DIRECTEUR;
import static nl.schakel.organisation.MeldprotocolVoorbeeld.GROEPEN;
import static nl.schakel.organisation.MeldprotocolVoorbeeld.OPVANG;
import static nl.schakel.organisation.MeldprotocolVoorbeeld.OPVANGKRACHT;
import static nl.schakel.organisation.MeldprotocolVoorbeeld.VANDAAG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.TeamId;
import nl.schakel.shared.UserId;
import org.junit.jupiter.api.Test;

/** What a new meldprotocol version must satisfy (Dutch messages on the form's fields), and the minimum requirements. */
class MeldprotocolregelsTests {

    private static final TeamId onbekendTeam = TeamId.random();

    private static Map<String, String> fouten(MeldprotocolVoorbeeld.Bouwer b) {
        try {
            Meldprotocolregels.controleer(b.bouw(), MeldprotocolVoorbeeld.keuzes());
            return Map.of();
        } catch (InvalidInputException e) {
            return e.fieldErrors();
        }
    }

    private static MeldprotocolVoorbeeld.Bouwer voorbeeld() {
        return new MeldprotocolVoorbeeld.Bouwer();
    }

    @Test
    void theExampleIsAValidVersion() {
        assertThatCode(() ->
                        Meldprotocolregels.controleer(MeldprotocolVoorbeeld.protocol(), MeldprotocolVoorbeeld.keuzes()))
                .doesNotThrowAnyException();
    }

    @Test
    void rule15_theKaderForEveryoneIsNeverBlankAndAlwaysAKnownKader() {
        var b = voorbeeld();
        b.kaderVoorIedereen = "";
        assertThat(fouten(b)).containsEntry("kaderVoorIedereen", "meldprotocol.fout.kaderVoorIedereen");
        b.kaderVoorIedereen = "bestaat-niet";
        assertThat(fouten(b)).containsEntry("kaderVoorIedereen", "meldprotocol.fout.kaderVoorIedereen");
    }

    @Test
    void aKaderregelForAnUnknownTeamOrKaderOrTwiceForTheSameTeamIsRefusedOnItsRow() {
        var b = voorbeeld();
        b.regels = List.of(
                new Kaderregel(Kaderregel.Soort.TEAM, onbekendTeam.toString(), "onderwijs"),
                new Kaderregel(Kaderregel.Soort.TEAM, GROEPEN.toString(), "bestaat-niet"),
                new Kaderregel(Kaderregel.Soort.ROL, "BEHEERDER", "onderwijs"),
                new Kaderregel(Kaderregel.Soort.TEAM, OPVANG.toString(), "kinderopvang"),
                new Kaderregel(Kaderregel.Soort.TEAM, OPVANG.toString(), "onderwijs"));
        assertThat(fouten(b))
                .containsExactly(
                        Map.entry("regel-team-" + onbekendTeam, "meldprotocol.fout.regel"),
                        Map.entry("regel-team-" + GROEPEN, "meldprotocol.fout.kader"),
                        Map.entry("regel-rol-BEHEERDER", "meldprotocol.fout.regel"),
                        Map.entry("regel-team-" + OPVANG, "meldprotocol.fout.regel"));
    }

    @Test
    void rule24_theUitvoerderWorksWithClientsAndDoesNotOnlySignalThemselves() {
        var b = voorbeeld();
        b.verdelingen = List.of(
                new Stapverdeling(null, false, null, null), new Stapverdeling(OPVANG, true, OPVANGKRACHT, null));
        assertThat(fouten(b))
                .containsExactly(Map.entry("verdeling-" + OPVANG + "-uitvoerder", "meldprotocol.fout.uitvoerder"));
        b.verdelingen =
                List.of(new Stapverdeling(null, false, null, null), new Stapverdeling(OPVANG, true, DIRECTEUR, null));
        assertThat(fouten(b))
                .containsExactly(Map.entry("verdeling-" + OPVANG + "-uitvoerder", "meldprotocol.fout.uitvoerder"));
        b.verdelingen = List.of(new Stapverdeling(null, true, AF, null));
        assertThat(fouten(b)).isEmpty();
    }

    @Test
    void theVerdelingenNeedOneForTheRestAndEachKnownTeamOnceAndAKnownEindverantwoordelijke() {
        var b = voorbeeld();
        b.verdelingen = List.of(
                new Stapverdeling(GROEPEN, false, null, UserId.random()),
                new Stapverdeling(GROEPEN, false, null, null),
                new Stapverdeling(onbekendTeam, false, null, null));
        assertThat(fouten(b))
                .containsExactly(
                        Map.entry("verdeling-rest-alleenSignaleren", "meldprotocol.fout.verdelingRest"),
                        Map.entry(
                                "verdeling-" + GROEPEN + "-eindverantwoordelijke",
                                "meldprotocol.fout.eindverantwoordelijke"),
                        Map.entry("verdeling-" + GROEPEN + "-team", "meldprotocol.fout.team"),
                        Map.entry("verdeling-" + onbekendTeam + "-team", "meldprotocol.fout.team"));
    }

    @Test
    void theBoardDecisionIsNotInTheFutureAndTheVersionTakesEffectFromTheDecisionAndFromToday() {
        var b = voorbeeld();
        b.vastgesteldDoor = " ";
        b.vastgesteldOp = VANDAAG.plusDays(1);
        assertThat(fouten(b))
                .containsExactly(
                        Map.entry("vastgesteldDoor", "meldprotocol.fout.vastgesteldDoor"),
                        Map.entry("vastgesteldOp", "meldprotocol.fout.vastgesteldOp"),
                        Map.entry("ingangsdatum", "meldprotocol.fout.ingangsdatumVoorBesluit"));
        b = voorbeeld();
        b.vastgesteldOp = VANDAAG.minusDays(3);
        b.ingangsdatum = VANDAAG.minusDays(1);
        assertThat(fouten(b)).containsExactly(Map.entry("ingangsdatum", "meldprotocol.fout.ingangsdatumVerleden"));
    }

    @Test
    void anAandachtsfunctionarisWorksWithClientsIsNamedOnceAndHasAContact() {
        var b = voorbeeld();
        b.afs = List.of(
                new Aandachtsfunctionaris(DIRECTEUR, "d@school.example", ""),
                new Aandachtsfunctionaris(AF, "", ""),
                new Aandachtsfunctionaris(AF, "af@school.example", "x".repeat(201)));
        assertThat(fouten(b))
                .containsExactly(
                        Map.entry("af-" + DIRECTEUR + "-lid", "meldprotocol.fout.afLid"),
                        Map.entry("af-" + AF + "-contact", "meldprotocol.fout.afContact"),
                        Map.entry("af-" + AF + "-lid", "meldprotocol.fout.afDubbel"),
                        Map.entry("af-" + AF + "-uren", "meldprotocol.fout.teLang"));
    }

    @Test
    void aSpecificFormIsAnActiveCodeOfTheCodeListSwitchedOnOnceWithAnExpert() {
        var b = voorbeeld();
        b.vormen = List.of(
                new SpecifiekeVorm("oud", "LKHA", ""),
                new SpecifiekeVorm("partnergeweld", " ", ""),
                new SpecifiekeVorm("partnergeweld", "Veilig Thuis", "x".repeat(4001)));
        assertThat(fouten(b))
                .containsExactly(
                        Map.entry("vorm-oud-aan", "meldprotocol.fout.vorm"),
                        Map.entry("vorm-partnergeweld-deskundige", "meldprotocol.fout.deskundige"),
                        Map.entry("vorm-partnergeweld-aan", "meldprotocol.fout.vorm"),
                        Map.entry("vorm-partnergeweld-instructie", "meldprotocol.fout.tekstTeLang"));
    }

    @Test
    void rule27_theColleagueRouteNamesTheHouderWhenTheOrganisationHasIt() {
        var b = voorbeeld();
        b.route = new Medewerkerroute(true, "", "", "");
        assertThat(fouten(b)).containsExactly(Map.entry("houder", "meldprotocol.fout.houder"));
        b.route = Medewerkerroute.geen();
        assertThat(fouten(b)).isEmpty();
    }

    @Test
    void aRetentionTermNamesItsDossierTypeAndLastsOneTo115Years() {
        var b = voorbeeld();
        b.termijnen = List.of(new Bewaartermijn("", 20, ""), new Bewaartermijn("Medisch dossier", 0, ""));
        assertThat(fouten(b))
                .containsExactly(
                        Map.entry("bewaartermijn-0-dossiersoort", "meldprotocol.fout.dossiersoort"),
                        Map.entry("bewaartermijn-1-jaren", "meldprotocol.fout.jaren"));
    }

    @Test
    void theProtocolNamesAtLeastOneVeiligThuisRegionAndEachSocialeKaartEntryHasANameAndAContact() {
        var b = voorbeeld();
        b.regios = List.of();
        b.kaart = List.of(new SocialeKaartContact("", "", ""));
        assertThat(fouten(b))
                .containsExactly(
                        Map.entry("veiligThuisRegios", "meldprotocol.fout.regio"),
                        Map.entry("kaart-0-naam", "meldprotocol.fout.kaartNaam"),
                        Map.entry("kaart-0-bereikbaar", "meldprotocol.fout.kaartBereikbaar"));
    }

    @Test
    void theStepTextsAreFiveAndNotTooLong() {
        var b = voorbeeld();
        b.stappen = List.of("", "x".repeat(4001), "", "", "");
        assertThat(fouten(b)).containsExactly(Map.entry("stap2", "meldprotocol.fout.tekstTeLang"));
    }

    @Test
    void theExampleProvesAllSixMinimumRequirements() {
        assertThat(eisen(voorbeeld()))
                .allSatisfy(s -> assertThat(s.vervuld()).as(s.eis().name()).isTrue());
        assertThat(eisen(voorbeeld())).extracting(MinimumeisStatus::eis).containsExactly(Minimumeis.values());
    }

    @Test
    void rolesAreUnprovenWhileATeamHasNoEindverantwoordelijkeOrASignalOnlyTeamNobodyToHandOverTo() {
        var b = voorbeeld();
        b.verdelingen =
                List.of(new Stapverdeling(null, false, null, null), new Stapverdeling(OPVANG, true, null, DIRECTEUR));
        assertThat(eis(b, Minimumeis.ROLLEN))
                .isEqualTo(new MinimumeisStatus(
                        Minimumeis.ROLLEN, false, "meldprotocol.eis.geenEindverantwoordelijke", List.of("1")));
        b.afs = List.of();
        assertThat(eis(b, Minimumeis.ROLLEN).uitlegKey()).isEqualTo("meldprotocol.eis.geenUitvoerder");
    }

    @Test
    void specificFormsVerwijsindexAndKindcheckAreUnprovenWithoutWhatTheyAskFor() {
        var b = voorbeeld();
        b.vormen = List.of();
        b.verwijsindex = new Verwijsindexafspraak(false, "");
        b.kindcheck = new Checkinstructie(" ", Set.of());
        assertThat(eis(b, Minimumeis.SPECIFIEKE_VORMEN).vervuld()).isFalse();
        assertThat(eis(b, Minimumeis.VERWIJSINDEX).vervuld()).isFalse();
        assertThat(eis(b, Minimumeis.KIND_EN_MANTELZORGCHECK).vervuld()).isFalse();
        b.verwijsindex = new Verwijsindexafspraak(false, "Wij zijn niet meldingsbevoegd; meld bij de JGZ.");
        assertThat(eis(b, Minimumeis.VERWIJSINDEX))
                .isEqualTo(new MinimumeisStatus(
                        Minimumeis.VERWIJSINDEX, true, "meldprotocol.eis.verwijsindexNiet", List.of()));
    }

    @Test
    void withoutAProtocolNoRequirementIsProven() {
        assertThat(Meldprotocolregels.zonderMeldprotocol())
                .hasSize(6)
                .allSatisfy(s -> assertThat(s.uitlegKey()).isEqualTo("meldprotocol.eis.geenprotocol"));
    }

    private static List<MinimumeisStatus> eisen(MeldprotocolVoorbeeld.Bouwer b) {
        return Meldprotocolregels.minimumeisen(new MeldprotocolVersie(1, b.bouw(), Instant.EPOCH, "Bram Beheer"));
    }

    private static MinimumeisStatus eis(MeldprotocolVoorbeeld.Bouwer b, Minimumeis eis) {
        return eisen(b).stream().filter(s -> s.eis() == eis).findFirst().orElseThrow();
    }
}
