package nl.schakel.dossier;

import java.util.UUID;
import java.util.function.Function;
import nl.schakel.audit.ActionCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The whole dossier as one document (its betrokkenen and every journal entry with who wrote it when, and what each
 * correction corrects), for whoever may work on the dossier. Each export writes its access-log row in the same
 * transaction as the read.
 */
@Service
public class DossierExport {

    private final DossierAccess access;

    DossierExport(DossierAccess access) {
        this.access = access;
    }

    /**
     * Renders the dossier with the given renderer (the web layer's PDF) and logs the export.
     *
     * @return what the renderer made of the dossier
     */
    @Transactional
    public byte[] export(nl.schakel.shared.Actor by, UUID id, Function<DossierView, byte[]> renderer) {
        DossierView view = DossierView.of(access.accessible(by, id, "dossier.export", ActionCode.R));
        byte[] document = renderer.apply(view);
        access.log(by, "dossier.export", ActionCode.R, id, "dossier");
        return document;
    }
}
