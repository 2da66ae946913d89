package nl.schakel.veiligthuis.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One monitoring moment (Handelingsprotocol Veilig Thuis 2019; domain spec §3.7; rules 37 and 39): whom Veilig Thuis
 * spoke with, what the child said, the status of every veiligheidsvoorwaarde in force with its evidence, and the three
 * questions of monitoring. It names the planned moment it fulfils ({@code null} for a moment that was not planned).
 *
 * @param gepland the date of the planned moment this fulfils; {@code null} for an extra, unplanned moment
 * @param gesprekken one per directbetrokkene of the case
 * @param kindVertelt what the child said (required when a child of 4 or older was spoken with)
 * @param voorwaarden one per veiligheidsvoorwaarde in force
 */
public record Monitoringsmoment(
        LocalDate datum,
        @Nullable LocalDate gepland,
        List<Gesprek> gesprekken,
        String kindVertelt,
        List<Bevinding> voorwaarden,
        Antwoord directeVeiligheid,
        Antwoord stabieleVeiligheid,
        Antwoord herstelgerichteZorg)
        implements EntryPayload {

    /** From this age a child is spoken with at every monitoring moment (rule 39). */
    public static final int KIND_VANAF = 4;

    /** Below this age a directbetrokkene is a child. */
    public static final int VOLWASSEN_VANAF = 18;

    public Monitoringsmoment {
        gesprekken = List.copyOf(gesprekken);
        voorwaarden = List.copyOf(voorwaarden);
    }

    /** The answer to one of the three questions of monitoring. */
    public enum Mate {
        JA,
        DEELS,
        NEE
    }

    /**
     * Whether Veilig Thuis spoke with one directbetrokkene.
     *
     * @param afspraak when not spoken with: for a child of 4 or older, the recorded agreement that an involved helper
     *     spoke with them (who); for an adult, why not; "" when spoken with or for a child under 4 without one
     */
    public record Gesprek(UUID betrokkene, boolean gesproken, String afspraak) {}

    /** The status of one veiligheidsvoorwaarde at this moment, with the evidence. */
    public record Bevinding(UUID voorwaarde, VoorwaardeStatus status, String onderbouwing) {}

    /** An answer with its toelichting. */
    public record Antwoord(Mate mate, String toelichting) {}

    /** What the worker filled in for one directbetrokkene; {@code gesproken} is {@code null} when not chosen. */
    public record GesprekInvoer(UUID betrokkene, @Nullable Boolean gesproken, String afspraak) {}

    /** What the worker filled in for one voorwaarde. */
    public record BevindingInvoer(UUID voorwaarde, @Nullable VoorwaardeStatus status, String onderbouwing) {}

    /** What the worker filled in for one question. */
    public record AntwoordInvoer(@Nullable Mate mate, String toelichting) {}

    /** The form of a monitoring moment as filled in, before its checks. */
    public record Invoer(
            @Nullable LocalDate datum,
            @Nullable LocalDate gepland,
            List<GesprekInvoer> gesprekken,
            String kindVertelt,
            List<BevindingInvoer> voorwaarden,
            AntwoordInvoer directeVeiligheid,
            AntwoordInvoer stabieleVeiligheid,
            AntwoordInvoer herstelgerichteZorg) {}

    /** The field of the spoken-with choice of a directbetrokkene. */
    public static String gesprokenVeld(UUID betrokkene) {
        return "gesproken-" + betrokkene;
    }

    public static String afspraakVeld(UUID betrokkene) {
        return "afspraak-" + betrokkene;
    }

    public static String statusVeld(UUID voorwaarde) {
        return "status-" + voorwaarde;
    }

    public static String onderbouwingVeld(UUID voorwaarde) {
        return "onderbouwing-" + voorwaarde;
    }

    /**
     * Checks a monitoring moment against the case: every directbetrokkene has a spoken-with answer, and a child of 4
     * or older who was not spoken with has the agreement that an involved helper did (rule 39), an adult not spoken
     * with a reason; every voorwaarde in force has a status and evidence; the three questions are answered with a
     * toelichting; the moment is dated between the start of monitoring and today and fulfils an open planned moment,
     * or none.
     */
    public static Monitoringsmoment of(
            Invoer in,
            List<Directbetrokkene> betrokkenen,
            Veiligheidsvoorwaarden inForce,
            Monitoringsplan plan,
            LocalDate vandaag) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate datum = in.datum();
        if (datum == null || datum.isAfter(vandaag) || datum.isBefore(plan.sinds())) {
            errors.put("datum", "monitoring.fout.datum");
        }
        LocalDate gepland = in.gepland();
        if (gepland != null && plan.open().stream().noneMatch(m -> m.datum().equals(gepland))) {
            errors.put("gepland", "monitoring.fout.gepland");
        }
        LocalDate op = datum == null ? vandaag : datum;
        List<Gesprek> gesprekken = gesprekken(errors, in, betrokkenen, op);
        boolean kindGesproken = betrokkenen.stream()
                .anyMatch(b -> kind(b, op) && leeftijd(b, op) >= KIND_VANAF && gesproken(in, b.id()));
        String kindVertelt = kindGesproken
                ? Teksten.verplicht(errors, "kindVertelt", in.kindVertelt(), "monitoring.fout.kindvertelt")
                : Teksten.optioneel(errors, "kindVertelt", in.kindVertelt(), "vb.fout.telang");
        List<Bevinding> bevindingen = bevindingen(errors, in, inForce);
        Antwoord directe = antwoord(errors, "directeVeiligheid", in.directeVeiligheid());
        Antwoord stabiel = antwoord(errors, "stabieleVeiligheid", in.stabieleVeiligheid());
        Antwoord herstel = antwoord(errors, "herstelgerichteZorg", in.herstelgerichteZorg());
        Teksten.gooiAlsFout(errors);
        return new Monitoringsmoment(op, gepland, gesprekken, kindVertelt, bevindingen, directe, stabiel, herstel);
    }

    /** Whether the three questions are all answered "ja": the condition to propose that safety is stable. */
    public boolean stabiel() {
        return directeVeiligheid.mate() == Mate.JA
                && stabieleVeiligheid.mate() == Mate.JA
                && herstelgerichteZorg.mate() == Mate.JA;
    }

    /** The voorwaarden found not (or only partly) kept at this moment. */
    public List<Bevinding> nietNageleefd() {
        return voorwaarden.stream()
                .filter(b -> b.status() == VoorwaardeStatus.NIET || b.status() == VoorwaardeStatus.DEELS)
                .toList();
    }

    /** The age in whole years on the day. */
    public static int leeftijd(Directbetrokkene b, LocalDate op) {
        return Period.between(b.geboortedatum(), op).getYears();
    }

    /** Whether the directbetrokkene is a child (under 18) on the day. */
    public static boolean kind(Directbetrokkene b, LocalDate op) {
        return leeftijd(b, op) < VOLWASSEN_VANAF;
    }

    private static List<Gesprek> gesprekken(
            Map<String, String> errors, Invoer in, List<Directbetrokkene> betrokkenen, LocalDate op) {
        List<Gesprek> gesprekken = new ArrayList<>();
        for (Directbetrokkene b : betrokkenen) {
            GesprekInvoer g = in.gesprekken().stream()
                    .filter(x -> x.betrokkene().equals(b.id()))
                    .findFirst()
                    .orElse(new GesprekInvoer(b.id(), null, ""));
            if (g.gesproken() == null) {
                errors.put(gesprokenVeld(b.id()), "monitoring.fout.gesproken");
                continue;
            }
            String veld = afspraakVeld(b.id());
            String afspraak;
            if (g.gesproken()) {
                afspraak = "";
            } else if (!kind(b, op)) {
                afspraak = Teksten.verplicht(errors, veld, g.afspraak(), "monitoring.fout.volwassenenietgesproken");
            } else if (leeftijd(b, op) >= KIND_VANAF) {
                afspraak = Teksten.verplicht(errors, veld, g.afspraak(), "monitoring.fout.kindnietgesproken");
            } else {
                afspraak = Teksten.optioneel(errors, veld, g.afspraak(), "vb.fout.telang");
            }
            gesprekken.add(new Gesprek(b.id(), g.gesproken(), afspraak));
        }
        return gesprekken;
    }

    private static boolean gesproken(Invoer in, UUID betrokkene) {
        return in.gesprekken().stream()
                .anyMatch(g -> g.betrokkene().equals(betrokkene) && Boolean.TRUE.equals(g.gesproken()));
    }

    private static List<Bevinding> bevindingen(Map<String, String> errors, Invoer in, Veiligheidsvoorwaarden inForce) {
        List<Bevinding> bevindingen = new ArrayList<>();
        for (Veiligheidsvoorwaarden.Voorwaarde v : inForce.alle()) {
            BevindingInvoer b = in.voorwaarden().stream()
                    .filter(x -> x.voorwaarde().equals(v.id()))
                    .findFirst()
                    .orElse(new BevindingInvoer(v.id(), null, ""));
            if (b.status() == null) {
                errors.put(statusVeld(v.id()), "monitoring.fout.status");
            }
            String onderbouwing = Teksten.verplicht(
                    errors, onderbouwingVeld(v.id()), b.onderbouwing(), "monitoring.fout.onderbouwing");
            if (b.status() != null) {
                bevindingen.add(new Bevinding(v.id(), b.status(), onderbouwing));
            }
        }
        return bevindingen;
    }

    private static Antwoord antwoord(Map<String, String> errors, String veld, AntwoordInvoer in) {
        if (in.mate() == null) {
            errors.put(veld, "monitoring.fout.vraag");
        }
        String toelichting =
                Teksten.verplicht(errors, veld + "Toelichting", in.toelichting(), "monitoring.fout.toelichting");
        return new Antwoord(in.mate() == null ? Mate.NEE : in.mate(), toelichting);
    }

    @Override
    public String toString() {
        return "Monitoringsmoment[" + datum + "]";
    }
}
