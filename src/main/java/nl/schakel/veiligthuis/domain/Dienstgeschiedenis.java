package nl.schakel.veiligthuis.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.schakel.shared.journal.JournalEntry;
import org.jspecify.annotations.Nullable;

/**
 * The services a case went through, as its journal shows them (Handelingsprotocol Veilig Thuis 2019, domain spec
 * §3.2): the advies or the veiligheidsbeoordeling from the intake, an advies turned into a melding, each approved
 * besluit and the service it started, and the state the case is in now. A move the journal does not record (the
 * services after the besluit move the case's row) is the last service, without a start.
 *
 * @param diensten the services, oldest first; the last is the one the case is in now
 * @param besluit the besluit in force: the latest one approved (four eyes), if any
 */
public record Dienstgeschiedenis(List<Dienst> diensten, Optional<GenomenBesluit> besluit) {

    public Dienstgeschiedenis {
        diensten = List.copyOf(diensten);
    }

    /**
     * One service of the case.
     *
     * @param vanaf when the case entered it; {@code null} when the journal does not say
     * @param tot when the next service started; {@code null} for the service the case is in now
     */
    public record Dienst(
            ZaakStatus dienst,
            @Nullable Instant vanaf,
            @Nullable Instant tot) {}

    /** A besluit that took effect: who proposed it with which motivering, and who approved it when. */
    public record GenomenBesluit(
            Besluit besluit,
            String motivering,
            String voorgesteldDoor,
            Instant voorgesteldOp,
            String goedgekeurdDoor,
            Instant goedgekeurdOp,
            String toelichting) {}

    /**
     * Reads the services from the journal (oldest entry first) and the case's state now.
     *
     * @param nu the state on the case's row
     */
    public static Dienstgeschiedenis van(ZaakStatus nu, List<JournalEntry<EntryPayload>> journal) {
        List<ZaakStatus> diensten = new ArrayList<>();
        List<@Nullable Instant> vanaf = new ArrayList<>();
        GenomenBesluit besluit = null;
        for (JournalEntry<EntryPayload> e : journal) {
            switch (e.payload()) {
                case IntakeVastgelegd i -> {
                    diensten.add(i.soort() == ZaakSoort.ADVIES ? ZaakStatus.ADVIES : ZaakStatus.VEILIGHEIDSBEOORDELING);
                    vanaf.add(e.recordedAt());
                }
                case AdviesAfgerond a -> {
                    diensten.add(
                            a.uitkomst().wordtMelding()
                                    ? ZaakStatus.VEILIGHEIDSBEOORDELING
                                    : ZaakStatus.ADVIES_AFGEROND);
                    vanaf.add(e.recordedAt());
                }
                case BesluitBeoordeeld b
                when b.goedgekeurd() -> {
                    JournalEntry<EntryPayload> voorstel = voorstel(journal, b);
                    if (voorstel != null) {
                        BesluitVoorgesteld v = (BesluitVoorgesteld) voorstel.payload();
                        besluit = new GenomenBesluit(
                                v.besluit(),
                                v.motivering(),
                                voorstel.authorName(),
                                voorstel.recordedAt(),
                                e.authorName(),
                                e.recordedAt(),
                                b.toelichting());
                        diensten.add(v.besluit().volgende());
                        vanaf.add(e.recordedAt());
                    }
                }
                default -> {}
            }
        }
        ZaakStatus dienstNu = nu == ZaakStatus.BESLUIT_VOORGESTELD ? ZaakStatus.VEILIGHEIDSBEOORDELING : nu;
        if (diensten.isEmpty() || diensten.getLast() != dienstNu) {
            diensten.add(dienstNu);
            vanaf.add(null);
        }
        List<Dienst> lijst = new ArrayList<>();
        for (int i = 0; i < diensten.size(); i++) {
            lijst.add(new Dienst(diensten.get(i), vanaf.get(i), i + 1 < diensten.size() ? vanaf.get(i + 1) : null));
        }
        return new Dienstgeschiedenis(lijst, Optional.ofNullable(besluit));
    }

    /** The service the case is in now. */
    public ZaakStatus nu() {
        return diensten.getLast().dienst();
    }

    private static @Nullable JournalEntry<EntryPayload> voorstel(
            List<JournalEntry<EntryPayload>> journal, BesluitBeoordeeld oordeel) {
        return journal.stream()
                .filter(e -> e.id().equals(oordeel.voorstel()) && e.payload() instanceof BesluitVoorgesteld)
                .findFirst()
                .orElse(null);
    }
}
