package nl.schakel.veiligthuis.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.schakel.shared.InvalidInputException;

/**
 * The services of Veilig Thuis as a state machine (Handelingsprotocol Veilig Thuis 2019; domain spec §3.2, §3.6,
 * §3.7; rules 36–38). Every move of a case is decided here, once:
 *
 * <ul>
 *   <li>an advies ends or is turned into a melding; a melding starts in the veiligheidsbeoordeling;
 *   <li>the approved besluit leads to overdracht na veiligheidsbeoordeling, voorwaarden en vervolg, onderzoek, a
 *       verzoek aan de Raad voor de Kinderbescherming, or einde bemoeienis;
 *   <li>voorwaarden en vervolg and onderzoek end in the overdracht, which comes before monitoring (rule 38);
 *       onderzoek may instead end Veilig Thuis's involvement, or ask the Raad;
 *   <li>an accepted overdracht na veiligheidsbeoordeling closes the case without monitoring (rule 36); an accepted
 *       overdracht after voorwaarden en vervolg or onderzoek starts monitoring (rule 37);
 *   <li>monitoring ends only with the approved conclusion that safety is stable, which closes the case;
 *   <li>a vervolgmelding may lead to a new veiligheidsbeoordeling while the case is in a service after the besluit.
 * </ul>
 *
 * <p>That the Raad's refusal leads to an onderzoek by Veilig Thuis itself, and its acceptance to the overdracht, is
 * inferred from the protocol (the Raad then holds the case); ADR-0023 says so.
 */
public final class Dienstverloop {

    private Dienstverloop() {}

    /** The message key of a move that does not fit the case's current service. */
    public static final String FOUT_OVERGANG = "dienst.fout.overgang";

    /**
     * The state the case moves to, or why it may not: a move that does not fit the state, or one whose condition is
     * not met, is refused with a message key (field "").
     */
    public static ZaakStatus na(ZaakStatus van, Overgang overgang, Dienststand stand) {
        return waarom(van, overgang, stand)
                .<ZaakStatus>map(key -> {
                    throw new InvalidInputException("", key);
                })
                .orElseGet(() -> doel(van, overgang).orElseThrow());
    }

    /** Whether the move may be made now. */
    public static boolean mag(ZaakStatus van, Overgang overgang, Dienststand stand) {
        return waarom(van, overgang, stand).isEmpty();
    }

    /** Why the move may not be made now, as a message key; empty when it may. */
    public static Optional<String> waarom(ZaakStatus van, Overgang overgang, Dienststand stand) {
        if (doel(van, overgang).isEmpty()) {
            return Optional.of(FOUT_OVERGANG);
        }
        return switch (overgang) {
            case Overgang.NaarOverdracht n -> stand.voorwaarden() > 0 ? Optional.empty() : geenVoorwaarden();
            case Overgang.OnderzoekAfronden o
            when !stand.onderzoekGerapporteerd() -> Optional.of("dienst.fout.geenrapport");
            case Overgang.OnderzoekAfronden o ->
                o.vervolg() && stand.voorwaarden() == 0 ? geenVoorwaarden() : Optional.empty();
            case Overgang.OverdrachtAanvaard a ->
                stand.overdrachtAanvaard() ? Optional.empty() : Optional.of("dienst.fout.nietaanvaard");
            case Overgang.StabieleVeiligheid s ->
                stand.stabieleVeiligheidGoedgekeurd() ? Optional.empty() : Optional.of("dienst.fout.geenconclusie");
            case Overgang.AdviesAfronden a -> Optional.empty();
            case Overgang.OmzettenInMelding o -> Optional.empty();
            case Overgang.BesluitVoorstellen b -> Optional.empty();
            case Overgang.BesluitAfwijzen b -> Optional.empty();
            case Overgang.BesluitGoedkeuren b -> Optional.empty();
            case Overgang.RaadVragen r -> Optional.empty();
            case Overgang.RaadAntwoord r -> Optional.empty();
            case Overgang.NieuweVeiligheidsbeoordeling n -> Optional.empty();
        };
    }

