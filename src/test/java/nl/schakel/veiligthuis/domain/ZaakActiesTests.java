package nl.schakel.veiligthuis.domain;

import static nl.schakel.shared.Role.GEDRAGSWETENSCHAPPER;
import static nl.schakel.shared.Role.VT_MEDEWERKER;
import static nl.schakel.shared.Role.VT_TEAMLEIDER;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.schakel.shared.Role;
import nl.schakel.veiligthuis.domain.ZaakFeiten.Voorstel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The case page's model: for every Veilig Thuis role in every state of the case (and the facts that change the answer
 * within a state), what is due next with its term and which actions the person gets, in which order. The table below is
 * the specification; every role × state pair has a row with the state's usual facts.
 */
class ZaakActiesTests {

    private static final LocalDate VB = LocalDate.of(2026, 12, 11);
    private static final LocalDate ONDERZOEK_TOT = LocalDate.of(2027, 2, 12);
    private static final LocalDate MOMENT = LocalDate.of(2027, 3, 1);
    private static final LocalDate VANDAAG = LocalDate.of(2026, 12, 7);

    /** The facts of a case, with the usual ones of its state; a row changes what it is about. */
    static final class Feiten {
        ZaakSoort soort = ZaakSoort.MELDING;
        ZaakStatus status;
        boolean acuut;
        boolean beroepskracht = true;
        boolean eersteContact = true;
        boolean verrijkt = true;
        boolean getaxeerd;
        Voorstel besluit = Voorstel.GEEN;
        Voorstel wijziging = Voorstel.GEEN;
        Voorstel conclusie = Voorstel.GEEN;
        boolean terugkoppeling;
        boolean overdracht;
        Dienststand stand = Dienststand.LEEG;

        Feiten(ZaakStatus status) {
            this.status = status;
            if (status == ZaakStatus.ADVIES || status == ZaakStatus.ADVIES_AFGEROND) {
                soort = ZaakSoort.ADVIES;
            }
            if (status == ZaakStatus.BESLUIT_VOORGESTELD) {
                besluit = Voorstel.VAN_ANDER;
                getaxeerd = true;
            }
        }

        ZaakFeiten build() {
            return new ZaakFeiten(
                    soort,
                    status,
                    acuut,
                    beroepskracht,
                    eersteContact,
                    verrijkt,
                    getaxeerd,
                    besluit,
                    wijziging,
                    conclusie,
                    terugkoppeling,
                    overdracht,
                    stand,
                    status.inVeiligheidsbeoordeling() ? VB : null,
                    status == ZaakStatus.ONDERZOEK ? ONDERZOEK_TOT : null,
                    status == ZaakStatus.MONITORING ? MOMENT : null);
        }
    }

    /**
     * One row: the role, the state, what differs from the state's usual facts ("" when nothing), what is due next
     * ("ACTIE dd-mm" with its term, "-" for nothing) and the person's actions in order.
     */
    record Rij(Role rol, ZaakStatus status, String anders, Consumer<Feiten> wijzig, String volgende, String acties) {
        @Override
        public String toString() {
            return rol + " " + status + (anders.isEmpty() ? "" : " (" + anders + ")");
        }
    }

    private static final List<Rij> TABEL = new ArrayList<>();

    private static void rij(Role rol, ZaakStatus status, String volgende, String acties) {
        TABEL.add(new Rij(rol, status, "", f -> {}, volgende, acties));
    }

    private static void rij(
            Role rol, ZaakStatus status, String anders, Consumer<Feiten> wijzig, String volgende, String acties) {
        TABEL.add(new Rij(rol, status, anders, wijzig, volgende, acties));
    }

    private static final String VASTLEGGERS = "both recording roles";

    /** A row for the VT-medewerker and the gedragswetenschapper alike. */
    private static void vastleggers(ZaakStatus status, String volgende, String acties) {
        rij(VT_MEDEWERKER, status, volgende, acties);
        rij(GEDRAGSWETENSCHAPPER, status, volgende, acties);
    }

