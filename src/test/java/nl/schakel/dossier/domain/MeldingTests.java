package nl.schakel.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.schakel.afwegingskader.Onveiligheid;
import nl.schakel.shared.ConsultatieMet;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.Relatie;
import nl.schakel.shared.Role;
import nl.schakel.shared.SignaalSoort;
import nl.schakel.shared.UserId;
import nl.schakel.shared.journal.Journal;
import nl.schakel.shared.journal.JournalEntry;
import org.junit.jupiter.api.Test;

class MeldingTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 12);
    private static final UUID REGIO = UUID.randomUUID();
    private static final UserId AUTHOR = new UserId(UUID.randomUUID());

    private static MeldingInhoud inhoud() {
        return new MeldingInhoud(
                List.of(Betrokkene.of("Sam Voorbeeld", LocalDate.of(2018, 3, 4), "", Relatie.KIND, TODAY)),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of());
    }

    @Test
    void aCompleteMeldingIsAccepted() {
        Melding m = Melding.of(
                inhoud(), REGIO, "Veilig Thuis Demo-Noord", "  Ik blijf de leerling volgen.  ", true, "", true, " 06 ");
        assertThat(m.watBlijfIkDoen()).isEqualTo("Ik blijf de leerling volgen.");
        assertThat(m.clientGeinformeerd()).isTrue();
        assertThat(m.redenNietGeinformeerd()).isNull();
        assertThat(m.anoniemNaarGezin()).isTrue();
        assertThat(m.contact()).isEqualTo("06");
        assertThat(m.kind()).isEqualTo(EntryKind.MELDING);
    }

    @Test
    void rule17_aMeldingWithoutInformingTheClientNeedsAReason() {
        assertThatThrownBy(() -> Melding.of(inhoud(), REGIO, "VT", "Volgen.", false, "   ", false, "06"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsExactly(java.util.Map.entry("redenNietGeinformeerd", "melding.fout.reden")));

        Melding m = Melding.of(inhoud(), REGIO, "VT", "Volgen.", false, " Niet veilig voor het kind. ", false, "06");
        assertThat(m.clientGeinformeerd()).isFalse();
        assertThat(m.redenNietGeinformeerd()).isEqualTo("Niet veilig voor het kind.");
    }

    @Test
    void rule17_whetherTheClientWasInformedMustBeAnswered() {
        assertThatThrownBy(() -> Melding.of(inhoud(), REGIO, "VT", "Volgen.", null, "", false, "06"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("clientGeinformeerd"));
    }

    @Test
    void aReasonIsNotKeptWhenTheClientWasInformed() {
        Melding m = Melding.of(inhoud(), REGIO, "VT", "Volgen.", true, "oude tekst", false, "06");
        assertThat(m.redenNietGeinformeerd()).isNull();
    }

    @Test
    void allProblemsAreReportedAtOnce() {
        MeldingInhoud leeg = new MeldingInhoud(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        assertThatThrownBy(() -> Melding.of(leeg, null, null, " ", false, "", false, " "))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsOnlyKeys("", "regio", "watBlijfIkDoen", "redenNietGeinformeerd", "contact"));
        assertThatThrownBy(() -> Melding.of(inhoud(), REGIO, "VT", "x".repeat(4001), true, "", false, "x".repeat(201)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsEntry("watBlijfIkDoen", "melding.fout.watblijfikdoentelang")
                                .containsKey("contact"));
    }

    @Test
    void theContentIsPrefilledFromWhatIsInForceInTheJournal() {
        UUID dossier = UUID.randomUUID();
        Journal<EntryPayload> journal = new Journal<EntryPayload>(dossier, List.of());
        Signaal eerste = Signaal.of(TODAY, "Eerste", SignaalSoort.FEIT, "", Set.of(), false, TODAY);
        JournalEntry<EntryPayload> e1 = journal.append(AUTHOR, "Lea", Role.BEROEPSKRACHT, eerste, Instant.EPOCH);
        journal = new Journal<EntryPayload>(dossier, List.of(e1));
        Signaal verbeterd = Signaal.of(TODAY, "Verbeterd", SignaalSoort.FEIT, "", Set.of(), false, TODAY);
        JournalEntry<EntryPayload> e2 =
                journal.correction(AUTHOR, "Lea", Role.BEROEPSKRACHT, e1.id(), verbeterd, "typefout", Instant.EPOCH);
        CollegialeConsultatie c =
                CollegialeConsultatie.of(TODAY, ConsultatieMet.VEILIG_THUIS_ADVIES, "", "Melden.", TODAY);
        JournalEntry<EntryPayload> e3 = journal.append(AUTHOR, "Lea", Role.BEROEPSKRACHT, c, Instant.EPOCH);

        Afweging vermoeden = new Afweging(1, true, "Blauwe plekken.", "ONDERWIJS", "2019.1", Set.of(), null, null);
        Afweging veiligheid =
                new Afweging(2, true, "Acuut gevaar.", "ONDERWIJS", "2019.1", Set.of(), null, Onveiligheid.ACUUT);
        Beslissing melden = new Beslissing(1, true, "Acute onveiligheid.", Set.of());

        MeldingInhoud inhoud = MeldingInhoud.from(
                inhoud().betrokkenen(),
                new Journal<EntryPayload>(dossier, List.of(e1, e2, e3)),
                List.of(vermoeden, veiligheid),
                melden,
                null);

        assertThat(inhoud.betrokkenen()).extracting(Betrokkene::naam).containsExactly("Sam Voorbeeld");
        assertThat(inhoud.signalen()).extracting(Signaal::waarneming).containsExactly("Verbeterd");
        assertThat(inhoud.consultaties()).containsExactly(c);
        assertThat(inhoud.afwegingen())
                .containsExactly(
                        new MeldingInhoud.Antwoord("VERMOEDEN", "JA", "Blauwe plekken."),
                        new MeldingInhoud.Antwoord("VEILIGHEID", "JA", "Acuut gevaar."));
        assertThat(inhoud.beslissingen())
                .containsExactly(new MeldingInhoud.Antwoord("MELDEN_NOODZAKELIJK", "JA", "Acute onveiligheid."));
    }

    @Test
    void toStringRevealsNoPersonalData() {
        Melding m = Melding.of(inhoud(), REGIO, "VT", "Geheim plan.", false, "Geheime reden.", false, "06-12345678");
        assertThat(m.toString() + m.inhoud()).doesNotContain("Sam", "Geheim", "06-1");
    }

    @Test
    void rule43_theMelderIsShieldedByTheRuleWhenTheFormOrApiLeavesTheChoiceOpen() {
        assertThat(Melding.of(inhoud(), REGIO, "VT", "Volgen.", false, "Niet veilig.", null, "06")
                        .anoniemNaarGezin())
                .isTrue();
        assertThat(Melding.of(inhoud(), REGIO, "VT", "Volgen.", true, "", null, "06")
                        .anoniemNaarGezin())
                .isFalse();
        assertThat(Melding.of(inhoud(), REGIO, "VT", "Volgen.", true, "", true, "06")
                        .anoniemNaarGezin())
                .isTrue();
        assertThat(Melding.of(inhoud(), REGIO, "VT", "Volgen.", false, "Niet veilig.", false, "06")
                        .anoniemNaarGezin())
                .isFalse();
    }

    @Test
    void theContentCarriesTheGesprekMetDeClient() {
        UUID dossier = UUID.randomUUID();
        Gesprek gesprek = Gesprek.of(true, TODAY, "De moeder", "De plekken.", "Ze schrok.", null, "", null, TODAY);
        JournalEntry<EntryPayload> e = new Journal<EntryPayload>(dossier, List.of())
                .append(AUTHOR, "Lea", Role.BEROEPSKRACHT, gesprek, Instant.EPOCH);
        MeldingInhoud inhoud = MeldingInhoud.from(
                inhoud().betrokkenen(), new Journal<EntryPayload>(dossier, List.of(e)), List.of(), null, null);
        assertThat(inhoud.gesprekken()).containsExactly(gesprek);
    }

    @Test
    void aSecondMeldingIsOnlySentOnPurpose() {
        UUID dossier = UUID.randomUUID();
        Journal<EntryPayload> leeg = new Journal<EntryPayload>(dossier, List.of());
        Melding.geenStilleHerhaling(leeg, false);
        Melding m = Melding.of(inhoud(), REGIO, "VT", "Volgen.", true, "", null, "06");
        Journal<EntryPayload> gemeld = new Journal<EntryPayload>(
                dossier, List.of(leeg.append(AUTHOR, "Lea", Role.BEROEPSKRACHT, m, Instant.EPOCH)));
        assertThatThrownBy(() -> Melding.geenStilleHerhaling(gemeld, false))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("nogmaals", "melding.fout.aleerder"));
        Melding.geenStilleHerhaling(gemeld, true);
    }

    @Test
    void anAanvullingCarriesWhatWasRecordedSinceTheMeldingOrThePreviousAanvulling() {
        UUID dossier = UUID.randomUUID();
        Journal<EntryPayload> journal = new Journal<EntryPayload>(dossier, List.of());
        Signaal voor = Signaal.of(TODAY, "Voor de melding", SignaalSoort.FEIT, "", Set.of(), false, TODAY);
        JournalEntry<EntryPayload> e1 = journal.append(AUTHOR, "Lea", Role.BEROEPSKRACHT, voor, Instant.EPOCH);
        assertThatThrownBy(() -> Aanvulling.of(new Journal<EntryPayload>(dossier, List.of(e1)), "Iets."))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys(""));
        Melding m = Melding.of(inhoud(), REGIO, "VT", "Volgen.", true, "", null, "06");
        JournalEntry<EntryPayload> e2 = journal.append(AUTHOR, "Lea", Role.BEROEPSKRACHT, m, Instant.EPOCH);
        Signaal na = Signaal.of(TODAY, "Na de melding", SignaalSoort.DERDEN, "De buurvrouw", Set.of(), false, TODAY);
        JournalEntry<EntryPayload> e3 = journal.append(AUTHOR, "Lea", Role.BEROEPSKRACHT, na, Instant.EPOCH);
        Gesprek gesprek = Gesprek.of(true, TODAY, "Vader", "De melding.", "Boos.", null, "", null, TODAY);
        JournalEntry<EntryPayload> e4 = journal.append(AUTHOR, "Lea", Role.BEROEPSKRACHT, gesprek, Instant.EPOCH);
        Journal<EntryPayload> metNieuw = new Journal<EntryPayload>(dossier, List.of(e1, e2, e3, e4));

        Aanvulling a = Aanvulling.of(metNieuw, "  Vader weet het nu.  ");
        assertThat(a.meldingId()).isEqualTo(m.meldingId());
        assertThat(a.regioId()).isEqualTo(REGIO);
        assertThat(a.tekst()).isEqualTo("Vader weet het nu.");
        assertThat(a.signalen()).containsExactly(na);
        assertThat(a.gesprekken()).containsExactly(gesprek);
        assertThat(a.kind()).isEqualTo(EntryKind.AANVULLING);

        JournalEntry<EntryPayload> e5 = journal.append(AUTHOR, "Lea", Role.BEROEPSKRACHT, a, Instant.EPOCH);
        assertThat(Aanvulling.nieuwSinds(new Journal<EntryPayload>(dossier, List.of(e1, e2, e3, e4, e5)))
                        .isEmpty())
                .isTrue();
        assertThatThrownBy(() -> Aanvulling.of(metNieuw, " "))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("tekst"));
        assertThat(a.toString()).doesNotContain("Vader");
    }
}
