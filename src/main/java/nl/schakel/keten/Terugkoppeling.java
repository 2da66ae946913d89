package nl.schakel.keten;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import nl.schakel.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * The feedback a Veilig Thuis region sends to the professional who made a melding (spec §3.5, rule 41): after the
 * veiligheidsbeoordeling, and again after the onderzoek if one took place. It tells whether Veilig Thuis started
 * follow-up, what it decided, to whom the case was handed over, and, only when the melder has a role in the
 * follow-up, the conditions and monitoring agreements. Like the melding, it crosses the chain as a copy.
 *
 * @param id the terugkoppeling's own id, chosen by the sender
 * @param meldingId the melding it answers (its {@link Melding#id()})
 * @param van the region that sends it; the melding was addressed to it
 * @param vervolg whether Veilig Thuis started follow-up (voorwaarden, overdracht or onderzoek)
 * @param besluit a short Dutch text of the decision, e.g. "Overdracht na veiligheidsbeoordeling"
 * @param ontvangendePartijen the parties the case was handed over to; may be empty
 * @param voorwaardenEnAfspraken the conditions and monitoring agreements; present only when the melder has a role in
 *     the follow-up
 * @param toelichting an explanation; may be empty
 * @param afzender the name of the Veilig Thuis worker who sends it
 */
public record Terugkoppeling(
        UUID id,
        UUID meldingId,
        VeiligThuisRegio van,
        Moment moment,
        boolean vervolg,
        String besluit,
        List<String> ontvangendePartijen,
        @Nullable String voorwaardenEnAfspraken,
        String toelichting,
        String afzender,
        Instant verzondenOp) {

    public static final int MAX_BESLUIT = 200;
    public static final int MAX_PARTIJ = 200;
    public static final int MAX_PARTIJEN = 20;
    public static final int MAX_TEKST = 4000;
    public static final int MAX_AFZENDER = 200;

    /** When in the Veilig Thuis process the feedback is given (rule 41). */
    public enum Moment {
        /** After the veiligheidsbeoordeling: always. */
        NA_VEILIGHEIDSBEOORDELING,
        /** After the onderzoek, when one took place. */
        NA_ONDERZOEK
    }

    public Terugkoppeling {
        Objects.requireNonNull(id);
        Objects.requireNonNull(meldingId);
        Objects.requireNonNull(van);
        Objects.requireNonNull(moment);
        Objects.requireNonNull(besluit);
        Objects.requireNonNull(toelichting);
        Objects.requireNonNull(afzender);
        Objects.requireNonNull(verzondenOp);
        ontvangendePartijen = List.copyOf(ontvangendePartijen);
    }

    /**
     * Checks the content of rule 41 and builds the terugkoppeling with a new id, or throws with every problem at once.
     * The conditions and monitoring agreements are given exactly when the melder has a role in the follow-up.
     *
     * @param moment when the feedback is given; {@code null} when not chosen
     * @param melderHeeftRol whether the melder has a role in the follow-up (then {@code voorwaardenEnAfspraken} is
     *     required, else it is refused)
     * @param ontvangendePartijen the receiving parties; blank lines are left out
     */
    public static Terugkoppeling of(
            UUID meldingId,
            VeiligThuisRegio van,
            @Nullable Moment moment,
            boolean vervolg,
            String besluit,
            List<String> ontvangendePartijen,
            boolean melderHeeftRol,
            @Nullable String voorwaardenEnAfspraken,
            String toelichting,
            String afzender,
            Instant verzondenOp) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (moment == null) {
            errors.put("moment", "terugkoppeling.fout.moment");
        }
        String cleanBesluit = besluit.strip();
        if (cleanBesluit.isEmpty()) {
            errors.put("besluit", "terugkoppeling.fout.besluit");
        } else if (cleanBesluit.length() > MAX_BESLUIT) {
            errors.put("besluit", "terugkoppeling.fout.besluittelang");
        }
        List<String> partijen = ontvangendePartijen.stream()
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .toList();
        if (partijen.size() > MAX_PARTIJEN || partijen.stream().anyMatch(p -> p.length() > MAX_PARTIJ)) {
            errors.put("ontvangendePartijen", "terugkoppeling.fout.partijen");
        }
        String voorwaarden = voorwaardenEnAfspraken == null ? "" : voorwaardenEnAfspraken.strip();
        if (melderHeeftRol && voorwaarden.isEmpty()) {
            errors.put("voorwaardenEnAfspraken", "terugkoppeling.fout.voorwaarden");
        } else if (!melderHeeftRol && !voorwaarden.isEmpty()) {
            errors.put("voorwaardenEnAfspraken", "terugkoppeling.fout.voorwaardenzonderrol");
        } else if (voorwaarden.length() > MAX_TEKST) {
            errors.put("voorwaardenEnAfspraken", "terugkoppeling.fout.voorwaardentelang");
        }
        String cleanToelichting = toelichting.strip();
        if (cleanToelichting.length() > MAX_TEKST) {
            errors.put("toelichting", "terugkoppeling.fout.toelichtingtelang");
        }
        String cleanAfzender = afzender.strip();
        if (cleanAfzender.isEmpty() || cleanAfzender.length() > MAX_AFZENDER) {
            errors.put("afzender", "terugkoppeling.fout.afzender");
        }
        if (!errors.isEmpty() || moment == null) {
            throw new InvalidInputException(errors);
        }
        return new Terugkoppeling(
                UUID.randomUUID(),
                meldingId,
                van,
                moment,
                vervolg,
                cleanBesluit,
                partijen,
                melderHeeftRol ? voorwaarden : null,
                cleanToelichting,
                cleanAfzender,
                verzondenOp);
    }

    @Override
    public String toString() {
        return "Terugkoppeling[" + id + ", melding " + meldingId + ", " + moment + "]";
    }
}