    private static void vastleggers(
            ZaakStatus status, String anders, Consumer<Feiten> wijzig, String volgende, String acties) {
        rij(VT_MEDEWERKER, status, anders, wijzig, volgende, acties);
        rij(GEDRAGSWETENSCHAPPER, status, anders, wijzig, volgende, acties);
    }

    static {
        // The usual facts of each state: the teamleider reads only, whatever is due.
        rij(VT_TEAMLEIDER, ZaakStatus.ADVIES, "ADVIES", "OVERZICHT");
        rij(VT_TEAMLEIDER, ZaakStatus.ADVIES_AFGEROND, "-", "OVERZICHT");
        rij(VT_TEAMLEIDER, ZaakStatus.VEILIGHEIDSBEOORDELING, "TAXATIE 11-12", "OVERZICHT");
        rij(VT_TEAMLEIDER, ZaakStatus.BESLUIT_VOORGESTELD, "BESLUIT_BEOORDELING 11-12", "OVERZICHT");
        rij(VT_TEAMLEIDER, ZaakStatus.OVERDRACHT_NA_VEILIGHEIDSBEOORDELING, "OVERDRACHT", "OVERZICHT");
        rij(VT_TEAMLEIDER, ZaakStatus.VOORWAARDEN_EN_VERVOLG, "VOORWAARDEN", "OVERZICHT");
        rij(VT_TEAMLEIDER, ZaakStatus.ONDERZOEK, "ONDERZOEK 12-02", "OVERZICHT");
        rij(VT_TEAMLEIDER, ZaakStatus.VERZOEK_RAAD, "RAAD", "OVERZICHT");
        rij(VT_TEAMLEIDER, ZaakStatus.OVERDRACHT, "OVERDRACHT", "OVERZICHT");
        rij(VT_TEAMLEIDER, ZaakStatus.MONITORING, "MONITORING 01-03", "OVERZICHT");
        rij(VT_TEAMLEIDER, ZaakStatus.AFGESLOTEN, "-", "OVERZICHT");

        vastleggers(ZaakStatus.ADVIES, "ADVIES", "ADVIES OVERZICHT");
        vastleggers(ZaakStatus.ADVIES_AFGEROND, "-", "OVERZICHT");
        vastleggers(
                ZaakStatus.VEILIGHEIDSBEOORDELING,
                "TAXATIE 11-12",
                "TAXATIE EERSTE_CONTACT VERRIJKING BESLUIT VEILIGHEIDSCHECK ACUUT OVERZICHT");
        rij(
                VT_MEDEWERKER,
                ZaakStatus.BESLUIT_VOORGESTELD,
                "BESLUIT_BEOORDELING 11-12",
                "EERSTE_CONTACT VERRIJKING TAXATIE VEILIGHEIDSCHECK ACUUT OVERZICHT");
        rij(
                GEDRAGSWETENSCHAPPER,
                ZaakStatus.BESLUIT_VOORGESTELD,
                "BESLUIT_BEOORDELING 11-12",
                "BESLUIT_BEOORDELING EERSTE_CONTACT VERRIJKING TAXATIE VEILIGHEIDSCHECK ACUUT OVERZICHT");
        vastleggers(
                ZaakStatus.OVERDRACHT_NA_VEILIGHEIDSBEOORDELING, "OVERDRACHT", "OVERDRACHT EERSTE_CONTACT OVERZICHT");
        vastleggers(ZaakStatus.VOORWAARDEN_EN_VERVOLG, "VOORWAARDEN", "VOORWAARDEN EERSTE_CONTACT AFSPRAKEN OVERZICHT");
        vastleggers(ZaakStatus.ONDERZOEK, "ONDERZOEK 12-02", "ONDERZOEK EERSTE_CONTACT VOORWAARDEN RAAD OVERZICHT");
        vastleggers(ZaakStatus.VERZOEK_RAAD, "RAAD", "RAAD EERSTE_CONTACT OVERZICHT");
        vastleggers(ZaakStatus.OVERDRACHT, "OVERDRACHT", "OVERDRACHT EERSTE_CONTACT VOORWAARDEN AFSPRAKEN OVERZICHT");
        vastleggers(
                ZaakStatus.MONITORING,
                "MONITORING 01-03",
                "MONITORING EERSTE_CONTACT VOORWAARDEN AFSPRAKEN MONITORING_CONCLUSIE OVERZICHT");
        vastleggers(ZaakStatus.AFGESLOTEN, "-", "OVERZICHT");

        // The veiligheidsbeoordeling in the order of its phases, with its deadline.
        vastleggers(
                ZaakStatus.VEILIGHEIDSBEOORDELING,
                "nothing done yet",
                f -> {
                    f.eersteContact = false;
                    f.verrijkt = false;
                },
                "EERSTE_CONTACT 11-12",
                "EERSTE_CONTACT VERRIJKING TAXATIE BESLUIT VEILIGHEIDSCHECK ACUUT OVERZICHT");
        vastleggers(
                ZaakStatus.VEILIGHEIDSBEOORDELING,
                "a citizen called, not yet verrijkt",
                f -> {
                    f.beroepskracht = false;
                    f.eersteContact = false;
                    f.verrijkt = false;
                },
                "VERRIJKING 11-12",
                "VERRIJKING TAXATIE BESLUIT VEILIGHEIDSCHECK ACUUT OVERZICHT");
        vastleggers(
                ZaakStatus.VEILIGHEIDSBEOORDELING,
                "getaxeerd and acute",
                f -> {
                    f.getaxeerd = true;
                    f.acuut = true;
                },
                "BESLUIT 11-12",
                "BESLUIT EERSTE_CONTACT VERRIJKING TAXATIE VEILIGHEIDSCHECK OVERZICHT");
        rij(
                VT_TEAMLEIDER,
                ZaakStatus.VEILIGHEIDSBEOORDELING,
                "getaxeerd",
                f -> f.getaxeerd = true,
                "BESLUIT 11-12",
                "OVERZICHT");
        // Four eyes: the proposer never judges their own proposal.
        rij(
                GEDRAGSWETENSCHAPPER,
                ZaakStatus.BESLUIT_VOORGESTELD,
                "own proposal",
                f -> f.besluit = Voorstel.EIGEN,
                "BESLUIT_BEOORDELING 11-12",
                "EERSTE_CONTACT VERRIJKING TAXATIE VEILIGHEIDSCHECK ACUUT OVERZICHT");
        // The terugkoppeling owed to the melder comes first after the besluit.
        vastleggers(
                ZaakStatus.VOORWAARDEN_EN_VERVOLG,
                "terugkoppeling owed",
                f -> f.terugkoppeling = true,
                "TERUGKOPPELING",
                "TERUGKOPPELING VOORWAARDEN EERSTE_CONTACT AFSPRAKEN OVERZICHT");
        rij(
                VT_TEAMLEIDER,
                ZaakStatus.ONDERZOEK,
                "terugkoppeling owed",
                f -> f.terugkoppeling = true,
                "TERUGKOPPELING",
                "OVERZICHT");
        vastleggers(
                ZaakStatus.VOORWAARDEN_EN_VERVOLG,
                "two voorwaarden set",
                f -> f.stand = new Dienststand(2, false, false, false),
                "NAAR_OVERDRACHT",
                "NAAR_OVERDRACHT EERSTE_CONTACT VOORWAARDEN AFSPRAKEN OVERZICHT");
        vastleggers(
                ZaakStatus.ONDERZOEK,
                "a citizen called",
                f -> f.beroepskracht = false,
                "ONDERZOEK 12-02",
                "ONDERZOEK VOORWAARDEN RAAD OVERZICHT");
        // A change of a voorwaarde waits for a gedragswetenschapper who did not propose it.
        rij(
                GEDRAGSWETENSCHAPPER,
                ZaakStatus.MONITORING,
                "a colleague's change of a voorwaarde waits",
                f -> f.wijziging = Voorstel.VAN_ANDER,
                "VOORWAARDEN_BEOORDELING",
                "VOORWAARDEN_BEOORDELING MONITORING EERSTE_CONTACT VOORWAARDEN AFSPRAKEN MONITORING_CONCLUSIE"
                        + " OVERZICHT");
        rij(
                GEDRAGSWETENSCHAPPER,
                ZaakStatus.OVERDRACHT,
                "own change of a voorwaarde waits",
                f -> f.wijziging = Voorstel.EIGEN,
                "VOORWAARDEN_BEOORDELING",
                "OVERDRACHT EERSTE_CONTACT VOORWAARDEN AFSPRAKEN OVERZICHT");
        rij(
                VT_MEDEWERKER,
                ZaakStatus.MONITORING,
                "a change of a voorwaarde waits",
                f -> f.wijziging = Voorstel.VAN_ANDER,
                "VOORWAARDEN_BEOORDELING",
                "MONITORING EERSTE_CONTACT VOORWAARDEN AFSPRAKEN MONITORING_CONCLUSIE OVERZICHT");
        // The conclusion that safety is stable, four eyes.
        rij(
                GEDRAGSWETENSCHAPPER,
                ZaakStatus.MONITORING,
                "a colleague's conclusion waits",
                f -> f.conclusie = Voorstel.VAN_ANDER,
                "MONITORING_BEOORDELING",
                "MONITORING_BEOORDELING EERSTE_CONTACT VOORWAARDEN AFSPRAKEN MONITORING OVERZICHT");
        vastleggers(
                ZaakStatus.MONITORING,
                "own conclusion waits",
                f -> f.conclusie = Voorstel.EIGEN,
                "MONITORING_BEOORDELING",
                "EERSTE_CONTACT VOORWAARDEN AFSPRAKEN MONITORING OVERZICHT");
        // The overdracht is recorded: its acceptance is due.
        vastleggers(
                ZaakStatus.OVERDRACHT_NA_VEILIGHEIDSBEOORDELING,
                "overdracht recorded",
                f -> f.overdracht = true,
                "OVERDRACHT_AANVAARDING",
                "OVERDRACHT_AANVAARDING EERSTE_CONTACT OVERDRACHT OVERZICHT");
        rij(
                VT_TEAMLEIDER,
                ZaakStatus.OVERDRACHT,
                "overdracht recorded",
                f -> f.overdracht = true,
                "OVERDRACHT_AANVAARDING",
                "OVERZICHT");
        // A closed case: the terugkoppeling after an einde bemoeienis may still be owed.
        vastleggers(
                ZaakStatus.AFGESLOTEN,
                "terugkoppeling owed",
                f -> f.terugkoppeling = true,
                "TERUGKOPPELING",
                "TERUGKOPPELING OVERZICHT");
    }

