package nl.schakel.veiligthuis.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.VormVanGeweld;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Intake at Veilig Thuis (domain spec §3.2; rules 43, 44, 54, 57) and the end of an advies. */
class IntakeTests {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    private static final Intake.MelderInvoer MELDER =
            new Intake.MelderInvoer("Jet Juf", "Basisschool De Linde", "0201234567", true);
    private static final Intake.MelderInvoer GEEN_MELDER = new Intake.MelderInvoer("", "", "", true);
    private static final Intake.PersoonInvoer KIND = new Intake.PersoonInvoer(
            "Sem Voorbeeld", LocalDate.of(2018, 3, 4), Geslacht.MAN, "111222333", BetrokkeneRol.SLACHTOFFER);

    private static Intake intake(
            ZaakSoort soort,
            Instant ontvangen,
            Beller beller,
            boolean anoniem,
            Intake.MelderInvoer melder,
            @Nullable MelderCategorie categorie,
            List<Intake.PersoonInvoer> personen) {
        return Intake.of(
                soort,
                ontvangen,
                beller,
                anoniem,
                melder,
                categorie,
                personen,
                List.of("lichamelijk", "getuige"),
                Set.of(VormVanGeweld.KINDERMISHANDELING_LICHAMELIJK, VormVanGeweld.GETUIGE_HUISELIJK_GEWELD),
                false,
                "De juf zag blauwe plekken.",
                NOW);
    }

    private static Intake melding(Intake.MelderInvoer melder, List<Intake.PersoonInvoer> personen) {
        return intake(
                ZaakSoort.MELDING,
                NOW.minus(Duration.ofHours(1)),
                Beller.BEROEPSKRACHT,
                false,
                melder,
                MelderCategorie.ONDERWIJS,
                personen);
    }

    private static Map<String, String> errorsOf(Runnable r) {
        try {
            r.run();
        } catch (InvalidInputException e) {
            return e.fieldErrors();
        }
        throw new AssertionError("expected the input to be refused");
    }

    @Test
    void aCompleteMeldingIsAccepted() {
        Intake i = melding(MELDER, List.of(KIND));

        assertThat(i.soort()).isEqualTo(ZaakSoort.MELDING);
        assertThat(i.melder()).isNotNull();
        assertThat(i.melder().afgeschermd()).isTrue();
        assertThat(i.betrokkenen())
                .singleElement()
                .satisfies(b -> assertThat(b.naam()).isEqualTo("Sem Voorbeeld"));
        assertThat(i.toString()).doesNotContain("Jet Juf").doesNotContain("Sem");
    }

    @Test
    void rule43_aMeldingNeedsTheMeldersIdentity() {
        assertThat(errorsOf(() -> melding(GEEN_MELDER, List.of(KIND))))
                .containsEntry("melderNaam", "vt.fout.melder.naam")
                .containsEntry("melderContact", "vt.fout.melder.contact");
        // a private person cannot report anonymously either
        assertThat(errorsOf(() ->
                        intake(ZaakSoort.MELDING, NOW, Beller.PARTICULIER, true, GEEN_MELDER, null, List.of(KIND))))
                .containsEntry("anoniem", "vt.fout.anoniemmelding");
    }

    @Test
    void rule44_anAnonymousProfessionalCanOnlyAskAdvies() {
        assertThat(errorsOf(() -> intake(
                        ZaakSoort.MELDING,
                        NOW,
                        Beller.BEROEPSKRACHT,
                        true,
                        GEEN_MELDER,
                        MelderCategorie.ONDERWIJS,
                        List.of(KIND))))
                .containsEntry("anoniem", "vt.fout.anoniemeprofessional");

        Intake advies = intake(
                ZaakSoort.ADVIES, NOW, Beller.BEROEPSKRACHT, true, GEEN_MELDER, MelderCategorie.ONDERWIJS, List.of());
        assertThat(advies.anoniem()).isTrue();
        assertThat(advies.melder()).isNull();
    }

