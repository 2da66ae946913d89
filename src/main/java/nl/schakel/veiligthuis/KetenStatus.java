package nl.schakel.veiligthuis;

import java.time.Clock;
import nl.schakel.keten.KetenManagement;
import nl.schakel.keten.MeldingStatus;
import nl.schakel.keten.VeiligThuisRegio;
import nl.schakel.keten.VtStatus;
import nl.schakel.veiligthuis.domain.ZaakStatus;
import org.springframework.stereotype.Component;

/**
 * Tells a Schakel melder how far Veilig Thuis is with their melding (through {@code keten}, in the caller's
 * transaction): received with its deadline, besluit taken, closed. Meldingen that did not come from a Schakel dossier
 * have no one to tell this way.
 */
@Component
class KetenStatus {

    private final KetenManagement keten;
    private final Clock clock;

    KetenStatus(KetenManagement keten, Clock clock) {
        this.keten = keten;
        this.clock = clock;
    }

    void meld(Zaak zaak) {
        if (zaak.ketenMeldingId() == null) {
            return;
        }
        VeiligThuisRegio regio = keten.regio(zaak.tenantId()).orElseThrow();
        VtStatus status = status(zaak.status());
        // the deadline tells the melder something only while Veilig Thuis is still assessing
        keten.statusMelden(
                regio,
                new MeldingStatus(
                        zaak.ketenMeldingId(),
                        status,
                        status == VtStatus.ONTVANGEN ? zaak.vbUiterlijk() : null,
                        clock.instant()));
    }

    static VtStatus status(ZaakStatus status) {
        if (status == ZaakStatus.AFGESLOTEN) {
            return VtStatus.AFGESLOTEN;
        }
        return status.inVeiligheidsbeoordeling() ? VtStatus.ONTVANGEN : VtStatus.BESLUIT_GENOMEN;
    }
}
