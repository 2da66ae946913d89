package nl.schakel.veiligthuis;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.schakel.audit.AccessLog;
import nl.schakel.audit.ActionCode;
import nl.schakel.shared.AccessDeniedException;
import nl.schakel.shared.Actor;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.NotFoundException;
import nl.schakel.shared.Role;
import nl.schakel.veiligthuis.domain.Afspraak;
import nl.schakel.veiligthuis.domain.Dienststand;
import nl.schakel.veiligthuis.domain.EntryPayload;
import nl.schakel.veiligthuis.domain.Overgang;
import nl.schakel.veiligthuis.domain.Veiligheidsvoorwaarde;
import nl.schakel.veiligthuis.domain.Veiligheidsvoorwaarden;
import nl.schakel.veiligthuis.domain.VierOgen;
import nl.schakel.veiligthuis.domain.VoorwaardeWijziging;
import nl.schakel.veiligthuis.domain.VoorwaardeWijzigingBeoordeeld;
import nl.schakel.veiligthuis.domain.ZaakStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Voorwaarden en vervolg (domain spec §3.6, rule 40): the veiligheidsvoorwaarden Veilig Thuis sets, which change only
 * through a new decision approved by a gedragswetenschapper who did not propose it (four eyes), the afspraken on who
 * does what, and the move to the overdracht once at least one voorwaarde is set. The onderzoek, the overdracht and
 * monitoring set voorwaarden through {@link #stelVast} as well. Every step is a journal entry with its access-log row
 * in the same transaction; nothing changes an entry in place.
 */
@Service
public class VoorwaardenEnVervolg {

    private static final String WIJZIGING = "veiligthuis.voorwaarde.wijziging";
    private static final String GOEDKEURING = "veiligthuis.voorwaarde.goedkeuring";

    private final ZaakAccess access;
    private final AccessLog accessLog;

    VoorwaardenEnVervolg(ZaakAccess access, AccessLog accessLog) {
        this.access = access;
        this.accessLog = accessLog;
    }

    /** Today in Dutch time: an afspraak's end date may not be before it. */
    public LocalDate vandaag() {
        return access.vandaag();
    }

    /**
     * The case for a page on which the actor records voorwaarden, changes or afspraken: a VT-medewerker or
     * gedragswetenschapper of the region. Others are refused and the attempt is logged; the read is logged.
     */
    @Transactional
    public ZaakView vastleggen(Actor by, UUID id) {
        return lees(by, id, ZaakAccess.MELDER_ROLLEN);
    }

    /** The case for the page on which a gedragswetenschapper judges the proposed changes; others are refused. */
    @Transactional
    public ZaakView beoordelen(Actor by, UUID id) {
        return lees(by, id, Set.of(Role.GEDRAGSWETENSCHAPPER));
    }

    /**
     * Sets a veiligheidsvoorwaarde, while the case is in a service where they are decided ({@link
     * Veiligheidsvoorwaarden#inDienst}).
     *
     * @return the voorwaarde's own id
     */
    @Transactional
    public UUID stelVast(Actor by, UUID id, Veiligheidsvoorwaarde voorwaarde) {
        vastleggen(by, id, "veiligthuis.voorwaarde", voorwaarde);
        return voorwaarde.voorwaarde();
    }

    /**
     * Proposes a change of a voorwaarde: a new decision with its reason, which takes effect only when another
     * gedragswetenschapper approves it. One change per voorwaarde waits at a time.
     *
     * @return the id of the proposal's journal entry
     */
    @Transactional
    public UUID stelWijzigingVoor(Actor by, UUID id, VoorwaardeWijziging wijziging) {
        ZaakView zaak = toegang(by, id, WIJZIGING);
        Veiligheidsvoorwaarden voorwaarden = Veiligheidsvoorwaarden.van(zaak.journal());
        if (voorwaarden.voorwaarde(wijziging.voorwaarde()).isEmpty()) {
            throw new NotFoundException("veiligheidsvoorwaarde");
        }
        inDienst(zaak);
        voorwaarden.wijzigingBezwaar(wijziging).ifPresent(key -> {
            throw new InvalidInputException("", key);
        });
        return access.append(by, zaak, WIJZIGING, "voorwaarden", wijziging).id();
    }

    /**
     * Approves or rejects a proposed change, by a gedragswetenschapper who did not propose it. Approved, the new
     * wording is in force and the old one stays in the journal; rejected (with a toelichting), the voorwaarde stays as
     * it was. Refusals of the person are logged as denials.
     *
     * @param wijziging the id of the proposal's journal entry
     * @param goedgekeurd {@code null} when not chosen (refused with the other problems of the form)
     */
    @Transactional
    public void beoordeelWijziging(
            Actor by, UUID id, UUID wijziging, @Nullable Boolean goedgekeurd, String toelichting) {
        ZaakView zaak = access.accessible(by, id, GOEDKEURING, ActionCode.U);
        if (by.role() != Role.GEDRAGSWETENSCHAPPER) {
            accessLog.recordDenial(ZaakAccess.event(by, GOEDKEURING, ActionCode.U, id));
            throw new AccessDeniedException(GOEDKEURING);
        }
        Veiligheidsvoorwaarden.OpenWijziging open = Veiligheidsvoorwaarden.van(zaak.journal())
                .openWijziging(wijziging)
                .orElseThrow(() -> new InvalidInputException("", "voorwaarde.fout.geenwijziging"));
        Optional<String> bezwaar = VierOgen.bezwaar(open.entry().authorId(), by.userId(), by.role(), "voorwaarde");
        if (bezwaar.isPresent()) {
            accessLog.recordDenial(ZaakAccess.event(by, GOEDKEURING, ActionCode.U, id));
            throw new InvalidInputException("", bezwaar.get());
        }
        access.append(
                by,
                zaak,
                GOEDKEURING,
                "voorwaarden",
                VoorwaardeWijzigingBeoordeeld.of(wijziging, goedgekeurd, toelichting));
    }

    /** Records an afspraak with the directbetrokkenen and professionals on who does what. */
    @Transactional
    public void legAfspraakVast(Actor by, UUID id, Afspraak afspraak) {
        vastleggen(by, id, "veiligthuis.afspraak", afspraak);
    }

    /**
     * Ends voorwaarden en vervolg: the case moves to the overdracht, which comes before monitoring. Refused while no
     * veiligheidsvoorwaarde is set, or when the case is in another service.
     */
    @Transactional
    public ZaakStatus naarOverdracht(Actor by, UUID id) {
        String event = "veiligthuis.naaroverdracht";
        ZaakView zaak = toegang(by, id, event);
        ZaakStatus naar = access.beweeg(zaak, new Overgang.NaarOverdracht(), Dienststand.van(zaak.journal()));
        access.log(by, event, ActionCode.U, id, "dienst");
        return naar;
    }

    private void vastleggen(Actor by, UUID id, String event, EntryPayload payload) {
        ZaakView zaak = toegang(by, id, event);
        inDienst(zaak);
        access.append(by, zaak, event, "voorwaarden", payload);
    }

    private static void inDienst(ZaakView zaak) {
        if (!Veiligheidsvoorwaarden.inDienst(zaak.zaak().status())) {
            throw new InvalidInputException("", "voorwaarde.fout.status");
        }
    }

    private ZaakView lees(Actor by, UUID id, Set<Role> rollen) {
        String event = "veiligthuis.voorwaarden.read";
        ZaakView zaak = access.accessible(by, id, event, ActionCode.R);
        access.requireRole(by, rollen, event, id);
        access.log(by, event, ActionCode.R, id, "voorwaarden");
        return zaak;
    }

    /** The case for a VT-medewerker or gedragswetenschapper of its region; others are refused and logged. */
    private ZaakView toegang(Actor by, UUID id, String event) {
        ZaakView zaak = access.accessible(by, id, event, ActionCode.C);
        access.requireRole(by, ZaakAccess.MELDER_ROLLEN, event, id);
        return zaak;
    }
}