    @Test
    void anAnonymousAdviesOfAPrivatePersonWithoutPersonsIsAccepted() {
        Intake advies = intake(ZaakSoort.ADVIES, NOW, Beller.PARTICULIER, true, GEEN_MELDER, null, List.of());

        assertThat(advies.melder()).isNull();
        assertThat(advies.categorie()).isEqualTo(MelderCategorie.NIET_BEROEPSMATIG);
        assertThat(advies.betrokkenen()).isEmpty();
    }

    @Test
    void rule54_eachDirectbetrokkeneHasBirthDateSexAndAValidBsnWhenGiven() {
        var zonderGeboortedatum =
                new Intake.PersoonInvoer("Zus Voorbeeld", null, Geslacht.VROUW, "", BetrokkeneRol.KIND_IN_HUISHOUDEN);
        var foutBsnGeenGeslacht = new Intake.PersoonInvoer(
                "Vader Voorbeeld", LocalDate.of(1980, 1, 1), null, "123456789", BetrokkeneRol.VERMOEDELIJKE_PLEGER);
        var geborenInDeToekomst =
                new Intake.PersoonInvoer("Baby Voorbeeld", LocalDate.of(2027, 1, 1), Geslacht.ONBEKEND, "", null);

        Map<String, String> errors = errorsOf(
                () -> melding(MELDER, List.of(KIND, zonderGeboortedatum, foutBsnGeenGeslacht, geborenInDeToekomst)));

        assertThat(errors)
                .doesNotContainKeys(
                        "betrokkenen[0].naam", "betrokkenen[0].bsn", "betrokkenen[1].bsn", "betrokkenen[1].geslacht")
                .containsEntry("betrokkenen[1].geboortedatum", "vt.fout.betrokkene.geboortedatum")
                .containsEntry("betrokkenen[2].bsn", "vt.fout.betrokkene.bsn")
                .containsEntry("betrokkenen[2].geslacht", "vt.fout.betrokkene.geslacht")
                .containsEntry("betrokkenen[3].geboortedatum", "vt.fout.betrokkene.geboortedatum")
                .containsEntry("betrokkenen[3].rol", "vt.fout.betrokkene.rol");
        // without a BSN a person is still complete
        var zonderBsn = new Intake.PersoonInvoer(
                "Zus Voorbeeld", LocalDate.of(2015, 2, 2), Geslacht.VROUW, " ", BetrokkeneRol.KIND_IN_HUISHOUDEN);
        assertThat(melding(MELDER, List.of(zonderBsn)).betrokkenen().getFirst().bsn())
                .isNull();
    }

    @Test
    void rule54_aMeldingIsAboutAtLeastOneDirectbetrokkene() {
        assertThat(errorsOf(() -> melding(MELDER, List.of()))).containsEntry("betrokkenen", "vt.fout.geenbetrokkenen");
    }

    @Test
    void rule57_aMeldingNeedsTheMelderCategory() {
        assertThat(errorsOf(
                        () -> intake(ZaakSoort.MELDING, NOW, Beller.BEROEPSKRACHT, false, MELDER, null, List.of(KIND))))
                .containsEntry("categorie", "vt.fout.categorie");
        // a professional's category is a professional one
        assertThat(errorsOf(() -> intake(
                        ZaakSoort.MELDING,
                        NOW,
                        Beller.BEROEPSKRACHT,
                        false,
                        MELDER,
                        MelderCategorie.NIET_BEROEPSMATIG,
                        List.of(KIND))))
                .containsEntry("categorie", "vt.fout.categorie");
        // a private person is "niet beroepsmatig", whatever was chosen
        assertThat(intake(
                                ZaakSoort.MELDING,
                                NOW,
                                Beller.PARTICULIER,
                                false,
                                MELDER,
                                MelderCategorie.ONDERWIJS,
                                List.of(KIND))
                        .categorie())
                .isEqualTo(MelderCategorie.NIET_BEROEPSMATIG);
    }

