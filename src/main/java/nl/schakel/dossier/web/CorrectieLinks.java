package nl.schakel.dossier.web;

import java.util.Map;
import nl.schakel.dossier.DossierView;
import nl.schakel.dossier.EntryView;
import nl.schakel.dossier.domain.EntryKind;
import nl.schakel.dossier.domain.Signaleren;
import org.jspecify.annotations.Nullable;

/**
 * Where each kind of journal entry is corrected: its own form, opened with {@code ?corrigeer=<entry>}, prefilled with
 * the entry's content and asking for the reason. A kind with a form hooks in with one line here; a kind without one
 * (a dossier link) has no "Corrigeren" link.
 */
public final class CorrectieLinks {

    /** The path under {@code /dossiers/{id}/} of each kind's form. */
    private static final Map<EntryKind, String> FORMS = Map.of(
            EntryKind.SIGNAAL, "signalen",
            EntryKind.CONSULTATIE, "consultaties",
            EntryKind.GESPREK, "gesprek",
            EntryKind.KINDCHECK, "kindcheck",
            EntryKind.MANTELZORGCHECK, "mantelzorgcheck",
            EntryKind.MEDEWERKER_ROUTE, "medewerker");

    private CorrectieLinks() {}

    /**
     * The link to correct the entry, or {@code null} when its kind has no form, a later entry corrects it, or the
     * actor may not record its kind (a member who only signals corrects signalen only, rule 24).
     */
    public static @Nullable String href(DossierView dossier, EntryView entry) {
        String form = FORMS.get(entry.kind());
        if (form == null || entry.corrected() || !Signaleren.magVastleggen(dossier.alleenSignaleren(), entry.kind())) {
            return null;
        }
        return "/dossiers/" + dossier.id() + "/" + form + "?corrigeer=" + entry.id();
    }
}
