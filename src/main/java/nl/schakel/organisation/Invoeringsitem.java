package nl.schakel.organisation;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An implementation item as it stands today.
 *
 * @param stand what the organisation recorded (owner, status, due date, note)
 * @param automatisch for a minimum requirement: whether the meldprotocol in force proves it, and why
 * @param bewijsstukken the documents uploaded as evidence, oldest first
 * @param klaar done: a minimum requirement the configuration proves, or an implementation item marked done
 * @param teLaat not done and its due date has passed
 */
public record Invoeringsitem(
        Invoeringspunt punt,
        Invoeringsstand stand,
        @Nullable MinimumeisStatus automatisch,
        List<Bewijsstuk> bewijsstukken,
        boolean klaar,
        boolean teLaat) {

    public Invoeringsitem {
        bewijsstukken = List.copyOf(bewijsstukken);
    }

    public Optional<MinimumeisStatus> eisStatus() {
        return Optional.ofNullable(automatisch);
    }

    /** Whether there is evidence: a note or a document. */
    public boolean heeftBewijs() {
        return !bewijsstukken.isEmpty()
                || (stand.toelichting() != null && !stand.toelichting().isBlank());
    }
}
