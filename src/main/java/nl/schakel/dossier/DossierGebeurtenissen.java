package nl.schakel.dossier;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.schakel.dossier.domain.Afweging;
import nl.schakel.dossier.domain.EntryKind;
import nl.schakel.dossier.domain.EntryPayload;
import nl.schakel.dossier.domain.Hulpplan;
import nl.schakel.dossier.domain.VirEinde;
import nl.schakel.shared.TenantId;
import nl.schakel.shared.journal.Journal;
import nl.schakel.shared.journal.JournalEntry;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes the {@link DossierGebeurtenis}sen of a dossier, in the caller's transaction; only {@code DossierAccess}
 * calls it, from the one path by which a dossier is opened and its journal grows. Which entry means what is decided
 * here, once ({@link #van}).
 */
@Component
class DossierGebeurtenissen {

    private final ApplicationEventPublisher events;

    DossierGebeurtenissen(ApplicationEventPublisher events) {
        this.events = events;
    }

    void publiceer(DossierGebeurtenis gebeurtenis) {
        events.publishEvent(gebeurtenis);
    }

    /** Publishes what the new entry means; nothing for the kinds management information does not count. */
    void vastgelegd(TenantId tenant, Journal<EntryPayload> voor, JournalEntry<EntryPayload> entry) {
        van(tenant, voor, entry).forEach(this::publiceer);
    }

    /**
     * What a new journal entry means for those who observe dossiers.
     *
     * @param voor the journal before the entry, for the step a closing happens in
     */
    static List<DossierGebeurtenis> van(TenantId tenant, Journal<EntryPayload> voor, JournalEntry<EntryPayload> entry) {
        UUID dossier = entry.ownerId();
        UUID id = entry.id();
        int volgnummer = voor.entries().size();
        List<DossierGebeurtenis> uit = new ArrayList<>();
        Integer stap = stapGezet(entry.payload().kind());
        if (stap != null) {
            uit.add(new DossierGebeurtenis.StapGezet(dossier, tenant, id, stap, entry.recordedAt()));
        }
        switch (entry.payload()) {
            case Afweging a
            when a.nummer() == 5 ->
                uit.add(new DossierGebeurtenis.Afweging5Beantwoord(
                        dossier, tenant, id, volgnummer, entry.recordedAt()));
            case Hulpplan h ->
                uit.add(new DossierGebeurtenis.HulpplanGemaakt(
                        dossier, tenant, id, h.herbeoordeling(), volgnummer, entry.recordedAt()));
            case VirEinde e ->
                uit.add(new DossierGebeurtenis.VirSignaalBeeindigd(
                        dossier, tenant, id, e.signaal(), entry.recordedAt()));
            default -> {
                switch (entry.payload().kind()) {
                    case KINDCHECK ->
                        uit.add(new DossierGebeurtenis.KindcheckGedaan(dossier, tenant, id, entry.recordedAt()));
                    case MELDING ->
                        uit.add(new DossierGebeurtenis.MeldingGedaan(dossier, tenant, id, entry.recordedAt()));
                    case VIR_SIGNAAL ->
                        uit.add(new DossierGebeurtenis.VirSignaalGemaakt(dossier, tenant, id, entry.recordedAt()));
                    case AFSLUITING ->
                        uit.add(new DossierGebeurtenis.Gesloten(dossier, tenant, id, inStap(voor), entry.recordedAt()));
                    default -> {}
                }
            }
        }
        return uit;
    }

    /** The step whose being done an entry of this kind marks (see {@link DossierGebeurtenis}), else {@code null}. */
    static @Nullable Integer stapGezet(EntryKind kind) {
        return switch (kind) {
            case SIGNAAL -> 1;
            case CONSULTATIE -> 2;
            case GESPREK -> 3;
            case AFWEGING -> 4;
            case BESLISSING -> 5;
            default -> null;
        };
    }

    /** The step a dossier with this journal is closed in: the highest step of an entry in force, at least 1. */
    static int inStap(Journal<EntryPayload> journal) {
        return journal.inForce().stream()
                .mapToInt(e -> switch (e.payload().kind()) {
                    case SIGNAAL, KINDCHECK, MANTELZORGCHECK -> 1;
                    case CONSULTATIE -> 2;
                    case GESPREK -> 3;
                    case AFWEGING -> 4;
                    case BESLISSING, HULPPLAN, MELDING -> 5;
                    default -> 1;
                })
                .max()
                .orElse(1);
    }
}
