package nl.schakel.veiligthuis.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The veiligheidsvoorwaarden of a case as its journal has them (rule 40): each with the wording in force and every
 * earlier version, and the changes still waiting for a second person. Nothing here changes a voorwaarde in place: a
 * version is in force from the entry that set it or the approval of the change that replaced it.
 */
public final class Veiligheidsvoorwaarden {

    /** One version of a voorwaarde's wording, with the entry that made it and when it took effect. */
    public record Versie(UUID entry, String tekst, String betreft, String controle, Instant vanaf, String doorWie) {}

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
    public record OpenWijziging(JournalEntry entry, VoorwaardeWijziging wijziging) {}

    private final List<Voorwaarde> voorwaarden;
    private final List<OpenWijziging> open;

    private Veiligheidsvoorwaarden(List<Voorwaarde> voorwaarden, List<OpenWijziging> open) {
        this.voorwaarden = List.copyOf(voorwaarden);
        this.open = List.copyOf(open);
    }

    /** Reads the voorwaarden from the journal, in the order they were set. */
    public static Veiligheidsvoorwaarden van(List<JournalEntry> journal) {
        Map<UUID, List<Versie>> versies = new LinkedHashMap<>();
        Map<UUID, JournalEntry> voorgesteld = new LinkedHashMap<>();
        for (JournalEntry e : journal) {
            switch (e.payload()) {
                case Veiligheidsvoorwaarde v ->
                    versies.computeIfAbsent(v.voorwaarde(), id -> new ArrayList<>())
                            .add(new Versie(
                                    e.id(), v.tekst(), v.betreft(), v.controle(), e.recordedAt(), e.authorName()));
                case VoorwaardeWijziging w -> voorgesteld.put(e.id(), e);
                case VoorwaardeWijzigingBeoordeeld b -> {
                    JournalEntry voorstel = voorgesteld.remove(b.wijziging());
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
                                    voorstel.authorName()));
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

    public int aantal() {
        return voorwaarden.size();
    }
}
