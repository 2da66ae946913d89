package nl.schakel.veiligthuis.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.schakel.shared.VormVanGeweld;
import nl.schakel.shared.journal.JournalEntry;
import org.jspecify.annotations.Nullable;

/**
 * The family over time, for the verrijking (domain spec §3.3 "eigen registratiesysteem en VT-register", issue 11): in
 * one timeline, newest first, the region's earlier adviezen and meldingen about the same persons, the services each
 * went through and their outcomes (the advies's outcome, the besluit, the onderzoek's findings, the conclusion of
 * monitoring, closed), and what the national VT-register told of other regions involved with them. So "eerder geweld"
 * is visible at the first look. Built from rows and journals read beforehand; no reads of its own.
 */
public record Gezinstijdlijn(List<Gebeurtenis> gebeurtenissen) {

    public Gezinstijdlijn {
        gebeurtenissen = List.copyOf(gebeurtenissen);
    }

    /** One moment in the family's history; {@code zaak} is the region's own case it belongs to, if any. */
    public sealed interface Gebeurtenis {
        Instant op();

        @Nullable
        UUID zaak();
    }

    /** A directbetrokkene of this case found in an earlier case, and how (BSN, or name and date of birth). */
    public record Gevonden(String naam, Overeenkomst hoe) {

        @Override
        public String toString() {
            return "Gevonden[" + hoe + "]";
        }
    }

    /**
     * An advies or melding about the family came in; with where that case stands now and its besluit.
     *
     * @param besluit the besluit that took effect on it, if any
     * @param personen who of this case's directbetrokkenen it was about, and how they were found
     */
    public record Contact(
            Instant op,
            UUID zaak,
            ZaakSoort soort,
            Classificatie classificatie,
            boolean acuut,
            ZaakStatus status,
            @Nullable Besluit besluit,
            Set<VormVanGeweld> vormen,
            List<Gevonden> personen)
            implements Gebeurtenis {

        public Contact {
            vormen = Set.copyOf(vormen);
            personen = List.copyOf(personen);
        }
    }

    /** How an advies ended. */
    public record Adviesuitkomst(Instant op, UUID zaak, AdviesUitkomst uitkomst) implements Gebeurtenis {}

    /** The besluit after the veiligheidsbeoordeling took effect, and the service it started. */
    public record Besluitgenomen(Instant op, UUID zaak, Besluit besluit) implements Gebeurtenis {}

    /** The findings of an onderzoek, per form of violence. */
    public record Onderzoeksbevindingen(Instant op, UUID zaak, List<OnderzoekRapport.Bevinding> bevindingen)
            implements Gebeurtenis {

        public Onderzoeksbevindingen {
            bevindingen = List.copyOf(bevindingen);
        }

        /** Whether the onderzoek confirmed violence of at least one form. */
        public boolean bevestigd() {
            return bevindingen.stream().anyMatch(b -> b.uitkomst() == OnderzoekRapport.Uitkomst.BEVESTIGD);
        }
    }

    /** Monitoring ended with the approved conclusion that safety is stable. */
    public record Monitoringconclusie(Instant op, UUID zaak) implements Gebeurtenis {}

    /** The case was closed (its last recorded step). */
    public record Afgesloten(Instant op, UUID zaak) implements Gebeurtenis {}

    /** Another region is or was involved with one of the persons, as the VT-register told. */
    public record AndereRegio(Instant op, @Nullable UUID zaak, RegisterMatchGemeld match) implements Gebeurtenis {}

    /**
     * One of the region's earlier cases, as read for the timeline.
     *
     * @param besluit the besluit that took effect on it, if any
     * @param personen who of this case's directbetrokkenen was found there, and how
     * @param journal the case's journal, oldest entry first
     */
    public record EerdereZaak(
            UUID id,
            ZaakSoort soort,
            ZaakStatus status,
            Instant ontvangenOp,
            Classificatie classificatie,
            boolean acuut,
            @Nullable Besluit besluit,
            List<Gevonden> personen,
            List<JournalEntry<EntryPayload>> journal) {}

