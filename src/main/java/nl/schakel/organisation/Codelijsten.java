package nl.schakel.organisation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.schakel.audit.AccessEvent;
import nl.schakel.audit.AccessLog;
import nl.schakel.audit.ActionCode;
import nl.schakel.organisation.persistence.CodelijstStore;
import nl.schakel.shared.AccessDeniedException;
import nl.schakel.shared.Actor;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.NotFoundException;
import nl.schakel.shared.Role;
import nl.schakel.shared.VormVanGeweld;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The configurable code list "vormen van geweld". Every code belongs to a national category ({@link VormVanGeweld});
 * forms offer the active codes, the dossier stores the chosen codes and their categories. Only the
 * platformbeheerder changes the list; each change writes its access-log row in the same transaction.
 */
@Service
public class Codelijsten {

    private static final String TYPE = "codelijst.vorm";

    private final CodelijstStore store;
    private final AccessLog accessLog;

    Codelijsten(CodelijstStore store, AccessLog accessLog) {
        this.store = store;
        this.accessLog = accessLog;
    }

    /** The active codes in their order, for forms. */
    @Transactional(readOnly = true)
    public List<VormCode> vormenVanGeweld() {
        return store.all().stream().filter(VormCode::actief).toList();
    }

    /** Every code, active or not, for the platformbeheerder's page. */
    @Transactional
    public List<VormCode> alleVormenVanGeweld(Actor by) {
        platformbeheerder(by, "organisation.codelijst.list", ActionCode.R);
        return store.all();
    }

    /** Every code (active or not) by its code, to show the labels of what was chosen earlier. */
    @Transactional(readOnly = true)
    public Map<String, VormCode> alleCodes() {
        Map<String, VormCode> codes = new LinkedHashMap<>();
        store.all().forEach(c -> codes.put(c.code(), c));
        return codes;
    }

    /** The national categories of the chosen codes; an unknown or inactive code is refused on field "vormen". */
    @Transactional(readOnly = true)
    public Set<VormVanGeweld> categorieen(Set<String> codes) {
        return codes.isEmpty() ? Set.of() : Codelijst.categorieen(store.all(), codes);
    }

    /** Adds an active code at the end of the list. */
    @Transactional
    public void voegToe(Actor by, String code, String labelNl, String labelEn, @Nullable VormVanGeweld categorie) {
        platformbeheerder(by, "organisation.codelijst.create", ActionCode.C);
        String clean = code.strip();
        Map<String, String> errors = new LinkedHashMap<>();
        if (!Codelijst.isSlug(clean)) {
            errors.put("code", "codelijst.fout.code");
        } else if (store.find(clean).isPresent()) {
            errors.put("code", "codelijst.fout.bestaat");
        }
        errors.putAll(labelProblems(labelNl, labelEn));
        if (categorie == null) {
            errors.put("categorie", "codelijst.fout.categorie");
        }
        if (!errors.isEmpty() || categorie == null) {
            throw new InvalidInputException(errors);
        }
        int volgorde = store.all().stream().mapToInt(VormCode::volgorde).max().orElse(0) + 10;
        store.insert(new VormCode(clean, labelNl.strip(), labelEn.strip(), categorie, true, volgorde));
        log(by, "organisation.codelijst.create", ActionCode.C, clean);
    }

    /** Offers a code in forms again, or no longer; signalen that chose it keep it. */
    @Transactional
    public void zetActief(Actor by, String code, boolean actief) {
        platformbeheerder(by, "organisation.codelijst.update", ActionCode.U);
        VormCode c = existing(code);
        store.update(new VormCode(c.code(), c.labelNl(), c.labelEn(), c.categorie(), actief, c.volgorde()));
        log(by, "organisation.codelijst.update", ActionCode.U, c.code());
    }

    /** Changes the Dutch and English labels of a code. */
    @Transactional
    public void wijzigLabels(Actor by, String code, String labelNl, String labelEn) {
        platformbeheerder(by, "organisation.codelijst.update", ActionCode.U);
        VormCode c = existing(code);
        Map<String, String> errors = labelProblems(labelNl, labelEn);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        store.update(new VormCode(c.code(), labelNl.strip(), labelEn.strip(), c.categorie(), c.actief(), c.volgorde()));
        log(by, "organisation.codelijst.update", ActionCode.U, c.code());
    }

    /** Moves a code one place up or down the list (the first cannot go up, the last not down). */
    @Transactional
    public void verplaats(Actor by, String code, boolean omhoog) {
        platformbeheerder(by, "organisation.codelijst.update", ActionCode.U);
        VormCode c = existing(code);
        List<VormCode> all = new ArrayList<>(store.all());
        int i = all.indexOf(c);
        int j = omhoog ? i - 1 : i + 1;
        if (j < 0 || j >= all.size()) {
            return;
        }
        all.set(i, all.get(j));
        all.set(j, c);
        for (int k = 0; k < all.size(); k++) {
            VormCode v = all.get(k);
            if (v.volgorde() != (k + 1) * 10) {
                store.update(new VormCode(v.code(), v.labelNl(), v.labelEn(), v.categorie(), v.actief(), (k + 1) * 10));
            }
        }
        log(by, "organisation.codelijst.update", ActionCode.U, c.code());
    }

    private VormCode existing(String code) {
        return store.find(code).orElseThrow(() -> new NotFoundException("codelijst"));
    }

    private static Map<String, String> labelProblems(String labelNl, String labelEn) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (labelNl.isBlank() || labelNl.strip().length() > Codelijst.MAX_LABEL) {
            errors.put("labelNl", "codelijst.fout.labelnl");
        }
        if (labelEn.isBlank() || labelEn.strip().length() > Codelijst.MAX_LABEL) {
            errors.put("labelEn", "codelijst.fout.labelen");
        }
        return errors;
    }

    private void platformbeheerder(Actor by, String event, ActionCode action) {
        if (!by.hasRole(Role.PLATFORMBEHEERDER)) {
            accessLog.recordDenial(AccessEvent.by(by, event, action));
            throw new AccessDeniedException(event);
        }
    }

    private void log(Actor by, String event, ActionCode action, String code) {
        accessLog.record(AccessEvent.by(by, event, action).on(TYPE, code));
    }
}