    static Stream<Rij> tabel() {
        return TABEL.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tabel")
    void eachRoleInEachStateGetsTheActionsOfTheTable(Rij rij) {
        Feiten f = new Feiten(rij.status());
        rij.wijzig().accept(f);

        ZaakActies model = ZaakActies.van(rij.rol(), f.build(), VANDAAG);

        assertThat(tekst(model.volgende())).isEqualTo(rij.volgende());
        assertThat(model.acties().stream().map(Enum::name).collect(Collectors.joining(" ")))
                .isEqualTo(rij.acties());
        assertThat(model.volgendeIsVoorMij())
                .isEqualTo(model.volgende() != null
                        && rij.acties().startsWith(model.volgende().actie().name()));
    }

    @Test
    void theTableHasTheUsualFactsOfEveryStateForEveryVeiligThuisRole() {
        Set<String> gedekt = new HashSet<>();
        TABEL.stream().filter(r -> r.anders().isEmpty()).forEach(r -> gedekt.add(r.rol() + " " + r.status()));
        for (Role rol : List.of(VT_MEDEWERKER, GEDRAGSWETENSCHAPPER, VT_TEAMLEIDER)) {
            for (ZaakStatus s : ZaakStatus.values()) {
                assertThat(gedekt).as(VASTLEGGERS).contains(rol + " " + s);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = Role.class,
            names = {"VT_MEDEWERKER", "GEDRAGSWETENSCHAPPER", "VT_TEAMLEIDER"},
            mode = EnumSource.Mode.EXCLUDE)
    void anyoneOutsideVeiligThuisGetsNoAction(Role rol) {
        for (ZaakStatus s : ZaakStatus.values()) {
            assertThat(ZaakActies.van(rol, new Feiten(s).build(), VANDAAG).acties())
                    .isEmpty();
        }
    }

    @Test
    void aStepIsLateTheDayAfterItsTermAndAStepWithoutATermNever() {
        ZaakFeiten vb = new Feiten(ZaakStatus.VEILIGHEIDSBEOORDELING).build();
        assertThat(ZaakActies.van(VT_MEDEWERKER, vb, VB).volgende().teLaat()).isFalse();
        assertThat(ZaakActies.van(VT_MEDEWERKER, vb, VB.plusDays(1)).volgende().teLaat())
                .isTrue();
        ZaakFeiten raad = new Feiten(ZaakStatus.VERZOEK_RAAD).build();
        assertThat(ZaakActies.van(VT_MEDEWERKER, raad, LocalDate.of(2099, 1, 1)).volgende())
                .isEqualTo(new ZaakActies.Stap(Actie.RAAD, null, false));
    }

    @Test
    void theTeamleiderMayOpenOnlyTheOverviewAndOnlyAGedragswetenschapperJudges() {
        for (Actie a : Actie.values()) {
            assertThat(a.magRol(VT_TEAMLEIDER)).as(a.name()).isEqualTo(a == Actie.OVERZICHT);
            assertThat(a.magRol(GEDRAGSWETENSCHAPPER)).as(a.name()).isTrue();
            assertThat(a.magRol(VT_MEDEWERKER)).as(a.name()).isEqualTo(!a.name().endsWith("BEOORDELING"));
            assertThat(a.magRol(Role.BEROEPSKRACHT)).as(a.name()).isFalse();
            assertThat(a.magRol(null)).as(a.name()).isFalse();
        }
    }

    @Test
    void everyActionPageIsFoundByItsAddress() {
        for (Actie a : Actie.values()) {
            assertThat(Actie.vanPad(a.segment())).contains(a);
        }
        assertThat(Actie.vanPad("risicofactoren")).contains(Actie.TAXATIE);
        assertThat(Actie.vanPad("voorwaarden/3f1c/wijziging")).contains(Actie.VOORWAARDEN);
        assertThat(Actie.vanPad("besluit/beoordeling")).contains(Actie.BESLUIT_BEOORDELING);
        assertThat(Actie.vanPad("melder")).isEmpty();
        assertThat(Actie.vanPad("")).isEmpty();
        assertThat(Arrays.stream(Actie.values()).map(Actie::segment).distinct()).hasSize(Actie.values().length);
    }

    @Test
    void aMoveActionIsOfferedOnlyWhenTheStateMachineAllowsTheMove() {
        for (ZaakStatus s : ZaakStatus.values()) {
            Feiten f = new Feiten(s);
            f.stand = new Dienststand(1, false, false, false);
            assertThat(ZaakActies.kan(Actie.NAAR_OVERDRACHT, f.build()))
                    .as(s.name())
                    .isEqualTo(Dienstverloop.mag(s, new Overgang.NaarOverdracht(), f.stand));
            assertThat(ZaakActies.kan(Actie.BESLUIT, f.build()))
                    .as(s.name())
                    .isEqualTo(Dienstverloop.mag(s, new Overgang.BesluitVoorstellen(), f.stand));
        }
    }

    private static String tekst(ZaakActies.Stap stap) {
        if (stap == null) {
            return "-";
        }
        return stap.uiterlijk() == null
                ? stap.actie().name()
                : stap.actie().name() + " "
                        + stap.uiterlijk().format(java.time.format.DateTimeFormatter.ofPattern("dd-MM"));
    }

    @org.junit.jupiter.api.Test
    void anActionWithoutAPageOfItsOwnLinksToThePageWithItsButton() {
        org.assertj.core.api.Assertions.assertThat(Actie.NAAR_OVERDRACHT.pagina())
                .isEqualTo("voorwaarden");
        org.assertj.core.api.Assertions.assertThat(Actie.OVERDRACHT_AANVAARDING.pagina())
                .isEqualTo("overdracht");
        org.assertj.core.api.Assertions.assertThat(Actie.MONITORING.pagina()).isEqualTo("monitoring");
    }
}
