package nl.schakel.dossier.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.schakel.dossier.DossierManagement;
import nl.schakel.dossier.DossierView;
import nl.schakel.dossier.domain.EntryPayload;
import nl.schakel.shared.Actor;
import nl.schakel.shared.FormValues;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What every entry form shares for corrections: prefilling the form from the entry corrected, and saving either a new
 * entry or a correction with its mandatory reason. The payload problems and a missing reason are shown together.
 */
@Component
class Corrections {

    private final DossierManagement dossiers;

    Corrections(DossierManagement dossiers) {
        this.dossiers = dossiers;
    }

    /**
     * The form prefilled with the content of the entry to correct, or the empty form when nothing is corrected.
     *
     * @throws NotFoundException when the dossier has no such entry of this kind
     */
    static <P extends EntryPayload, F> F prefill(
            DossierView dossier, @Nullable UUID corrigeer, Class<P> type, Function<P, F> toForm, F empty) {
        if (corrigeer == null) {
            return empty;
        }
        return dossier.entry(corrigeer)
                .filter(e -> !e.corrected() && type.isInstance(e.payload()))
                .map(e -> toForm.apply(type.cast(e.payload())))
                .orElseThrow(() -> new NotFoundException("entry"));
    }

    /**
     * Checks the payload and adds it as a new entry, or as a correction of the entry the form names.
     *
     * @param payload builds the checked payload; throws with its problems
     * @param add adds the payload as a new entry
     */
    <P extends EntryPayload> void save(
            Actor actor, UUID id, Correctie correctie, Supplier<P> payload, Function<P, UUID> add) {
        save(correctie, payload, add, (entry, p, reason) -> dossiers.correct(actor, id, entry, p, reason));
    }

    /** Corrects an entry: the entry it corrects, the checked payload and the reason; returns the new entry's id. */
    @FunctionalInterface
    interface Corrector<P> {
        UUID correct(UUID entry, P payload, String reason);
    }

    /** As {@link #save(Actor, UUID, Correctie, Supplier, Function)}, for a kind whose corrections have their own check. */
    <P extends EntryPayload> void save(
            Correctie correctie, Supplier<P> payload, Function<P, UUID> add, Corrector<P> correct) {
        Map<String, String> errors = new LinkedHashMap<>();
        P checked = null;
        try {
            checked = payload.get();
        } catch (InvalidInputException e) {
            errors.putAll(e.fieldErrors());
        }
        UUID entry = null;
        if (correctie.isCorrection()) {
            entry = entryId(correctie).orElse(null);
            if (entry == null) {
                errors.put("", "correctie.fout.entry");
            }
            if (correctie.reden() == null || correctie.reden().isBlank()) {
                errors.put("reden", "correctie.fout.reden");
            }
        }
        if (!errors.isEmpty() || checked == null) {
            throw new InvalidInputException(errors);
        }
        if (entry == null) {
            add.apply(checked);
        } else {
            correct.correct(entry, checked, FormValues.text(correctie.reden()));
        }
    }

    private static Optional<UUID> entryId(Correctie correctie) {
        try {
            return Optional.of(
                    UUID.fromString(FormValues.text(correctie.corrigeert()).strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
