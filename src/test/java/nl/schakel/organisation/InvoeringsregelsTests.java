package nl.schakel.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.UserId;
import org.junit.jupiter.api.Test;

/**
 * The implementation checklist's rules: the seven implementation items and the six minimum requirements, what a change
 * may be, when an item is done or late, the automatic check from the meldprotocol and the progress.
 */
class InvoeringsregelsTests {

    private static final LocalDate VANDAAG = LocalDate.of(2027, 3, 10);
    private static final UserId BRAM = new UserId(UUID.randomUUID());
    private static final UserId ANOUK = new UserId(UUID.randomUUID());
    private static final Instant MOMENT = Instant.parse("2027-03-01T09:00:00Z");

    /** What {@link Meldprotocollen#minimumeisen} answers while no meldprotocol is in force. */
    private static final List<MinimumeisStatus> GEEN_PROTOCOL = Arrays.stream(Minimumeis.values())
            .map(e -> new MinimumeisStatus(e, false, "meldprotocol.eis.geenprotocol", List.of()))
            .toList();

    private static Invoeringswijziging rij(long seq, Invoeringspunt punt, Invoeringsstand stand) {
        return new Invoeringswijziging(seq, punt, stand, MOMENT.plusSeconds(seq), "beheer-school");
    }

    private static Invoeringsstand stand(InvoeringStatus status, LocalDate streefdatum, String toelichting) {
        return new Invoeringsstand(status, BRAM, streefdatum, toelichting);
    }

    private static Invoeringsitem item(List<Invoeringsitem> items, Invoeringspunt punt) {
        return items.stream().filter(i -> i.punt() == punt).findFirst().orElseThrow();
    }

    @Test
    void theChecklistHasTheSevenImplementationItemsOfTheSeedAndOneItemPerMinimumRequirement() {
        assertThat(Arrays.stream(Invoeringspunt.values()).filter(p -> !p.automatisch()))
                .containsExactly(
                        Invoeringspunt.IMPLEMENTATIEPLAN,
                        Invoeringspunt.PROCEDURES,
                        Invoeringspunt.BORGING,
                        Invoeringspunt.DESKUNDIGHEIDSBEVORDERING,
                        Invoeringspunt.GEGEVENSUITWISSELING,
                        Invoeringspunt.COMMUNICATIE,
                        Invoeringspunt.UITVOERING);
        for (Minimumeis eis : Minimumeis.values()) {
            assertThat(Invoeringspunt.van(eis).eis()).contains(eis);
        }
        assertThat(Invoeringspunt.values()).hasSize(13);
        assertThat(Invoeringspunt.van("kind-en-mantelzorgcheck")).contains(Invoeringspunt.KIND_EN_MANTELZORGCHECK);
        assertThat(Invoeringspunt.van("../borging")).isEmpty();
    }

    @Test
    void anItemNobodyRecordedYetIsNotStartedWithoutOwnerAndAMinimumRequirementHasNoStatusOfItsOwn() {
        List<Invoeringsitem> items = Invoeringsregels.items(List.of(), List.of(), GEEN_PROTOCOL, VANDAAG);

        assertThat(items).hasSize(13);
        Invoeringsitem plan = item(items, Invoeringspunt.IMPLEMENTATIEPLAN);
        assertThat(plan.stand()).isEqualTo(new Invoeringsstand(InvoeringStatus.NIET_BEGONNEN, null, null, null));
        assertThat(plan.klaar()).isFalse();
        assertThat(plan.heeftBewijs()).isFalse();
        assertThat(item(items, Invoeringspunt.STAPPENPLAN).stand().status()).isNull();
    }

    @Test
    void theLatestRowOfAnItemIsWhatItIsNowAndTheRowsBeforeItStay() {
        List<Invoeringswijziging> geschiedenis = List.of(
                rij(1, Invoeringspunt.BORGING, stand(InvoeringStatus.BEZIG, null, null)),
                rij(3, Invoeringspunt.BORGING, stand(InvoeringStatus.GEREED, null, "In de intake opgenomen.")),
                rij(2, Invoeringspunt.COMMUNICATIE, stand(InvoeringStatus.BEZIG, null, null)));

        List<Invoeringsitem> items = Invoeringsregels.items(geschiedenis, List.of(), GEEN_PROTOCOL, VANDAAG);

        assertThat(item(items, Invoeringspunt.BORGING).stand().status()).isEqualTo(InvoeringStatus.GEREED);
        assertThat(item(items, Invoeringspunt.BORGING).klaar()).isTrue();
        assertThat(item(items, Invoeringspunt.COMMUNICATIE).klaar()).isFalse();
    }

