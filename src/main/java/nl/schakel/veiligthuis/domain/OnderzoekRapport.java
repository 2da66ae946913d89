package nl.schakel.veiligthuis.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.schakel.shared.VormVanGeweld;
import org.jspecify.annotations.Nullable;

/**
 * The report of an onderzoek by Veilig Thuis (domain spec §3.2 service 6, §3.5; rule 56): per form of violence
 * investigated, whether it is bevestigd, niet bevestigd or weerlegd, with the reasoning; where and from whom
 * information was requested; whether the directbetrokkenen were told so (when, or why not); whether the onderzoek ended
 * early, and why; and the conclusion. The veiligheidsvoorwaarden it sets are their own entries ({@link
 * Veiligheidsvoorwaarde}). A later report replaces an earlier one of the same onderzoek; both stay in the journal.
 *
 * @param bevindingen one per form of violence investigated, in the order of the code list
 * @param informatieOpgevraagd where and from whom information was requested, one per line
 * @param betrokkenenGeinformeerd whether the directbetrokkenen were told where information was requested
 * @param geinformeerdOp when they were told; present exactly when they were
 * @param nietGeinformeerdReden why they were not told; present exactly when they were not
 * @param voortijdigBeeindigd whether the onderzoek ended before it was complete
 * @param voortijdigReden why it ended early; present exactly when it did
 */
