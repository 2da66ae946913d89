package nl.schakel.organisation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.kalender.Gelijkstelling;
import nl.schakel.shared.kalender.Gelijkstellingen;
import nl.schakel.shared.kalender.Werkdagkalender;

/**
 * The rules for the list of equated days, plain Java: how typed dates are read, which days a decree may equate, and
 * which days stand now after the append-only history of additions and withdrawals.
 */
public final class Gelijkstellingsregels {

    public static final int MAX_NAAM = 300;
    public static final int MAX_VINDPLAATS = 200;
    public static final int MAX_REDEN = 500;
    /** The Algemene termijnenwet is in force since 1 April 1965; a later bound keeps typos such as 20226 out. */
    public static final int EERSTE_JAAR = 1965;

    public static final int LAATSTE_JAAR = 2199;

    private static final DateTimeFormatter NEDERLANDS =
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT);

    private Gelijkstellingsregels() {}

    /**
     * One date as typed: day-month-year ({@code 2-1-2026}, also with slashes or dots) or ISO ({@code 2026-01-02}, as a
     * date field sends it). Empty when it is not a real date in the years the law can apply to.
     */
    public static Optional<LocalDate> datum(String tekst) {
        String t = tekst.strip().replace('/', '-').replace('.', '-');
        for (DateTimeFormatter f : List.of(NEDERLANDS, DateTimeFormatter.ISO_LOCAL_DATE)) {
            try {
                LocalDate d = LocalDate.parse(t, f);
                return d.getYear() < EERSTE_JAAR || d.getYear() > LAATSTE_JAAR ? Optional.empty() : Optional.of(d);
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return Optional.empty();
    }

    /**
     * The dates of a list typed one per line or separated by commas or semicolons, in date order without doubles.
     * Refused on {@code field} when one of them is not a date, or when there is none.
     */
    public static List<LocalDate> datums(String tekst, String field) {
        Set<LocalDate> dagen = new TreeSet<>();
        for (String deel : tekst.split("[,;\\n\\r]+")) {
            if (deel.isBlank()) {
                continue;
            }
            dagen.add(datum(deel).orElseThrow(() -> new InvalidInputException(field, "kalender.fout.datum")));
        }
        if (dagen.isEmpty()) {
            throw new InvalidInputException(field, "kalender.fout.geendag");
        }
        return List.copyOf(dagen);
    }

    /**
     * Why a decree cannot equate this day, as a message key: a Saturday or Sunday (a term does not run then anyway), a
     * general holiday of the law, or a day a decree already equates. Empty when the day may be equated.
     */
    public static Optional<String> probleem(LocalDate dag, Set<LocalDate> alGelijkgesteld) {
        if (dag.getDayOfWeek() == DayOfWeek.SATURDAY || dag.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return Optional.of("kalender.fout.weekend");
        }
        if (Werkdagkalender.wettelijkeFeestdag(dag).isPresent()) {
            return Optional.of("kalender.fout.feestdag");
        }
        if (alGelijkgesteld.contains(dag)) {
            return Optional.of("kalender.fout.albesluit");
        }
        return Optional.empty();
    }

    /** The problems of a new decree's name and place of publication, by field. */
    public static Map<String, String> besluitProblemen(String naam, String vindplaats) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (naam.isBlank() || naam.strip().length() > MAX_NAAM) {
            errors.put("naam", "kalender.fout.naam");
        }
        if (vindplaats.strip().length() > MAX_VINDPLAATS) {
            errors.put("vindplaats", "kalender.fout.vindplaats");
        }
        return errors;
    }

    /** Per decree, the days that stand now: each (decree, day) as its latest row says; in date order. */
    public static Map<UUID, List<LocalDate>> geldend(Collection<Gelijkstellingswijziging> geschiedenis) {
        Map<UUID, TreeMap<LocalDate, Gelijkstellingswijziging>> laatste = new LinkedHashMap<>();
        geschiedenis.stream()
                .sorted(java.util.Comparator.comparingLong(Gelijkstellingswijziging::volgnummer))
                .forEach(w -> laatste.computeIfAbsent(w.besluitId(), b -> new TreeMap<>())
                        .put(w.dag(), w));
        Map<UUID, List<LocalDate>> geldend = new LinkedHashMap<>();
        laatste.forEach((besluit, dagen) -> geldend.put(
                besluit,
                dagen.values().stream()
                        .filter(w -> w.actie() == Gelijkstellingswijziging.Actie.TOEGEVOEGD)
                        .map(Gelijkstellingswijziging::dag)
                        .toList()));
        return geldend;
    }

    /** The days that stand now, each with the title of its decree, for the calendar. */
    public static List<Gelijkstelling> gelijkstellingen(
            Collection<Gelijkstellingsbesluit> besluiten, Collection<Gelijkstellingswijziging> geschiedenis) {
        Map<UUID, Gelijkstellingsbesluit> perId = new LinkedHashMap<>();
        besluiten.forEach(b -> perId.put(b.id(), b));
        List<Gelijkstelling> dagen = new ArrayList<>();
        geldend(geschiedenis).forEach((id, lijst) -> {
            Gelijkstellingsbesluit b = perId.get(id);
            if (b != null) {
                lijst.forEach(d -> dagen.add(new Gelijkstelling(d, b.titel())));
            }
        });
        return dagen;
    }

    /**
     * The list of equated days as the calendar counts on it, from the decrees and the whole history; its version is the
     * number of history rows (append-only, so it grows with every change).
     */
    public static Gelijkstellingen lijst(
            Collection<Gelijkstellingsbesluit> besluiten, List<Gelijkstellingswijziging> geschiedenis) {
        return Gelijkstellingen.van(gelijkstellingen(besluiten, geschiedenis), geschiedenis.size());
    }
}
