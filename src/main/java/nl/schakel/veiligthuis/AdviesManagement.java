package nl.schakel.veiligthuis;

import java.time.LocalDate;
import java.util.UUID;
import nl.schakel.audit.ActionCode;
import nl.schakel.shared.Actor;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.journal.JournalEntry;
import nl.schakel.shared.kalender.Werkdagkalender;
import nl.schakel.veiligthuis.domain.AdviesAfgerond;
import nl.schakel.veiligthuis.domain.Classificatie;
import nl.schakel.veiligthuis.domain.EntryPayload;
import nl.schakel.veiligthuis.domain.Intake;
import nl.schakel.veiligthuis.domain.Termijnen;
import nl.schakel.veiligthuis.domain.ZaakStatus;
import nl.schakel.veiligthuis.persistence.ZaakStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ending an advies (spec §3.2, service 1): its outcome in the journal and, when the advies became a melding (omgezet
 * or ambtshalve), the case converted into a melding in the veiligheidsbeoordeling with its deadline counted from now.
 */
@Service
public class AdviesManagement {

    private final ZaakStore store;
    private final ZaakAccess access;
    private final VeiligThuisManagement veiligThuis;
    private final Termijnen termijnen;

    AdviesManagement(ZaakStore store, ZaakAccess access, VeiligThuisManagement veiligThuis, Werkdagkalender kalender) {
        this.store = store;
        this.access = access;
        this.veiligThuis = veiligThuis;
        this.termijnen = new Termijnen(kalender);
    }

    /**
     * Records the outcome of an advies that is still open, for a VT-medewerker or gedragswetenschapper of the region.
     * A conversion makes the case a melding received now: the VB deadline (rule 33) and the classification against the
     * region's own records (rule 55) are set in the same transaction. The outcome must have been checked for the case
     * (rules 44 and 54, see {@link AdviesAfgerond}); it is checked again here against the case.
     */
    @Transactional
    public void afronden(Actor by, UUID id, AdviesAfgerond afgerond) {
        ZaakView zaak = access.accessible(by, id, "veiligthuis.advies.afronden", ActionCode.C);
        access.requireRole(by, ZaakAccess.MELDER_ROLLEN, "veiligthuis.advies.afronden", id);
        if (zaak.zaak().status() != ZaakStatus.ADVIES) {
            throw new InvalidInputException("", "vtintake.fout.geenopenadvies");
        }
        AdviesAfgerond checked = AdviesAfgerond.of(
                afgerond.uitkomst(),
                afgerond.toelichting(),
                zaak.intake().anoniem(),
                !zaak.betrokkenen().isEmpty());
        JournalEntry<EntryPayload> entry = access.append(by, zaak, "veiligthuis.advies.afronden", "advies", checked);
        if (checked.uitkomst().wordtMelding()) {
            nl.schakel.veiligthuis.domain.Dienstverloop.na(
                    zaak.zaak().status(),
                    new nl.schakel.veiligthuis.domain.Overgang.OmzettenInMelding(),
                    nl.schakel.veiligthuis.domain.Dienststand.LEEG);
            LocalDate ontvangen = LocalDate.ofInstant(entry.recordedAt(), Intake.NL);
            Classificatie classificatie = veiligThuis.classificeer(zaak.zaak().tenantId(), zaak.betrokkenen());
            if (!store.omzettenInMelding(
                    id, entry.recordedAt(), termijnen.veiligheidsbeoordelingUiterlijk(ontvangen), classificatie)) {
                throw new InvalidInputException("", "vt.fout.alveranderd");
            }
        } else {
            access.beweeg(
                    zaak,
                    new nl.schakel.veiligthuis.domain.Overgang.AdviesAfronden(),
                    nl.schakel.veiligthuis.domain.Dienststand.LEEG);
        }
    }
}
