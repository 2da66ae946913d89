package nl.schakel.veiligthuis;

import java.util.UUID;
import nl.schakel.audit.ActionCode;
import nl.schakel.shared.Actor;
import nl.schakel.veiligthuis.domain.IntakeVastgelegd;
import nl.schakel.veiligthuis.domain.Melder;
import nl.schakel.veiligthuis.persistence.ZaakStore;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The overview for the family (rule 43: a shielded melder's identity never appears in anything meant for the family):
 * built here, from the case's row and its intake only, so that no page can put the melder or the melder's words in it.
 */
@Service
public class GezinsoverzichtManagement {

    private final ZaakStore store;
    private final ZaakAccess access;

    GezinsoverzichtManagement(ZaakStore store, ZaakAccess access) {
        this.store = store;
        this.access = access;
    }

    /** The overview of a case of the actor's region, logged as read for the family. */
    @Transactional
    public Gezinsoverzicht overzicht(Actor by, UUID id) {
        ZaakView zaak = access.accessible(by, id, "veiligthuis.overzicht.read", ActionCode.R);
        access.log(by, "veiligthuis.overzicht.read", ActionCode.R, id, "overzicht");
        Zaak z = zaak.zaak();
        IntakeVastgelegd intake = zaak.intake();
        @Nullable
        Melder melder = VeiligThuisManagement.magMelderZien(by)
                ? store.melder(id).filter(m -> !m.afgeschermd()).orElse(null)
                : null;
        return new Gezinsoverzicht(
                z.soort(),
                z.ontvangenOp(),
                zaak.betrokkenen(),
                intake.vormen(),
                z.status(),
                z.besluitOp() == null ? null : z.besluit(),
                melder == null ? null : melder.naam(),
                melder == null ? null : melder.organisatie());
    }
}
