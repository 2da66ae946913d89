package nl.schakel.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.schakel.dossier.domain.Betrokkene;
import nl.schakel.dossier.domain.EntryPayload;
import nl.schakel.dossier.domain.Uitvoerder;
import nl.schakel.dossier.domain.VirSignalen;
import nl.schakel.shared.UserId;
import org.jspecify.annotations.Nullable;

/**
 * One dossier as the actor may see it: its betrokkenen, its journal (newest entry first) and its active VIR
 * signals.
 *
 * @param uitvoerder who records steps 2–5 (the owner, or for an owner who only signals someone else; rule 24)
 * @param alleenSignaleren whether the actor only signals and so may add signalen only
 * @param vorigDossier the closed dossier this one restarts (rule 22), if any
 * @param vervolgDossier the dossier that restarts this closed one, if any
 * @param meldprotocolVersie the version of the organisation's meldprotocol the dossier runs under (in force when it
 *     was opened); {@code null} when none was in force
 */
public record DossierView(
        UUID id,
        UserId ownerId,
        String ownerName,
        Instant createdAt,
        DossierStatus status,
        List<BetrokkeneView> betrokkenen,
        List<EntryView> journal,
        List<VirSignaalView> virSignalen,
        Uitvoerder uitvoerder,
        boolean alleenSignaleren,
        @Nullable UUID vorigDossier,
        @Nullable UUID vervolgDossier,
        @Nullable Integer meldprotocolVersie) {

    /** The view without the link to a dossier that restarts it. */
    static DossierView of(DossierAccess.Found found) {
        return of(found, null);
    }

    static DossierView of(DossierAccess.Found found, @Nullable UUID vervolgDossier) {
        var row = found.row();
        var journal = found.journal();
        return new DossierView(
                row.id(),
                row.ownerId(),
                row.ownerName(),
                row.createdAt(),
                row.status(),
                found.betrokkenen().stream()
                        .map(b -> new BetrokkeneView(
                                b.id(),
                                b.naam(),
                                b.geboortedatum(),
                                b.bsn() == null ? null : b.bsn().value(),
                                b.relatie()))
                        .toList(),
                journal.newestFirst().stream()
                        .map(e -> new EntryView(
                                e.id(),
                                e.recordedAt(),
                                e.authorName(),
                                e.authorRole(),
                                e.onBehalfOf(),
                                e.payload(),
                                e.corrects(),
                                e.reason(),
                                journal.isCorrected(e.id())))
                        .toList(),
                VirSignalen.active(journal).stream()
                        .map(a -> new VirSignaalView(
                                a.entryId(),
                                a.signaal().betrokkeneId(),
                                found.betrokkenen().stream()
                                        .filter(b -> b.id().equals(a.signaal().betrokkeneId()))
                                        .map(b -> b.naam())
                                        .findFirst()
                                        .orElse(""),
                                a.signaal().gemaaktOp(),
                                a.signaal().eindigtOp()))
                        .toList(),
                row.uitvoerder(),
                found.alleenSignaleren(),
                row.vorigDossierId(),
                vervolgDossier,
                row.meldprotocolVersie());
    }

    /** The name of one of the dossier's betrokkenen, or an empty text for an id that is not one of them. */
    public String naamVan(UUID betrokkeneId) {
        return betrokkenen.stream()
                .filter(b -> b.id().equals(betrokkeneId))
                .map(BetrokkeneView::naam)
                .findFirst()
                .orElse("");
    }

    /**
     * The stage of life of the person the dossier is about (its first betrokkene) on the given day, which decides the
     * questions that fit them; an adult's questions for a dossier without betrokkenen.
     */
    public Betrokkene.Levensfase levensfase(LocalDate today) {
        return betrokkenen.isEmpty()
                ? Betrokkene.Levensfase.VOLWASSENE
                : Betrokkene.levensfase(betrokkenen.getFirst().geboortedatum(), today);
    }

    public Optional<EntryView> entry(UUID entryId) {
        return journal.stream().filter(e -> e.id().equals(entryId)).findFirst();
    }

    /** The payloads of one type that are in force (not corrected by a later entry), newest first. */
    public <T extends EntryPayload> List<T> current(Class<T> type) {
        return journal.stream()
                .filter(e -> !e.corrected() && type.isInstance(e.payload()))
                .map(e -> type.cast(e.payload()))
                .toList();
    }
}
