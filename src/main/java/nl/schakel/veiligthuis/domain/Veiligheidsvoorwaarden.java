package nl.schakel.veiligthuis.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.schakel.shared.journal.JournalEntry;

/**
 * The veiligheidsvoorwaarden of a case as its journal has them (rule 40): each with the wording in force and every
 * earlier version, and the changes still waiting for a second person. Nothing here changes a voorwaarde in place: a
 * version is in force from the entry that set it or the approval of the change that replaced it.
 */
public final class Veiligheidsvoorwaarden {

    /**
     * One version of a voorwaarde's wording, with the entry that made it and when it took effect.
     *
     * @param doorWie who set it, or who proposed the change that made it
     * @param reden why Veilig Thuis changed it; empty for the first version
     * @param goedgekeurdDoor the second person who approved the change; empty for the first version
     */
    public record Versie(
            UUID entry,
            String tekst,
            String betreft,
            String controle,
            Instant vanaf,
            String doorWie,
            String reden,
            String goedgekeurdDoor) {}

    /** A voorwaarde: its versions, oldest first; the last is in force. */
    public record Voorwaarde(UUID id, List<Versie> versies) {
        public Voorwaarde {
            versies = List.copyOf(versies);
        }

        public Versie geldend() {
            return versies.getLast();
        }
    }

    /** A proposed change that waits for its approval. */
    public record OpenWijziging(JournalEntry<EntryPayload> entry, VoorwaardeWijziging wijziging) {}

    private final List<Voorwaarde> voorwaarden;
    private final List<OpenWijziging> open;

    private Veiligheidsvoorwaarden(List<Voorwaarde> voorwaarden, List<OpenWijziging> open) {
        this.voorwaarden = List.copyOf(voorwaarden);
        this.open = List.copyOf(open);
    }

    /** Reads the voorwaarden from the journal, in the order they were set. */
    public static Veiligheidsvoorwaarden van(List<JournalEntry<EntryPayload>> journal) {
        Map<UUID, List<Versie>> versies = new LinkedHashMap<>();
        Map<UUID, JournalEntry<EntryPayload>> voorgesteld = new LinkedHashMap<>();
        for (JournalEntry<EntryPayload> e : journal) {
            switch (e.payload()) {
                case Veiligheidsvoorwaarde v ->
                    versies.computeIfAbsent(v.voorwaarde(), id -> new ArrayList<>())
                            .add(new Versie(
                                    e.id(),
                                    v.tekst(),
                                    v.betreft(),
                                    v.controle(),
                                    e.recordedAt(),
                                    e.authorName(),
                                    "",
                                    ""));
                case VoorwaardeWijziging w -> voorgesteld.put(e.id(), e);
                case VoorwaardeWijzigingBeoordeeld b -> {
                    JournalEntry<EntryPayload> voorstel = voorgesteld.remove(b.wijziging());
                    if (voorstel != null && b.goedgekeurd()) {
                        VoorwaardeWijziging w = (VoorwaardeWijziging) voorstel.payload();
                        List<Versie> lijst = versies.get(w.voorwaarde());
                        if (lijst != null) {
                            lijst.add(new Versie(
                                    voorstel.id(),
                                    w.tekst(),
                                    w.betreft(),
                                    w.controle(),
                                    e.recordedAt(),
                                    voorstel.authorName(),
                                    w.reden(),
                                    e.authorName()));
                        }
                    }
                }
                default -> {}
            }
        }
        List<Voorwaarde> lijst = new ArrayList<>();
        versies.forEach((id, v) -> lijst.add(new Voorwaarde(id, v)));
        List<OpenWijziging> open = new ArrayList<>();
        voorgesteld.values().forEach(e -> open.add(new OpenWijziging(e, (VoorwaardeWijziging) e.payload())));
        return new Veiligheidsvoorwaarden(lijst, open);
    }

    /** The voorwaarden, each with its wording in force. */
    public List<Voorwaarde> alle() {
        return voorwaarden;
    }

    public Optional<Voorwaarde> voorwaarde(UUID id) {
        return voorwaarden.stream().filter(v -> v.id().equals(id)).findFirst();
    }

    /** The proposed changes waiting for a second person, oldest first. */
    public List<OpenWijziging> openWijzigingen() {
        return open;
    }

    /** Whether a change of this voorwaarde waits for approval (one at a time). */
    public boolean wachtOpBeoordeling(UUID voorwaarde) {
        return open.stream().anyMatch(o -> o.wijziging().voorwaarde().equals(voorwaarde));
    }

    /** The open change recorded by this journal entry, if it still waits for its approval. */
    public Optional<OpenWijziging> openWijziging(UUID entry) {
        return open.stream().filter(o -> o.entry().id().equals(entry)).findFirst();
    }

    /**
     * Why this change may not be proposed now, as a message key; empty when it may: the voorwaarde must be one of the
     * case's, have no other change waiting (one at a time), and the new wording must differ from the one in force.
     */
    public Optional<String> wijzigingBezwaar(VoorwaardeWijziging w) {
        Optional<Voorwaarde> v = voorwaarde(w.voorwaarde());
        if (v.isEmpty()) {
            return Optional.of("voorwaarde.fout.onbekend");
        }
        if (wachtOpBeoordeling(w.voorwaarde())) {
            return Optional.of("voorwaarde.fout.wijzigingopen");
        }
        Versie geldend = v.get().geldend();
        if (geldend.tekst().equals(w.tekst())
                && geldend.betreft().equals(w.betreft())
                && geldend.controle().equals(w.controle())) {
            return Optional.of("voorwaarde.fout.ongewijzigd");
        }
        return Optional.empty();
    }

    /**
     * Whether Veilig Thuis sets or changes veiligheidsvoorwaarden, and records afspraken, in this service: in
     * voorwaarden en vervolg and in the onderzoek, where they are decided (domain spec §3.6), and in the overdracht and
     * monitoring that follow, where a new decision may be needed.
     */
    public static boolean inDienst(ZaakStatus status) {
        return switch (status) {
            case VOORWAARDEN_EN_VERVOLG, ONDERZOEK, OVERDRACHT, MONITORING -> true;
            case ADVIES,
                    ADVIES_AFGEROND,
                    VEILIGHEIDSBEOORDELING,
                    BESLUIT_VOORGESTELD,
                    OVERDRACHT_NA_VEILIGHEIDSBEOORDELING,
                    VERZOEK_RAAD,
                    AFGESLOTEN -> false;
        };
    }

    public int aantal() {
        return voorwaarden.size();
    }
}
