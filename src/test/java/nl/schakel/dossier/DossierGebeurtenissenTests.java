package nl.schakel.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.schakel.afwegingskader.Kaders;
import nl.schakel.dossier.domain.Afsluiting;
import nl.schakel.dossier.domain.Afweging;
import nl.schakel.dossier.domain.CollegialeConsultatie;
import nl.schakel.dossier.domain.EntryPayload;
import nl.schakel.dossier.domain.Hulpplan;
import nl.schakel.dossier.domain.KaderKeuze;
import nl.schakel.dossier.domain.Signaal;
import nl.schakel.dossier.domain.VirEinde;
import nl.schakel.shared.Beroepscluster;
import nl.schakel.shared.ConsultatieMet;
import nl.schakel.shared.Role;
import nl.schakel.shared.SignaalSoort;
import nl.schakel.shared.TenantId;
import nl.schakel.shared.UserId;
import nl.schakel.shared.VormVanGeweld;
import nl.schakel.shared.journal.Journal;
import nl.schakel.shared.journal.JournalEntry;
import org.junit.jupiter.api.Test;

/** What each journal entry means for those who observe dossiers: ids, steps and moments only. */
class DossierGebeurtenissenTests {

    private static final LocalDate DAG = LocalDate.of(2026, 3, 2);
    private static final TenantId TENANT = new TenantId(UUID.randomUUID());
    private final UUID dossier = UUID.randomUUID();
    private final List<JournalEntry<EntryPayload>> entries = new ArrayList<>();
    private Instant moment = Instant.parse("2026-03-02T09:00:00Z");

    private List<DossierGebeurtenis> voegToe(EntryPayload payload) {
        moment = moment.plusSeconds(3600);
        Journal<EntryPayload> voor = new Journal<>(dossier, entries);
        JournalEntry<EntryPayload> entry =
                voor.append(new UserId(UUID.randomUUID()), "Lid", Role.BEROEPSKRACHT, payload, moment);
        entries.add(entry);
        return DossierGebeurtenissen.van(TENANT, voor, entry);
    }

    private static Signaal signaal() {
        return Signaal.of(DAG, "gezien", SignaalSoort.FEIT, "", Set.of(VormVanGeweld.VERWAARLOZING), false, DAG);
    }

    private static Afweging afweging(int nummer) {
        return Afweging.of(
                nummer,
                true,
                "reden",
                Kaders.of(Beroepscluster.ONDERWIJS).kaderVersion(),
                nummer == 3
                        ? Set.copyOf(java.util.EnumSet.allOf(nl.schakel.afwegingskader.HulpVereiste.class))
                        : Set.of(),
                nummer == 5 ? "afspraken" : "",
                null);
    }

    @Test
    void eachStepEntryMarksItsStepAtItsMoment() {
        assertThat(voegToe(signaal()))
                .singleElement()
                .isEqualTo(new DossierGebeurtenis.StapGezet(
                        dossier, TENANT, entries.getLast().id(), 1, moment));
        assertThat(voegToe(CollegialeConsultatie.of(DAG, ConsultatieMet.COLLEGA, "Kees", "praat", DAG)))
                .singleElement()
                .extracting(g -> ((DossierGebeurtenis.StapGezet) g).stap())
                .isEqualTo(2);
        assertThat(voegToe(afweging(1)))
                .singleElement()
                .extracting(g -> ((DossierGebeurtenis.StapGezet) g).stap())
                .isEqualTo(4);
    }

    @Test
    void afweging5IsAStep4EntryAndTheReEvaluationOfAHulpplan() {
        voegToe(signaal());
        List<DossierGebeurtenis> plan = voegToe(Hulpplan.of("gesprekken", "ib", DAG.plusWeeks(6), DAG));
        assertThat(plan)
                .singleElement()
                .isEqualTo(new DossierGebeurtenis.HulpplanGemaakt(
                        dossier, TENANT, entries.getLast().id(), DAG.plusWeeks(6), 1, moment));

        assertThat(voegToe(afweging(5)))
                .containsExactly(
                        new DossierGebeurtenis.StapGezet(
                                dossier, TENANT, entries.getLast().id(), 4, moment),
                        new DossierGebeurtenis.Afweging5Beantwoord(
                                dossier, TENANT, entries.getLast().id(), 2, moment));
    }

    @Test
    void closingSaysTheHighestStepOfAnEntryInForce() {
        assertThat(voegToe(Afsluiting.of("niets")))
                .singleElement()
                .isEqualTo(new DossierGebeurtenis.Gesloten(
                        dossier, TENANT, entries.getLast().id(), 1, moment));
    }

    @Test
    void closingAfterTheGesprekIsClosingInStep3() {
        voegToe(signaal());
        voegToe(CollegialeConsultatie.of(DAG, ConsultatieMet.COLLEGA, "Kees", "praat", DAG));
        voegToe(nl.schakel.dossier.domain.Gesprek.of(true, DAG, "moeder", "zorgen", "begrip", null, "", null, DAG));
        voegToe(KaderKeuze.of(Beroepscluster.ONDERWIJS));

        assertThat(voegToe(Afsluiting.of("uitleg")))
                .singleElement()
                .extracting(g -> ((DossierGebeurtenis.Gesloten) g).inStap())
                .isEqualTo(3);
    }

    @Test
    void theEndOfAVirSignalNamesTheSignalAndEntriesThatDoNotCountPublishNothing() {
        UUID signaal = UUID.randomUUID();
        assertThat(voegToe(VirEinde.verlopen(signaal, DAG)))
                .singleElement()
                .isEqualTo(new DossierGebeurtenis.VirSignaalBeeindigd(
                        dossier, TENANT, entries.getLast().id(), signaal, moment));
        assertThat(voegToe(KaderKeuze.of(Beroepscluster.ONDERWIJS))).isEmpty();
    }
}