    @Test
    void rule57_theFormsOfViolenceAreMultiValued() {
        Intake i = melding(MELDER, List.of(KIND));

        assertThat(i.vormCodes()).containsExactly("lichamelijk", "getuige");
        assertThat(i.vormen())
                .containsExactlyInAnyOrder(
                        VormVanGeweld.KINDERMISHANDELING_LICHAMELIJK, VormVanGeweld.GETUIGE_HUISELIJK_GEWELD);
    }

    @Test
    void aTimeReceivedInTheFutureIsRefusedAndThePastIsAccepted() {
        assertThat(errorsOf(() -> intake(
                        ZaakSoort.MELDING,
                        NOW.plusSeconds(60),
                        Beller.BEROEPSKRACHT,
                        false,
                        MELDER,
                        MelderCategorie.ONDERWIJS,
                        List.of(KIND))))
                .containsEntry("ontvangenOp", "vt.fout.ontvangenoptoekomst");
        Intake lastWeek = intake(
                ZaakSoort.MELDING,
                NOW.minus(Duration.ofDays(7)),
                Beller.BEROEPSKRACHT,
                false,
                MELDER,
                MelderCategorie.ONDERWIJS,
                List.of(KIND));
        assertThat(lastWeek.ontvangenDag()).isEqualTo(LocalDate.of(2026, 11, 17));
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        Map<String, String> errors = errorsOf(() ->
                Intake.of(null, null, null, false, GEEN_MELDER, null, List.of(), List.of(), Set.of(), false, " ", NOW));

        assertThat(errors)
                .containsKeys("soort", "ontvangenOp", "beller", "melderNaam", "melderContact", "omschrijving");
    }

    @Test
    void rule44_anAnonymousAdviesCannotBeConvertedIntoAMeldingButVeiligThuisMayReportAmbtshalve() {
        assertThatThrownBy(() -> AdviesAfgerond.of(AdviesUitkomst.OMGEZET_IN_MELDING, "Zorgen blijven.", true, true))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("uitkomst", "vtintake.fout.anoniemomzetten"));

        AdviesAfgerond ambtshalve = AdviesAfgerond.of(AdviesUitkomst.AMBTSHALVE_MELDING, "VT meldt zelf.", true, true);
        assertThat(ambtshalve.volgendeStatus()).isEqualTo(ZaakStatus.VEILIGHEIDSBEOORDELING);
        assertThat(AdviesAfgerond.of(AdviesUitkomst.OMGEZET_IN_MELDING, "Zorgen blijven.", false, true)
                        .volgendeStatus())
                .isEqualTo(ZaakStatus.VEILIGHEIDSBEOORDELING);
    }

    @Test
    void rule54_aConvertedAdviesNeedsADirectbetrokkene() {
        assertThatThrownBy(() -> AdviesAfgerond.of(AdviesUitkomst.AMBTSHALVE_MELDING, "VT meldt zelf.", false, false))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsEntry("uitkomst", "vtintake.fout.omzettenzonderbetrokkenen"));
    }

    @ParameterizedTest
    @EnumSource(
            value = AdviesUitkomst.class,
            names = {"ADVIES_EN_ONDERSTEUNING", "GEEN_HUISELIJK_GEWELD_OF_KINDERMISHANDELING"})
    void anAdviesThatIsNotConvertedEndsAndTheAdviesvragerStaysResponsible(AdviesUitkomst uitkomst) {
        AdviesAfgerond afgerond = AdviesAfgerond.of(uitkomst, "Besproken wat de school kan doen.", true, false);

        assertThat(uitkomst.wordtMelding()).isFalse();
        assertThat(afgerond.volgendeStatus()).isEqualTo(ZaakStatus.ADVIES_AFGEROND);
    }

    @Test
    void anAdviesOutcomeNeedsAnOutcomeAndWhatWasAdvised() {
        assertThatThrownBy(() -> AdviesAfgerond.of(null, " ", false, true))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsEntry("uitkomst", "vt.fout.uitkomst")
                                .containsEntry("toelichting", "vt.fout.toelichting"));
    }
}