    /** The services from which a move leads somewhere, in the order of {@link ZaakStatus}. */
    public static List<ZaakStatus> vanWaar(Overgang overgang) {
        return Arrays.stream(ZaakStatus.values())
                .filter(s -> doel(s, overgang).isPresent())
                .toList();
    }

    /** Whether a case in this state can still move on; only a closed case or a finished advies cannot. */
    public static boolean eindtoestand(ZaakStatus status) {
        return status == ZaakStatus.AFGESLOTEN || status == ZaakStatus.ADVIES_AFGEROND;
    }

    /** Whether monitoring follows the service the case is in, once its overdracht is accepted (rules 36–37). */
    public static boolean monitoringVolgt(ZaakStatus status) {
        return switch (status) {
            case VOORWAARDEN_EN_VERVOLG, ONDERZOEK, VERZOEK_RAAD, OVERDRACHT -> true;
            case ADVIES,
                    ADVIES_AFGEROND,
                    VEILIGHEIDSBEOORDELING,
                    BESLUIT_VOORGESTELD,
                    OVERDRACHT_NA_VEILIGHEIDSBEOORDELING,
                    MONITORING,
                    AFGESLOTEN -> false;
        };
    }

    /** The state the move leads to from {@code van}, regardless of its conditions; empty when it does not fit. */
    private static Optional<ZaakStatus> doel(ZaakStatus van, Overgang overgang) {
        ZaakStatus naar = switch (overgang) {
            case Overgang.AdviesAfronden a -> van == ZaakStatus.ADVIES ? ZaakStatus.ADVIES_AFGEROND : null;
            case Overgang.OmzettenInMelding o -> van == ZaakStatus.ADVIES ? ZaakStatus.VEILIGHEIDSBEOORDELING : null;
            case Overgang.BesluitVoorstellen b ->
                van == ZaakStatus.VEILIGHEIDSBEOORDELING ? ZaakStatus.BESLUIT_VOORGESTELD : null;
            case Overgang.BesluitAfwijzen b ->
                van == ZaakStatus.BESLUIT_VOORGESTELD ? ZaakStatus.VEILIGHEIDSBEOORDELING : null;
            case Overgang.BesluitGoedkeuren b ->
                van == ZaakStatus.BESLUIT_VOORGESTELD ? b.besluit().volgende() : null;
            case Overgang.NaarOverdracht n -> van == ZaakStatus.VOORWAARDEN_EN_VERVOLG ? ZaakStatus.OVERDRACHT : null;
            case Overgang.OnderzoekAfronden o ->
                van == ZaakStatus.ONDERZOEK ? (o.vervolg() ? ZaakStatus.OVERDRACHT : ZaakStatus.AFGESLOTEN) : null;
            case Overgang.RaadVragen r -> van == ZaakStatus.ONDERZOEK ? ZaakStatus.VERZOEK_RAAD : null;
            case Overgang.RaadAntwoord r ->
                van == ZaakStatus.VERZOEK_RAAD ? (r.onderzoekt() ? ZaakStatus.OVERDRACHT : ZaakStatus.ONDERZOEK) : null;
            case Overgang.OverdrachtAanvaard a ->
                switch (van) {
                    case OVERDRACHT_NA_VEILIGHEIDSBEOORDELING -> ZaakStatus.AFGESLOTEN;
                    case OVERDRACHT -> ZaakStatus.MONITORING;
                    default -> null;
                };
            case Overgang.StabieleVeiligheid s -> van == ZaakStatus.MONITORING ? ZaakStatus.AFGESLOTEN : null;
            case Overgang.NieuweVeiligheidsbeoordeling n ->
                switch (van) {
                    case OVERDRACHT_NA_VEILIGHEIDSBEOORDELING, VOORWAARDEN_EN_VERVOLG, OVERDRACHT, MONITORING ->
                        ZaakStatus.VEILIGHEIDSBEOORDELING;
                    default -> null;
                };
        };
        return Optional.ofNullable(naar);
    }

    private static Optional<String> geenVoorwaarden() {
        return Optional.of("dienst.fout.geenvoorwaarden");
    }
}
