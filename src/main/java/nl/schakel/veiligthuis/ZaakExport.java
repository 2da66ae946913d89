package nl.schakel.veiligthuis;

import java.util.UUID;
import java.util.function.Function;
import nl.schakel.audit.ActionCode;
import nl.schakel.shared.Actor;
import nl.schakel.veiligthuis.domain.Dienstgeschiedenis;
import nl.schakel.veiligthuis.domain.Melder;
import nl.schakel.veiligthuis.domain.Veiligheidsvoorwaarden;
import nl.schakel.veiligthuis.persistence.ZaakStore;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The whole case as one document (the case file) for the Veilig Thuis staff of its region: every journal entry, the
 * services, the veiligheidsvoorwaarden with their history. The melder's identity is in it only for a role that may see
 * the melder, and never when the melder is shielded from the family (rule 43): a document can leave the office. Each
 * export writes its access-log row in the same transaction as the read; the region's API client gets no case file,
 * but reads the services, terms and voorwaarden of its region's cases ({@link #diensten}).
 */
@Service
public class ZaakExport {

    static final String EVENT = "veiligthuis.export";
    static final String DIENSTEN = "veiligthuis.diensten.read";

    private final ZaakAccess access;
    private final ZaakStore store;

    ZaakExport(ZaakAccess access, ZaakStore store) {
        this.access = access;
        this.store = store;
    }

    /**
     * Renders the case file with the given renderer (the web layer's PDF) and logs the export; another region's case
     * is not found, and the refusal is logged.
     *
     * @return what the renderer made of the case file
     */
    @Transactional
    public byte[] export(Actor by, UUID id, Function<Zaakdossier, byte[]> renderer) {
        ZaakView zaak = access.accessible(by, id, EVENT, ActionCode.R);
        access.requireRole(by, ZaakAccess.VT_ROLLEN, EVENT, id);
        @Nullable
        Melder melder = VeiligThuisManagement.magMelderZien(by)
                ? store.melder(id).filter(m -> !m.afgeschermd()).orElse(null)
                : null;
        byte[] document = renderer.apply(new Zaakdossier(
                zaak,
                melder,
                Dienstgeschiedenis.van(zaak.zaak().status(), zaak.journal()),
                Veiligheidsvoorwaarden.van(zaak.journal())));
        access.log(by, EVENT, ActionCode.R, id, melder == null ? "zaakdossier" : "zaakdossier met melder");
        return document;
    }

    /**
     * Where a case of the actor's region stands in the services, for the region's own record system: its row (status
     * and terms), the services it went through with the besluit, and the veiligheidsvoorwaarden with every version.
     * Never the melder or the journal's texts. Logged; another region's case is not found, and the refusal is logged.
     */
    @Transactional
    public Dienstoverzicht diensten(Actor by, UUID id) {
        ZaakView zaak = access.accessible(by, id, DIENSTEN, ActionCode.R);
        access.log(by, DIENSTEN, ActionCode.R, id, "diensten");
        return new Dienstoverzicht(
                zaak.zaak(),
                Dienstgeschiedenis.van(zaak.zaak().status(), zaak.journal()),
                Veiligheidsvoorwaarden.van(zaak.journal()),
                zaak.monitoring()
                        .flatMap(nl.schakel.veiligthuis.domain.Monitoringsplan::volgende)
                        .map(nl.schakel.veiligthuis.domain.Monitoringsplan.Moment::datum)
                        .orElse(null));
    }

    /**
     * A case's row with the services it went through, its veiligheidsvoorwaarden and, in monitoring, the day of its next
     * planned monitoring moment.
     */
    public record Dienstoverzicht(
            Zaak zaak,
            Dienstgeschiedenis diensten,
            Veiligheidsvoorwaarden voorwaarden,
            java.time.@org.jspecify.annotations.Nullable LocalDate volgendMonitoringsmoment) {}
}