public record OnderzoekRapport(
        List<Bevinding> bevindingen,
        List<String> informatieOpgevraagd,
        boolean betrokkenenGeinformeerd,
        @Nullable LocalDate geinformeerdOp,
        @Nullable String nietGeinformeerdReden,
        boolean voortijdigBeeindigd,
        @Nullable String voortijdigReden,
        String conclusie)
        implements EntryPayload {

    /** At most this many lines of where information was requested. */
    public static final int MAX_BRONNEN = 30;

    public OnderzoekRapport {
        bevindingen = List.copyOf(bevindingen);
        informatieOpgevraagd = List.copyOf(informatieOpgevraagd);
    }

    /** The outcome of the onderzoek for one form of violence (rule 56). */
    public enum Uitkomst {
        BEVESTIGD,
        NIET_BEVESTIGD,
        WEERLEGD
    }

    /** The finding for one form of violence investigated, with its reasoning. */
    public record Bevinding(VormVanGeweld vorm, Uitkomst uitkomst, String onderbouwing) {}

    /**
     * A finding as the worker fills it in, for one form of violence.
     *
     * @param uitkomst {@code null} when the form was not investigated (allowed only for a form the melding did not
     *     name)
     */
    public record BevindingInvoer(
            VormVanGeweld vorm, @Nullable Uitkomst uitkomst, String onderbouwing) {}

    /** The field of the outcome of a form of violence in the form and its errors. */
    public static String uitkomstVeld(VormVanGeweld vorm) {
        return "uitkomst-" + vorm.name();
    }

    /** The field of the reasoning of a form of violence in the form and its errors. */
    public static String onderbouwingVeld(VormVanGeweld vorm) {
        return "onderbouwing-" + vorm.name();
    }

    /**
     * Checks a report and builds it, or throws with every problem at once. Rule 56: every form of violence the melding
     * named is investigated and has an outcome, every other form with an outcome counts as investigated too, and each
     * outcome has its reasoning; there is at least one finding.
     *
     * @param gemeld the forms of violence of the melding
     * @param geinformeerd whether the directbetrokkenen were told; {@code null} when not answered
     * @param voortijdig whether the onderzoek ended early; {@code null} when not answered
     * @param vandaag the last day the directbetrokkenen can have been told
     */
    public static OnderzoekRapport of(
            Collection<VormVanGeweld> gemeld,
            List<BevindingInvoer> invoer,
            List<String> informatie,
            @Nullable Boolean geinformeerd,
            @Nullable LocalDate geinformeerdOp,
            String nietGeinformeerdReden,
            @Nullable Boolean voortijdig,
            String voortijdigReden,
            String conclusie,
            LocalDate vandaag) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<Bevinding> bevindingen = bevindingen(gemeld, invoer, errors);
        List<String> bronnen =
                informatie.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (bronnen.isEmpty()
                || bronnen.size() > MAX_BRONNEN
                || bronnen.stream().anyMatch(b -> b.length() > Teksten.MAX)) {
            errors.put("informatieOpgevraagd", "onderzoek.fout.informatie");
        }
        String waaromNiet = nietGeinformeerdReden.strip();
        if (geinformeerd == null) {
            errors.put("geinformeerd", "onderzoek.fout.geinformeerd");
        } else if (geinformeerd) {
            if (geinformeerdOp == null || geinformeerdOp.isAfter(vandaag)) {
                errors.put("geinformeerdOp", "onderzoek.fout.geinformeerdop");
            }
        } else {
            Teksten.verplicht(errors, "nietGeinformeerdReden", waaromNiet, "onderzoek.fout.nietgeinformeerd");
        }
        String waarom = voortijdigReden.strip();
        if (voortijdig == null) {
            errors.put("voortijdig", "onderzoek.fout.voortijdig");
        } else if (voortijdig) {
            Teksten.verplicht(errors, "voortijdigReden", waarom, "onderzoek.fout.voortijdigreden");
        }
        String c = Teksten.verplicht(errors, "conclusie", conclusie, "onderzoek.fout.conclusie");
        Teksten.gooiAlsFout(errors);
        boolean verteld = Boolean.TRUE.equals(geinformeerd);
        boolean vroeg = Boolean.TRUE.equals(voortijdig);
        return new OnderzoekRapport(
                bevindingen,
                bronnen,
                verteld,
                verteld ? geinformeerdOp : null,
                verteld ? null : waaromNiet,
                vroeg,
                vroeg ? waarom : null,
                c);
    }

    /** Rule 56: the findings, one per form investigated, with the problems of each put in {@code errors}. */
    private static List<Bevinding> bevindingen(
            Collection<VormVanGeweld> gemeld, List<BevindingInvoer> invoer, Map<String, String> errors) {
        Map<VormVanGeweld, BevindingInvoer> perVorm = new LinkedHashMap<>();
        invoer.forEach(i -> perVorm.put(i.vorm(), i));
        List<Bevinding> bevindingen = new ArrayList<>();
        for (VormVanGeweld vorm : VormVanGeweld.values()) {
            BevindingInvoer i = perVorm.get(vorm);
            Uitkomst uitkomst = i == null ? null : i.uitkomst();
            String onderbouwing = i == null ? "" : i.onderbouwing().strip();
            if (uitkomst == null) {
                if (gemeld.contains(vorm)) {
                    errors.put(uitkomstVeld(vorm), "onderzoek.fout.uitkomst");
                } else if (!onderbouwing.isEmpty()) {
                    errors.put(uitkomstVeld(vorm), "onderzoek.fout.uitkomstbijonderbouwing");
                }
                continue;
            }
            Teksten.verplicht(errors, onderbouwingVeld(vorm), onderbouwing, "onderzoek.fout.onderbouwing");
            bevindingen.add(new Bevinding(vorm, uitkomst, onderbouwing));
        }
        if (bevindingen.isEmpty() && errors.keySet().stream().noneMatch(k -> k.startsWith("uitkomst-"))) {
            errors.put("bevindingen", "onderzoek.fout.geenbevinding");
        }
        return bevindingen;
    }

    /** The finding for a form of violence, if it was investigated. */
    public @Nullable Bevinding bevinding(VormVanGeweld vorm) {
        return bevindingen.stream().filter(b -> b.vorm() == vorm).findFirst().orElse(null);
    }

    @Override
    public String toString() {
        return "OnderzoekRapport[" + bevindingen.size() + " bevindingen]";
    }
}
