package nl.schakel.dossier;

import java.util.List;
import java.util.UUID;
import nl.schakel.audit.ActionCode;
import nl.schakel.dossier.domain.Betrokkene;
import nl.schakel.dossier.domain.EntryPayload;
import nl.schakel.dossier.domain.VirBevoegdheid;
import nl.schakel.dossier.domain.VirEinde;
import nl.schakel.dossier.domain.VirSignaal;
import nl.schakel.dossier.domain.VirSignalen;
import nl.schakel.dossier.persistence.DossierStore;
import nl.schakel.shared.Actor;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.journal.JournalEntry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signals in the Verwijsindex Risicojongeren (VIR) from a dossier (spec §1.7, rules 28–32): a signal about a
 * betrokkene under 23 by a member whose beroepscluster may signal, its early removal by the organisation with a
 * reason, and its expiry on its end date by {@link VirExpiry}. Each signal is a journal entry plus a row in
 * {@code dossier.vir_signaal}, so the job finds what is due.
 */
@Service
public class VirManagement {

    static final String SEGMENT = "vir";

    private final DossierAccess access;
    private final DossierStore store;
    private final DossierMeldprotocol meldprotocol;

    VirManagement(DossierAccess access, DossierStore store, DossierMeldprotocol meldprotocol) {
        this.access = access;
        this.store = store;
        this.meldprotocol = meldprotocol;
    }

    /**
     * Signals the betrokkene in the VIR today; in a dossier under a meldprotocol only when it says the organisation
     * may signal.
     */
    @Transactional
    public UUID signaleer(Actor by, UUID id, UUID betrokkeneId) {
        DossierAccess.Found found = access.accessible(by, id, "dossier.vir.create", ActionCode.C);
        if (!meldprotocol.instructies(found).verwijsindexToegestaan()) {
            throw new InvalidInputException("", "vir.fout.meldprotocol");
        }
        Betrokkene betrokkene = found.betrokkenen().stream()
                .filter(b -> b.id().equals(betrokkeneId))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("betrokkene", "vir.fout.betrokkene"));
        VirSignaal signaal = VirSignaal.of(
                betrokkene,
                VirBevoegdheid.magSignaleren(by.beroepscluster()),
                VirSignalen.hasActive(found.journal(), betrokkeneId),
                access.today());
        JournalEntry<EntryPayload> entry = access.append(by, found, "dossier.vir.create", SEGMENT, signaal);
        store.insertVirSignaal(entry.id(), id, signaal.eindigtOp());
        return entry.id();
    }

    /** Removes an active signal before its end date, with the reason (rule 31). */
    @Transactional
    public UUID remove(Actor by, UUID id, UUID signaalEntryId, String reden) {
        DossierAccess.Found found = access.accessible(by, id, "dossier.vir.remove", ActionCode.C);
        if (VirSignalen.active(found.journal()).stream()
                .noneMatch(a -> a.entryId().equals(signaalEntryId))) {
            throw new InvalidInputException("", "vir.fout.signaal");
        }
        JournalEntry<EntryPayload> entry = access.append(
                by, found, "dossier.vir.remove", SEGMENT, VirEinde.verwijderd(signaalEntryId, reden, access.today()));
        store.endVirSignaal(signaalEntryId);
        return entry.id();
    }

    /** The betrokkenen of the dossier that can be signalled today: under 23 and without an active signal. */
    public List<BetrokkeneView> candidates(DossierView dossier) {
        return dossier.betrokkenen().stream()
                .filter(b -> VirSignaal.isYoungEnough(b.geboortedatum(), access.today()))
                .filter(b -> dossier.virSignalen().stream()
                        .noneMatch(v -> v.betrokkeneId().equals(b.id())))
                .toList();
    }

    /**
     * Ends every signal whose end date has come with an expiry entry written by Schakel; one dossier at a time.
     *
     * @return how many signals ended
     */
    @Transactional
    public int expireDue() {
        List<DossierStore.DueVirSignaal> due = store.dueVirSignalen(access.today());
        for (DossierStore.DueVirSignaal d : due) {
            JournalEntry<EntryPayload> made = store.entries(d.dossierId()).stream()
                    .filter(e -> e.id().equals(d.entryId()))
                    .findFirst()
                    .orElseThrow();
            VirSignaal signaal = made.payload(VirSignaal.class).orElseThrow();
            access.appendBySystem(
                    d.dossierId(),
                    made.authorRole(),
                    VirEinde.verlopen(d.entryId(), signaal.eindigtOp()),
                    "dossier.vir.expire",
                    SEGMENT);
            store.endVirSignaal(d.entryId());
        }
        return due.size();
    }
}
