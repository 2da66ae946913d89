package nl.schakel.dossier.domain;

import java.util.Optional;
import java.util.UUID;

/**
 * Rule 24 of the meldcode: staff with only a signalling role record signalen; when one of them opens a dossier, it
 * is assigned to the executor the organisation configured (by default its aandachtsfunctionarissen), who becomes
 * responsible for recording steps 2–5. The member who signalled keeps seeing the dossier and may add signalen only.
 * The organisation configures this in its meldprotocol (a team that only signals, with its uitvoerder) or, as before
 * a meldprotocol is in force, per member; the meldprotocol goes first.
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

    /**
     * Who records steps 2–5 of a dossier that this owner opens, by the meldprotocol in force and the member setting.
     * When the meldprotocol makes the owner's team signal only, its uitvoerder does (a named colleague, else the
     * aandachtsfunctionarissen); otherwise the member setting decides as {@link #uitvoerderBijOpenen(boolean,
     * Optional)}. An owner is never their own uitvoerder: then the aandachtsfunctionarissen are.
     *
     * @param eigenaar the owner
     * @param protocolAlleenSignaleren whether the meldprotocol in force makes the owner's team signal only
     * @param protocolUitvoerder the colleague the meldprotocol names, or empty for the aandachtsfunctionarissen
     * @param lidAlleenSignaleren whether the member setting makes the owner signal only
     * @param ingesteldeCollega the colleague of the member setting, or empty for the aandachtsfunctionarissen
     */
    public static Uitvoerder uitvoerderBijOpenen(
            UUID eigenaar,
            boolean protocolAlleenSignaleren,
            Optional<Uitvoerder> protocolUitvoerder,
            boolean lidAlleenSignaleren,
            Optional<Uitvoerder> ingesteldeCollega) {
        Uitvoerder uitvoerder = protocolAlleenSignaleren
                ? protocolUitvoerder.orElse(Uitvoerder.AANDACHTSFUNCTIONARISSEN)
                : uitvoerderBijOpenen(lidAlleenSignaleren, ingesteldeCollega);
        return uitvoerder.is(eigenaar) ? Uitvoerder.AANDACHTSFUNCTIONARISSEN : uitvoerder;
    }

    /**
     * Whether a member only signals: the meldprotocol in force makes their team signal only, or the member setting
     * does. Either is enough; a meldprotocol never lifts a member setting.
     */
    public static boolean alleenSignaleren(boolean volgensProtocol, boolean volgensLid) {
        return volgensProtocol || volgensLid;
    }

    /** Whether a member may record an entry of this kind: one who only signals records signalen only. */
    public static boolean magVastleggen(boolean alleenSignaleren, EntryKind kind) {
        return !alleenSignaleren || kind == EntryKind.SIGNAAL;
    }
}
