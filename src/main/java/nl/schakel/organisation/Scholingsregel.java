package nl.schakel.organisation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import nl.schakel.organisation.ScholingStatus.Stand;
import nl.schakel.shared.Role;

/**
 * When a member's meldcode training is valid, due or expired, and when a reminder is due (issue 13, F10; ADR-0033).
 * Plain Java: the caller gives the day. The latest training followed counts; it stays valid for the refresh interval
 * of the member's role, up to and including the day before the same date that many months later. An interval of 0
 * months means the role needs no refresher: once followed, it stays valid.
 */
public final class Scholingsregel {

    /** How many days before the expiry date the training counts as due soon and the reminder goes. */
    public static final int DAGEN_VOORAF = 30;

    /** The longest refresh interval the beheerder may set, in months (ten years). */
    public static final int MAXIMUM_MAANDEN = 120;

    private Scholingsregel() {}

    /**
     * Schakel's default refresh interval per role, in months, until the beheerder sets one: two years for a
     * beroepskracht, one year for the aandachtsfunctionaris, who advises colleagues and organises their training;
     * the other roles work with no clients and need no refresher (0). These are Schakel's defaults, not a legal term:
     * the meldcode asks organisations to promote knowledge of it, not a fixed interval.
     */
    public static int standaardMaanden(Role role) {
        return switch (role) {
            case BEROEPSKRACHT -> 24;
            case AANDACHTSFUNCTIONARIS -> 12;
            default -> 0;
        };
    }

    /** The status on {@code vandaag} for the days trainings were followed and the role's interval in months. */
    public static ScholingStatus status(Collection<LocalDate> gevolgd, int maanden, LocalDate vandaag) {
        Optional<LocalDate> laatst =
                gevolgd.stream().filter(d -> !d.isAfter(vandaag)).max(Comparator.naturalOrder());
        if (laatst.isEmpty()) {
            return ScholingStatus.geen();
        }
        if (maanden <= 0) {
            return new ScholingStatus(Stand.GELDIG, laatst.get(), null);
        }
        LocalDate geldigTot = laatst.get().plusMonths(maanden).minusDays(1);
        Stand stand = vandaag.isAfter(geldigTot)
                ? Stand.VERLOPEN
                : vandaag.isAfter(geldigTot.minusDays(DAGEN_VOORAF)) ? Stand.VERLOOPT_BINNENKORT : Stand.GELDIG;
        return new ScholingStatus(stand, laatst.get(), geldigTot);
    }

    /**
     * Whether the daily job records a reminder for this member now: the training expires within {@link
     * #DAGEN_VOORAF} days, and either no reminder was recorded for this expiry date yet, or one was recorded but its
     * e-mail did not go (e-mail was off, the member had no address, or sending failed) and it can go now. So an
     * e-mail goes once per expiry date, never twice; a new training gives a new date. An expired training gets no
     * reminder by e-mail: it is listed in the overview of who is due and on the member's home page.
     *
     * @param vastgelegd a reminder was recorded for this expiry date
     * @param verzonden its e-mail was sent
     * @param kanMailen e-mail is on and the member has an address
     */
    public static boolean herinneringNodig(
            ScholingStatus status, boolean vastgelegd, boolean verzonden, boolean kanMailen) {
        if (status.stand() != Stand.VERLOOPT_BINNENKORT) {
            return false;
        }
        return !vastgelegd || (!verzonden && kanMailen);
    }
}
