package nl.schakel.veiligthuis;

import java.util.List;
import java.util.Optional;
import nl.schakel.shared.journal.JournalEntry;
import nl.schakel.veiligthuis.domain.AcuutGemarkeerd;
import nl.schakel.veiligthuis.domain.Directbetrokkene;
import nl.schakel.veiligthuis.domain.EntryPayload;
import nl.schakel.veiligthuis.domain.IntakeVastgelegd;
import nl.schakel.veiligthuis.domain.ZaakActies;
import org.jspecify.annotations.Nullable;

/**
 * A Veilig Thuis case as a worker of its region sees it: its row, directbetrokkenen and journal. The melder's
 * identity is not in it; {@link VeiligThuisManagement#melder} shows it, with a logged reason.
 *
 * @param heeftMelder whether a melder is known (not for an anonymous advies)
 * @param melderAfgeschermd whether the melder's identity is shielded from the family
 * @param vandaag the Dutch day the case was read on, for the terms and planned moments shown with it
 * @param acties the case page's model for the person reading: what is due next and what they may do now
 */
public record ZaakView(
        Zaak zaak,
        List<Directbetrokkene> betrokkenen,
        List<JournalEntry<EntryPayload>> journal,
        boolean heeftMelder,
        boolean melderAfgeschermd,
        java.time.LocalDate vandaag,
        ZaakActies acties) {

    public ZaakView {
        betrokkenen = List.copyOf(betrokkenen);
        journal = List.copyOf(journal);
    }

    /**
     * Monitoring as of the day the case was read; empty when the case is not in monitoring. The case page's monitoring
     * section shows it.
     */
    public Optional<nl.schakel.veiligthuis.domain.Monitoringsplan> monitoring() {
        java.time.LocalDate sinds = zaak.monitoringSinds();
        return zaak.status() == nl.schakel.veiligthuis.domain.ZaakStatus.MONITORING && sinds != null
                ? Optional.of(nl.schakel.veiligthuis.domain.Monitoringsplan.van(sinds, journal, vandaag))
                : Optional.empty();
    }

    /** Why the case is marked acute: the reason of its latest acute mark; {@code null} when it has none. */
    public @Nullable AcuutGemarkeerd acuutReden() {
        return zaak.acuut() ? latest(AcuutGemarkeerd.class).orElse(null) : null;
    }

    /** The same case with the page model for the person reading it. */
    ZaakView met(ZaakActies acties) {
        return new ZaakView(zaak, betrokkenen, journal, heeftMelder, melderAfgeschermd, vandaag, acties);
    }

    public IntakeVastgelegd intake() {
        return latest(IntakeVastgelegd.class).orElseThrow();
    }

    /** The payloads of this type, oldest first. */
    public <T extends EntryPayload> List<T> all(Class<T> type) {
        return journal.stream().flatMap(e -> e.payload(type).stream()).toList();
    }

    /** The latest payload of this type, if any. */
    public <T extends EntryPayload> Optional<T> latest(Class<T> type) {
        List<T> all = all(type);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.getLast());
    }
}