    /**
     * The timeline of the family of a case.
     *
     * @param eerder the region's other cases about the same persons
     * @param eigenJournal the journal of the case itself (for the matches the register told of it)
     */
    public static Gezinstijdlijn van(List<EerdereZaak> eerder, List<JournalEntry<EntryPayload>> eigenJournal) {
        List<Gebeurtenis> lijst = new ArrayList<>();
        // one line per other region and person: the latest news of the register about it
        Map<String, AndereRegio> andere = new LinkedHashMap<>();
        for (EerdereZaak z : eerder) {
            lijst.add(new Contact(
                    z.ontvangenOp(),
                    z.id(),
                    z.soort(),
                    z.classificatie(),
                    z.acuut(),
                    z.status(),
                    z.besluit(),
                    z.journal().stream()
                            .flatMap(e -> e.payload(IntakeVastgelegd.class).stream())
                            .findFirst()
                            .map(IntakeVastgelegd::vormen)
                            .orElse(Set.of()),
                    z.personen()));
            Instant laatste = z.ontvangenOp();
            for (JournalEntry<EntryPayload> e : z.journal()) {
                Instant op = e.recordedAt();
                switch (e.payload()) {
                    case AdviesAfgerond a -> lijst.add(new Adviesuitkomst(op, z.id(), a.uitkomst()));
                    case BesluitBeoordeeld b
                    when b.goedgekeurd() ->
                        besluit(z.journal(), b).ifPresent(v -> lijst.add(new Besluitgenomen(op, z.id(), v)));
                    case OnderzoekRapport r -> lijst.add(new Onderzoeksbevindingen(op, z.id(), r.bevindingen()));
                    case StabieleVeiligheidBeoordeeld s
                    when s.goedgekeurd() -> lijst.add(new Monitoringconclusie(op, z.id()));
                    case RegisterMatchGemeld m -> andere(andere, new AndereRegio(m.sinds(), z.id(), m));
                    default -> {}
                }
                if (!(e.payload() instanceof RegisterMatchGemeld) && !(e.payload() instanceof Verrijking)) {
                    laatste = op;
                }
            }
            if (z.status() == ZaakStatus.AFGESLOTEN) {
                lijst.add(new Afgesloten(laatste, z.id()));
            }
        }
        for (JournalEntry<EntryPayload> e : eigenJournal) {
            if (e.payload() instanceof RegisterMatchGemeld m) {
                andere(andere, new AndereRegio(m.sinds(), null, m));
            }
        }
        lijst.addAll(andere.values());
        // oldest first in the order of the journal, then turned round: what happened at the same moment keeps its order
        lijst.sort(Comparator.comparing(Gebeurtenis::op));
        java.util.Collections.reverse(lijst);
        return new Gezinstijdlijn(lijst);
    }

    /** Whether the timeline has anything to show. */
    public boolean leeg() {
        return gebeurtenissen.isEmpty();
    }

    private static void andere(Map<String, AndereRegio> andere, AndereRegio nieuw) {
        RegisterMatchGemeld m = nieuw.match();
        String sleutel = m.andereRegio() + "\n" + m.naam() + "\n" + m.sinds();
        AndereRegio oud = andere.get(sleutel);
        // an ended involvement is newer news than the same one while it was active
        if (oud == null || (oud.match().actief() && !m.actief())) {
            andere.put(sleutel, nieuw);
        }
    }

    private static java.util.Optional<Besluit> besluit(List<JournalEntry<EntryPayload>> journal, BesluitBeoordeeld b) {
        return journal.stream()
                .filter(e -> e.id().equals(b.voorstel()))
                .flatMap(e -> e.payload(BesluitVoorgesteld.class).stream())
                .map(BesluitVoorgesteld::besluit)
                .findFirst();
    }
}
