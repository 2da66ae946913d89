package nl.schakel.dossier.domain;

import java.util.Optional;

/**
 * Rule 24 of the meldcode: staff with only a signalling role record signalen; when one of them opens a dossier, it
 * is assigned to the executor the organisation configured (by default its aandachtsfunctionarissen), who becomes
 * responsible for recording steps 2–5. The member who signalled keeps seeing the dossier and may add signalen only.
 */
public final class Signaleren {

    private Signaleren() {}

    /**
     * Who records steps 2–5 of a dossier that this owner opens.
     *
     * @param eigenaarAlleenSignaleren whether the owner only signals
     * @param ingesteldeCollega the colleague the organisation named, or empty for its aandachtsfunctionarissen
     */
    public static Uitvoerder uitvoerderBijOpenen(
            boolean eigenaarAlleenSignaleren, Optional<Uitvoerder> ingesteldeCollega) {
        if (!eigenaarAlleenSignaleren) {
            return Uitvoerder.EIGENAAR;
        }
        return ingesteldeCollega.orElse(Uitvoerder.AANDACHTSFUNCTIONARISSEN);
    }

    /** Whether a member may record an entry of this kind: one who only signals records signalen only. */
    public static boolean magVastleggen(boolean alleenSignaleren, EntryKind kind) {
        return !alleenSignaleren || kind == EntryKind.SIGNAAL;
    }
}