    @Test
    void withoutAMeldprotocolInForceNoMinimumRequirementIsDoneAndEachSaysWhy() {
        List<Invoeringsitem> items = Invoeringsregels.items(List.of(), List.of(), GEEN_PROTOCOL, VANDAAG);

        for (Minimumeis eis : Minimumeis.values()) {
            Invoeringsitem item = item(items, Invoeringspunt.van(eis));
            assertThat(item.klaar()).isFalse();
            assertThat(item.eisStatus().map(MinimumeisStatus::uitlegKey)).contains("meldprotocol.eis.geenprotocol");
        }
    }

    @Test
    void aMinimumRequirementIsDoneExactlyWhenTheMeldprotocolProvesItWhatEverItsOwnerRecorded() {
        List<MinimumeisStatus> eisen = GEEN_PROTOCOL.stream()
                .map(s -> s.eis() == Minimumeis.AFWEGINGSKADERS
                        ? new MinimumeisStatus(s.eis(), true, "meldprotocol.eis.afwegingskaders.vervuld", List.of("3"))
                        : s)
                .toList();
        List<Invoeringswijziging> geschiedenis = List.of(rij(
                1,
                Invoeringspunt.ROLLEN,
                new Invoeringsstand(null, ANOUK, VANDAAG.minusDays(1), "Rollen staan in het concept.")));

        List<Invoeringsitem> items = Invoeringsregels.items(geschiedenis, List.of(), eisen, VANDAAG);

        Invoeringsitem kaders = item(items, Invoeringspunt.AFWEGINGSKADERS);
        assertThat(kaders.klaar()).isTrue();
        assertThat(kaders.automatisch())
                .isEqualTo(new MinimumeisStatus(
                        Minimumeis.AFWEGINGSKADERS, true, "meldprotocol.eis.afwegingskaders.vervuld", List.of("3")));
        Invoeringsitem rollen = item(items, Invoeringspunt.ROLLEN);
        assertThat(rollen.klaar()).isFalse();
        assertThat(rollen.teLaat()).isTrue();
        assertThat(rollen.stand().eigenaar()).isEqualTo(ANOUK);
    }

    @Test
    void anItemNotDoneIsLateOnlyAfterItsDueDate() {
        List<Invoeringswijziging> geschiedenis = List.of(
                rij(1, Invoeringspunt.IMPLEMENTATIEPLAN, stand(InvoeringStatus.BEZIG, VANDAAG.minusDays(1), null)),
                rij(2, Invoeringspunt.PROCEDURES, stand(InvoeringStatus.BEZIG, VANDAAG, null)),
                rij(3, Invoeringspunt.BORGING, stand(InvoeringStatus.GEREED, VANDAAG.minusDays(30), "Gedaan.")),
                rij(4, Invoeringspunt.COMMUNICATIE, stand(InvoeringStatus.NIET_BEGONNEN, null, null)));

        List<Invoeringsitem> items = Invoeringsregels.items(geschiedenis, List.of(), GEEN_PROTOCOL, VANDAAG);

        assertThat(item(items, Invoeringspunt.IMPLEMENTATIEPLAN).teLaat()).isTrue();
        assertThat(item(items, Invoeringspunt.PROCEDURES).teLaat()).isFalse();
        assertThat(item(items, Invoeringspunt.BORGING).teLaat()).isFalse();
        assertThat(item(items, Invoeringspunt.COMMUNICATIE).teLaat()).isFalse();
    }

    @Test
    void theProgressCountsTheItemsDoneOfAllAndPerKind() {
        List<MinimumeisStatus> eisen = GEEN_PROTOCOL.stream()
                .map(s -> s.eis() == Minimumeis.STAPPENPLAN ? new MinimumeisStatus(s.eis(), true, "k", List.of()) : s)
                .toList();
        List<Invoeringswijziging> geschiedenis = List.of(
                rij(1, Invoeringspunt.IMPLEMENTATIEPLAN, stand(InvoeringStatus.GEREED, null, "Plan vastgesteld.")),
                rij(2, Invoeringspunt.PROCEDURES, stand(InvoeringStatus.GEREED, null, "Aangepast.")),
                rij(3, Invoeringspunt.BORGING, stand(InvoeringStatus.BEZIG, VANDAAG.minusDays(2), null)));

        Invoeringsvoortgang voortgang =
                Invoeringsregels.voortgang(Invoeringsregels.items(geschiedenis, List.of(), eisen, VANDAAG));

        assertThat(voortgang).isEqualTo(new Invoeringsvoortgang(3, 13, 2, 7, 1, 6, 1));
        assertThat(voortgang.procent()).isEqualTo(23);
        assertThat(new Invoeringsvoortgang(13, 13, 7, 7, 6, 6, 0).procent()).isEqualTo(100);
    }

