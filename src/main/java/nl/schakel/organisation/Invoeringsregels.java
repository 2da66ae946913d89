package nl.schakel.organisation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.UserId;
import org.jspecify.annotations.Nullable;

/**
 * The rules of the implementation checklist, in plain Java: what a change of an item may be, and how the items, their
 * automatic check and the progress follow from the history, the documents and the meldprotocol's minimum requirements.
 */
public final class Invoeringsregels {

    /** The longest note. */
    public static final int MAX_TOELICHTING = 2000;

    private static final int EERSTE_JAAR = 2000;
    private static final int LAATSTE_JAAR = 2100;

    private Invoeringsregels() {}

    /** The form as typed: a member's id, a status name, an ISO date ({@code 2027-03-01}) and a note; blanks allowed. */
    public record Invoer(String eigenaar, String status, String streefdatum, String toelichting) {}

    /**
     * The new state of an item from the form, or the Dutch message keys of what is wrong, per field: the owner must be
     * one of the members who may own it, the status one of the statuses (a minimum requirement has none: its status
     * is automatic), the due date a real date, the note at most {@value #MAX_TOELICHTING} characters. An item is done
     * only with evidence, a note or a document. A change that changes nothing is refused, so the history holds only
     * real changes.
     *
     * @param eigenaren the members who may own an item
     * @param documenten whether the item has an uploaded document
     */
    public static Invoeringsstand wijziging(
            Invoeringspunt punt, Invoer invoer, Invoeringsstand huidig, Set<UserId> eigenaren, boolean documenten) {
        Map<String, String> fouten = new LinkedHashMap<>();
        UserId eigenaar = null;
        if (!invoer.eigenaar().isBlank()) {
            eigenaar = lid(invoer.eigenaar()).filter(eigenaren::contains).orElse(null);
            if (eigenaar == null) {
                fouten.put("eigenaar", "invoering.fout.eigenaar");
            }
        }
        InvoeringStatus status = null;
        if (!punt.automatisch()) {
            status = FormStatus.van(invoer.status());
            if (status == null) {
                fouten.put("status", "invoering.fout.status");
            }
        }
        LocalDate streefdatum = null;
        if (!invoer.streefdatum().isBlank()) {
            streefdatum = datum(invoer.streefdatum()).orElse(null);
            if (streefdatum == null) {
                fouten.put("streefdatum", "invoering.fout.streefdatum");
            }
        }
        String toelichting = invoer.toelichting().strip();
        if (toelichting.length() > MAX_TOELICHTING) {
            fouten.put("toelichting", "invoering.fout.toelichting");
        }
        if (status == InvoeringStatus.GEREED && toelichting.isEmpty() && !documenten) {
            fouten.putIfAbsent("toelichting", "invoering.fout.bewijs");
        }
        if (!fouten.isEmpty()) {
            throw new InvalidInputException(fouten);
        }
        Invoeringsstand nieuw =
                new Invoeringsstand(status, eigenaar, streefdatum, toelichting.isEmpty() ? null : toelichting);
        if (nieuw.equals(huidig)) {
            throw new InvalidInputException("", "invoering.fout.ongewijzigd");
        }
        return nieuw;
    }

    /**
     * Every item as it stands: its latest recorded state (or a new one), its documents, and for a minimum requirement
     * what the meldprotocol in force says of it. A minimum requirement is done only when the configuration proves it;
     * an implementation item when it is marked done. An item not done is late when its due date is before today.
     */
    public static List<Invoeringsitem> items(
            List<Invoeringswijziging> geschiedenis,
            List<Bewijsstuk> documenten,
            List<MinimumeisStatus> eisen,
            LocalDate vandaag) {
        Map<Invoeringspunt, Invoeringsstand> laatste = geschiedenis.stream()
                .sorted(Comparator.comparingLong(Invoeringswijziging::volgnummer))
                .collect(Collectors.toMap(
                        Invoeringswijziging::punt, Invoeringswijziging::stand, (eerder, later) -> later));
        Map<Minimumeis, MinimumeisStatus> perEis =
                eisen.stream().collect(Collectors.toMap(MinimumeisStatus::eis, Function.identity(), (a, b) -> a));
        return java.util.Arrays.stream(Invoeringspunt.values())
                .map(punt -> {
                    Invoeringsstand stand = laatste.getOrDefault(punt, Invoeringsstand.nieuw(punt));
                    MinimumeisStatus eis = punt.eis().map(perEis::get).orElse(null);
                    boolean klaar = punt.automatisch()
                            ? eis != null && eis.vervuld()
                            : stand.status() == InvoeringStatus.GEREED;
                    boolean teLaat = !klaar
                            && stand.streefdatum() != null
                            && stand.streefdatum().isBefore(vandaag);
                    List<Bewijsstuk> stukken = documenten.stream()
                            .filter(d -> d.punt() == punt)
                            .sorted(Comparator.comparing(Bewijsstuk::vastgelegdOp))
                            .toList();
                    return new Invoeringsitem(punt, stand, eis, stukken, klaar, teLaat);
                })
                .toList();
    }

    /** The items done of all, and per kind (the seven implementation items, the six minimum requirements). */
    public static Invoeringsvoortgang voortgang(List<Invoeringsitem> items) {
        List<Invoeringsitem> implementatie =
                items.stream().filter(i -> !i.punt().automatisch()).toList();
        List<Invoeringsitem> eisen =
                items.stream().filter(i -> i.punt().automatisch()).toList();
        return new Invoeringsvoortgang(
                klaar(items),
                items.size(),
                klaar(implementatie),
                implementatie.size(),
                klaar(eisen),
                eisen.size(),
                (int) items.stream().filter(Invoeringsitem::teLaat).count());
    }

    private static int klaar(List<Invoeringsitem> items) {
        return (int) items.stream().filter(Invoeringsitem::klaar).count();
    }

    private static Optional<UserId> lid(String tekst) {
        try {
            return Optional.of(new UserId(java.util.UUID.fromString(tekst.strip())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> datum(String tekst) {
        try {
            LocalDate d = LocalDate.parse(tekst.strip());
            return d.getYear() < EERSTE_JAAR || d.getYear() > LAATSTE_JAAR ? Optional.empty() : Optional.of(d);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static final class FormStatus {
        static @Nullable InvoeringStatus van(String tekst) {
            return java.util.Arrays.stream(InvoeringStatus.values())
                    .filter(s -> s.name().equals(tekst.strip()))
                    .findFirst()
                    .orElse(null);
        }
    }
}
