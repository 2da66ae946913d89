package nl.schakel.veiligthuis;

import java.time.Instant;
import java.util.UUID;
import nl.schakel.veiligthuis.domain.Besluit;

/**
 * A proposed besluit of the region that waits for a gedragswetenschapper's approval.
 *
 * @param naam the name of the case's first directbetrokkene
 * @param voorstel the id of the proposal's journal entry
 * @param eigen whether the reader proposed it, and so may not approve it (four eyes)
 */
public record BesluitTerBeoordeling(
        Zaak zaak,
        String naam,
        UUID voorstel,
        Besluit besluit,
        String voorgesteldDoor,
        Instant voorgesteldOp,
        boolean eigen) {}