    @Test
    void aDocumentBelongsToItsItemAndIsEvidence() {
        Bewijsstuk plan = new Bewijsstuk(
                UUID.randomUUID(), Invoeringspunt.IMPLEMENTATIEPLAN, "plan.pdf", Bestandssoort.PDF, 10, MOMENT, "b");

        List<Invoeringsitem> items = Invoeringsregels.items(List.of(), List.of(plan), GEEN_PROTOCOL, VANDAAG);

        assertThat(item(items, Invoeringspunt.IMPLEMENTATIEPLAN).bewijsstukken())
                .containsExactly(plan);
        assertThat(item(items, Invoeringspunt.IMPLEMENTATIEPLAN).heeftBewijs()).isTrue();
        assertThat(item(items, Invoeringspunt.BORGING).bewijsstukken()).isEmpty();
    }

    private static Invoeringsregels.Invoer invoer(String eigenaar, String status, String datum, String toelichting) {
        return new Invoeringsregels.Invoer(eigenaar, status, datum, toelichting);
    }

    @Test
    void aChangeGivesTheNewStateOfTheItem() {
        Invoeringsstand nieuw = Invoeringsregels.wijziging(
                Invoeringspunt.BORGING,
                invoer(BRAM.value().toString(), "BEZIG", "2027-06-01", "  Intakeformulier aanpassen.  "),
                Invoeringsstand.nieuw(Invoeringspunt.BORGING),
                Set.of(BRAM, ANOUK),
                false);

        assertThat(nieuw)
                .isEqualTo(new Invoeringsstand(
                        InvoeringStatus.BEZIG, BRAM, LocalDate.of(2027, 6, 1), "Intakeformulier aanpassen."));
    }

    @Test
    void aChangeWithAnUnknownOwnerNoStatusABadDateAndATooLongNoteIsRefusedFieldByFieldInFormOrder() {
        assertThatThrownBy(() -> Invoeringsregels.wijziging(
                        Invoeringspunt.BORGING,
                        invoer(UUID.randomUUID().toString(), "KLAAR", "31-02-2027", "x".repeat(2001)),
                        Invoeringsstand.nieuw(Invoeringspunt.BORGING),
                        Set.of(BRAM),
                        false))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsExactly(
                                        java.util.Map.entry("eigenaar", "invoering.fout.eigenaar"),
                                        java.util.Map.entry("status", "invoering.fout.status"),
                                        java.util.Map.entry("streefdatum", "invoering.fout.streefdatum"),
                                        java.util.Map.entry("toelichting", "invoering.fout.toelichting")));
        assertThatThrownBy(() -> Invoeringsregels.wijziging(
                        Invoeringspunt.BORGING,
                        invoer("geen-id", "BEZIG", "2027-02-31", ""),
                        Invoeringsstand.nieuw(Invoeringspunt.BORGING),
                        Set.of(BRAM),
                        false))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("eigenaar", "streefdatum"));
    }

    @Test
    void anItemIsDoneOnlyWithEvidenceANoteOrADocument() {
        Invoeringsstand huidig = Invoeringsstand.nieuw(Invoeringspunt.COMMUNICATIE);
        assertThatThrownBy(() -> Invoeringsregels.wijziging(
                        Invoeringspunt.COMMUNICATIE, invoer("", "GEREED", "", " "), huidig, Set.of(), false))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsExactly(java.util.Map.entry("toelichting", "invoering.fout.bewijs")));

        assertThat(Invoeringsregels.wijziging(
                                Invoeringspunt.COMMUNICATIE, invoer("", "GEREED", "", ""), huidig, Set.of(), true)
                        .status())
                .isEqualTo(InvoeringStatus.GEREED);
        assertThat(Invoeringsregels.wijziging(
                                Invoeringspunt.COMMUNICATIE,
                                invoer("", "GEREED", "", "Brief aan ouders verstuurd."),
                                huidig,
                                Set.of(),
                                false)
                        .status())
                .isEqualTo(InvoeringStatus.GEREED);
    }

    @Test
    void aMinimumRequirementTakesNoStatusFromTheForm() {
        Invoeringsstand nieuw = Invoeringsregels.wijziging(
                Invoeringspunt.VERWIJSINDEX,
                invoer(ANOUK.value().toString(), "GEREED", "", ""),
                Invoeringsstand.nieuw(Invoeringspunt.VERWIJSINDEX),
                Set.of(ANOUK),
                false);

        assertThat(nieuw).isEqualTo(new Invoeringsstand(null, ANOUK, null, null));
    }

    @Test
    void aChangeThatChangesNothingIsRefusedSoTheHistoryHoldsOnlyRealChanges() {
        Invoeringsstand huidig = new Invoeringsstand(InvoeringStatus.BEZIG, BRAM, LocalDate.of(2027, 6, 1), "Plan.");
        assertThatThrownBy(() -> Invoeringsregels.wijziging(
                        Invoeringspunt.IMPLEMENTATIEPLAN,
                        invoer(BRAM.value().toString(), "BEZIG", "2027-06-01", "Plan. "),
                        huidig,
                        Set.of(BRAM),
                        false))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsExactly(java.util.Map.entry("", "invoering.fout.ongewijzigd")));
    }
}
