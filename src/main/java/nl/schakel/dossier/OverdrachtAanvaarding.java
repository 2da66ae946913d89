package nl.schakel.dossier;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.schakel.audit.ActionCode;
import nl.schakel.dossier.domain.EntryPayload;
import nl.schakel.dossier.domain.OverdrachtAntwoord;
import nl.schakel.dossier.domain.OverdrachtOntvangen;
import nl.schakel.dossier.persistence.DossierStore;
import nl.schakel.keten.KetenOverdrachten;
import nl.schakel.organisation.OrganisationManagement;
import nl.schakel.shared.Actor;
import nl.schakel.shared.Herinneringen;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.NotFoundException;
import nl.schakel.shared.TenantId;
import nl.schakel.shared.journal.JournalEntry;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The professional's side of an overdracht by Veilig Thuis (rule 38): they see what they are asked to take over, with
 * the veiligheidsvoorwaarden and risk factors that come with it, and accept responsibility for "zicht op veiligheid" or
 * decline with a reason. The answer is recorded in the dossier's journal and sent back through {@code keten} in the
 * same transaction, with one access-log row; an overdracht is answered once.
 */
@Service
public class OverdrachtAanvaarding implements Herinneringen {

    static final String SEGMENT = "overdracht";
    static final String EVENT_READ = "dossier.overdracht.read";
    static final String EVENT_ANTWOORD = "dossier.overdracht.beantwoord";

    private final DossierAccess access;
    private final KetenOverdrachten keten;
    private final OrganisationManagement organisation;
    private final DossierStore store;

    OverdrachtAanvaarding(
            DossierAccess access, KetenOverdrachten keten, OrganisationManagement organisation, DossierStore store) {
        this.access = access;
        this.keten = keten;
        this.organisation = organisation;
        this.store = store;
    }

    /** A reminder on the home page for each overdracht the owner of an open dossier has not answered yet. */
    @Override
    @Transactional
    public List<Herinnering> open(Actor by) {
        return access.herinneringen(
                by,
                "dossier.overdracht.herinnering.list",
                tenant -> store.openOverdrachten(tenant, by.userId()).stream()
                        .map(o -> new Herinnering(
                                "/dossiers/" + o.dossierId() + "/overdracht/" + o.overdrachtId(),
                                "dossier.overdracht.herinnering",
                                o.ontvangen()))
                        .toList());
    }

    /**
     * An overdracht offered in the dossier, with the answer once given.
     *
     * @param naam the name of the dossier's first betrokkene, for the page's title
     * @param antwoord the answer given in the dossier; {@code null} while open
     * @param beantwoord the journal entry of the answer (who answered and when); {@code null} while open
     */
    public record Aanbod(
            UUID dossierId,
            String naam,
            OverdrachtOntvangen overdracht,
            @Nullable OverdrachtAntwoord antwoord,
            @Nullable JournalEntry<EntryPayload> beantwoord) {

        public boolean open() {
            return antwoord == null;
        }
    }

    /** The overdracht for someone who may work on the dossier; the read is logged. */
    @Transactional
    public Aanbod aanbod(Actor by, UUID dossierId, UUID overdrachtId) {
        DossierAccess.Found found = access.accessible(by, dossierId, EVENT_READ, ActionCode.R);
        Aanbod aanbod = aanbod(found, overdrachtId);
        access.log(by, EVENT_READ, ActionCode.R, dossierId, SEGMENT);
        return aanbod;
    }

    /**
     * Records the professional's answer in the journal and sends it to Veilig Thuis, both or neither.
     *
     * @param aanvaard {@code null} when not chosen
     * @param reden why they decline; required then
     */
    @Transactional
    public void beantwoord(Actor by, UUID dossierId, UUID overdrachtId, @Nullable Boolean aanvaard, String reden) {
        DossierAccess.Found found = access.accessible(by, dossierId, EVENT_ANTWOORD, ActionCode.C);
        Aanbod aanbod = aanbod(found, overdrachtId);
        if (!aanbod.open()) {
            throw new InvalidInputException("", "overdracht.fout.albeantwoord");
        }
        OverdrachtAntwoord antwoord = OverdrachtAntwoord.of(overdrachtId, aanvaard, reden);
        JournalEntry<EntryPayload> entry = access.append(by, found, EVENT_ANTWOORD, SEGMENT, antwoord);
        TenantId tenant = found.row().tenantId();
        keten.beantwoorden(
                by,
                new nl.schakel.keten.OverdrachtAntwoord(
                        UUID.randomUUID(),
                        overdrachtId,
                        aanbod.overdracht().meldingId(),
                        antwoord.aanvaard(),
                        antwoord.reden(),
                        by.displayName(),
                        tenant,
                        organisation.ownTenant(by).name(),
                        by.userId(),
                        entry.recordedAt()));
    }

    private static Aanbod aanbod(DossierAccess.Found found, UUID overdrachtId) {
        OverdrachtOntvangen overdracht = found.journal().entries().stream()
                .flatMap(e -> e.payload() instanceof OverdrachtOntvangen o
                                && o.overdrachtId().equals(overdrachtId)
                        ? java.util.stream.Stream.of(o)
                        : java.util.stream.Stream.empty())
                .findFirst()
                .orElseThrow(() -> new NotFoundException("overdracht"));
        Optional<JournalEntry<EntryPayload>> beantwoord = found.journal().entries().stream()
                .filter(e -> e.payload() instanceof OverdrachtAntwoord a
                        && a.overdrachtId().equals(overdrachtId))
                .findFirst();
        return new Aanbod(
                found.id(),
                found.betrokkenen().isEmpty()
                        ? ""
                        : found.betrokkenen().getFirst().naam(),
                overdracht,
                beantwoord.map(e -> (OverdrachtAntwoord) e.payload()).orElse(null),
                beantwoord.orElse(null));
    }
}
