package nl.schakel.dossier.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.schakel.shared.Relatie;
import nl.schakel.shared.VormVanGeweld;
import nl.schakel.shared.journal.Journal;
import org.jspecify.annotations.Nullable;

/**
 * The kindcheck of step 1: what gave cause to it, whether minors live in the client's household (their number and
 * ages, and whether the client cares for them alone or shares the care), whether the client is pregnant, who took
 * over the concern when the answer stayed unclear, and the outcome derived from the answers (rules 19, 20, 21).
 */
public record Kindcheck(
        Set<Aanleiding> aanleidingen,
        @Nullable String anders,
        Minderjarigen minderjarigen,
        @Nullable Integer aantal,
        List<Integer> leeftijden,
        @Nullable Zorg zorg,
        Zwangerschap zwangerschap,
        @Nullable String overgenomenDoor,
        Uitkomst uitkomst)
        implements EntryPayload {

    public static final int MAX_ANDERS = 200;
    public static final int MAX_OVERGENOMEN_DOOR = 200;
    public static final int MAX_KINDEREN = 20;
    /** The forms of violence in a signaal that are a kindcheck trigger by themselves (a violent partner). */
    public static final Set<VormVanGeweld> TRIGGERS_IN_SIGNALEN =
            Set.of(VormVanGeweld.PARTNERGEWELD, VormVanGeweld.GETUIGE_HUISELIJK_GEWELD);

    /** What gives cause to a kindcheck: the client's condition or situation could harm children. */
    public enum Aanleiding {
        PSYCHIATRISCHE_PROBLEMEN,
        VERSLAVING,
        PARTNERGEWELD,
        LICHT_VERSTANDELIJKE_BEPERKING,
        DREIGENDE_HUISUITZETTING,
        WAPENBEZIT,
        ANDERS
    }

    /** Whether minors live in the household; unclear also when the client would not answer. */
    public enum Minderjarigen {
        JA,
        NEE,
        ONDUIDELIJK
    }

    /** Whether the client cares for the children alone or shares the care. */
    public enum Zorg {
        ALLEEN,
        GEDEELD
    }

    public enum Zwangerschap {
        JA,
        NEE,
        ONBEKEND,
        /** Not asked: the client is a child under 12 ({@link Vragen#zwangerschap()}). */
        NIET_GEVRAAGD
    }

    /**
     * Which questions of the kindcheck fit the client (domain spec §1.4, [S19][S20][S21]): an adult or adolescent
     * client is asked about minors in the household, whether they care for them alone, and whether they are pregnant;
     * for a child under 12 the question is only whether other minors (brothers, sisters) live in the household.
     *
     * @param zwangerschap whether "Is de cliënt zwanger?" is asked
     * @param zorg whether "Zorgt de cliënt alleen voor de kinderen?" is asked
     * @param andereKinderen whether the question on minors means other children than the client (brothers, sisters)
     */
    public record Vragen(boolean zwangerschap, boolean zorg, boolean andereKinderen) {

        /** Every question, as asked of an adult client. */
        public static final Vragen ALLE = new Vragen(true, true, false);

        public static Vragen voor(Betrokkene.Levensfase client) {
            return switch (client) {
                case KIND -> new Vragen(false, false, true);
                case JONGERE -> new Vragen(true, true, true);
                case VOLWASSENE -> ALLE;
            };
        }
    }

    /** The outcome of a kindcheck, derived from the answers. */
    public enum Uitkomst {
        /** No minors and no pregnancy: the kindcheck is closed with this note in the dossier (rule 19). */
        GEEN_KINDEREN,
        /** Minors or a pregnancy: the steps continue and a dossier for the child(ren) is offered (rule 20). */
        POSITIEF,
        /** The answer stayed unclear and no one else took over: the meldcode steps continue (rule 21). */
        ONDUIDELIJK,
        /** The answer stayed unclear and another professional took over the concern for the children. */
        OVERGENOMEN;

        /** Rule 19: the kindcheck is closed (with its note in the dossier). */
        public boolean closesKindcheck() {
            return this == GEEN_KINDEREN;
        }

        /** Rule 20: a dossier for the child(ren) is to be offered. */
        public boolean offersChildDossier() {
            return this == POSITIEF;
        }

        /** Rules 20 and 21: the meldcode steps continue because of what the kindcheck found. */
        public boolean continuesMeldcodeSteps() {
            return this == POSITIEF || this == ONDUIDELIJK;
        }
    }

    public Kindcheck {
        aanleidingen = aanleidingen.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(aanleidingen));
        leeftijden = List.copyOf(leeftijden);
    }

    /**
     * Checks the typed values, derives the outcome and builds the kindcheck, or throws with every problem at once.
     *
     * @param leeftijden the ages of the minors, separated by commas or spaces
     * @param overgenomenDoor who took over the concern; kept only when the answers stayed unclear
     */
    public static Kindcheck of(
            Set<Aanleiding> aanleidingen,
            String anders,
            @Nullable Minderjarigen minderjarigen,
            @Nullable Integer aantal,
            String leeftijden,
            @Nullable Zorg zorg,
            @Nullable Zwangerschap zwangerschap,
            String overgenomenDoor) {
        return of(
                aanleidingen,
                anders,
                minderjarigen,
                aantal,
                leeftijden,
                zorg,
                zwangerschap,
                overgenomenDoor,
                Vragen.ALLE);
    }

    /**
     * As {@link #of(Set, String, Minderjarigen, Integer, String, Zorg, Zwangerschap, String)}, asking only the
     * {@code vragen} that fit the client: a question not asked needs no answer and keeps none (pregnancy is then
     * {@link Zwangerschap#NIET_GEVRAAGD}).
     */
    public static Kindcheck of(
            Set<Aanleiding> aanleidingen,
            String anders,
            @Nullable Minderjarigen minderjarigen,
            @Nullable Integer aantal,
            String leeftijden,
            @Nullable Zorg zorg,
            @Nullable Zwangerschap zwangerschap,
            String overgenomenDoor,
            Vragen vragen) {
        if (!vragen.zwangerschap()) {
            zwangerschap = Zwangerschap.NIET_GEVRAAGD;
        } else if (zwangerschap == Zwangerschap.NIET_GEVRAAGD) {
            zwangerschap = null;
        }
        if (!vragen.zorg()) {
            zorg = null;
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (aanleidingen.contains(Aanleiding.ANDERS)) {
            Texts.required(errors, "anders", anders, MAX_ANDERS, "kindcheck.fout.anders");
        }
        if (minderjarigen == null) {
            errors.put("minderjarigen", "kindcheck.fout.minderjarigen");
        }
        List<Integer> ages = List.of();
        if (minderjarigen == Minderjarigen.JA) {
            if (aantal == null || aantal < 1 || aantal > MAX_KINDEREN) {
                errors.put("aantal", "kindcheck.fout.aantal");
            }
            List<Integer> parsed = ages(leeftijden);
            if (parsed == null || (aantal != null && parsed.size() != aantal)) {
                errors.put("leeftijden", "kindcheck.fout.leeftijden");
            } else {
                ages = parsed;
            }
            if (zorg == null && vragen.zorg()) {
                errors.put("zorg", "kindcheck.fout.zorg");
            }
        }
        if (zwangerschap == null) {
            errors.put("zwangerschap", "kindcheck.fout.zwangerschap");
        }
        Texts.optional(errors, "overgenomenDoor", overgenomenDoor, MAX_OVERGENOMEN_DOOR, "kindcheck.fout.overgenomen");
        Texts.withoutBsn(errors, "overgenomenDoor", overgenomenDoor, "stappen.fout.bsn");
        Texts.throwIfAny(errors);
        Minderjarigen m = Objects.requireNonNull(minderjarigen);
        Zwangerschap z = Objects.requireNonNull(zwangerschap);
        boolean kinderen = m == Minderjarigen.JA;
        Uitkomst uitkomst = uitkomst(m, z, Texts.orNull(overgenomenDoor));
        return new Kindcheck(
                aanleidingen,
                aanleidingen.contains(Aanleiding.ANDERS) ? anders.strip() : null,
                m,
                kinderen ? aantal : null,
                ages,
                kinderen ? zorg : null,
                z,
                uitkomst == Uitkomst.OVERGENOMEN ? overgenomenDoor.strip() : null,
                uitkomst);
    }

    /**
     * The outcome of the answers: minors or a pregnancy make it positive (rule 20); neither closes it (rule 19); an
     * unclear answer lets the steps continue unless another professional took over (rule 21).
     */
    public static Uitkomst uitkomst(
            Minderjarigen minderjarigen, Zwangerschap zwangerschap, @Nullable String overgenomenDoor) {
        if (minderjarigen == Minderjarigen.JA || zwangerschap == Zwangerschap.JA) {
            return Uitkomst.POSITIEF;
        }
        if (minderjarigen == Minderjarigen.NEE
                && (zwangerschap == Zwangerschap.NEE || zwangerschap == Zwangerschap.NIET_GEVRAAGD)) {
            return Uitkomst.GEEN_KINDEREN;
        }
        return overgenomenDoor == null ? Uitkomst.ONDUIDELIJK : Uitkomst.OVERGENOMEN;
    }

    /**
     * Rule 18: a kindcheck record is required when the dossier has an adult client (relatie CLIENT, 18 or older
     * today), a kindcheck trigger is known from a signaal in force ({@link #TRIGGERS_IN_SIGNALEN}), and no kindcheck
     * has been recorded yet.
     */
    public static boolean isRequired(List<Betrokkene> betrokkenen, Journal<EntryPayload> journal, LocalDate today) {
        boolean adultClient = betrokkenen.stream()
                .anyMatch(b -> b.relatie() == Relatie.CLIENT
                        && !b.geboortedatum().plusYears(18).isAfter(today));
        boolean trigger = journal.current(Signaal.class).stream()
                .anyMatch(s -> s.vormen().stream().anyMatch(TRIGGERS_IN_SIGNALEN::contains));
        return adultClient && trigger && journal.latest(Kindcheck.class).isEmpty();
    }

    /** The ages in the text (whole numbers from 0 to 17), or {@code null} when it holds anything else. */
    private static @Nullable List<Integer> ages(String text) {
        List<Integer> ages = new ArrayList<>();
        for (String part : text.strip().split("[,;\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            if (!part.matches("\\d{1,2}") || Integer.parseInt(part) > 17) {
                return null;
            }
            ages.add(Integer.parseInt(part));
        }
        return ages.isEmpty() ? null : ages;
    }

    @Override
    public String toString() {
        return "Kindcheck[" + uitkomst + "]";
    }
}
