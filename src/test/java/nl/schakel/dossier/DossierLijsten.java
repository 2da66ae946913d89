package nl.schakel.dossier;

import java.util.ArrayList;
import java.util.List;
import nl.schakel.shared.Actor;
import nl.schakel.shared.Pagina;
import nl.schakel.shared.Paginering;

/**
 * Every dossier a member's list shows, page after page (ADR-0036). The ITs share one database per test JVM and move
 * the clock forward, so a dossier a test opens is not always on the first page of a busy member's list.
 */
final class DossierLijsten {

    private DossierLijsten() {}

    static List<DossierSummary> alle(DossierManagement dossiers, Actor by) {
        List<DossierSummary> alle = new ArrayList<>();
        for (int nummer = 1; nummer <= Paginering.MAX_PAGINA; nummer++) {
            Pagina<DossierSummary> pagina = dossiers.myDossiers(by, new Paginering(nummer, Paginering.MAX_GROOTTE));
            alle.addAll(pagina.regels());
            if (!pagina.volgende()) {
                break;
            }
        }
        return alle;
    }
}
