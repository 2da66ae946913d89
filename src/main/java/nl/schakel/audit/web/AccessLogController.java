package nl.schakel.audit.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.schakel.audit.AccessLog;
import nl.schakel.audit.AccessLogEntry;
import nl.schakel.audit.AccessLogPage;
import nl.schakel.audit.AccessLogQuery;
import nl.schakel.shared.Actor;
import nl.schakel.shared.FormErrors;
import nl.schakel.shared.FormValues;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.TenantId;
import nl.schakel.shared.TenantNames;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Search the access log by client or object, user and period, and check the chain. A row of someone of another
 * organisation on one of the reader's records names that organisation (ADR-0021).
 */
@Controller
class AccessLogController {

    private final AccessLog accessLog;
    private final TenantNames tenantNames;

    AccessLogController(AccessLog accessLog, TenantNames tenantNames) {
        this.accessLog = accessLog;
        this.tenantNames = tenantNames;
    }

    @GetMapping("/toegangslog")
    String form(Model model) {
        model.addAttribute("object", "");
        model.addAttribute("gebruiker", "");
        model.addAttribute("van", "");
        model.addAttribute("tot", "");
        return "audit/search";
    }

    /**
     * A search is a POST: the criteria (a client number, a username) stay out of URLs and server logs. The button
     * "Oudere regels" posts the same criteria with {@code voor}, the sequence number the next page starts before.
     */
    @PostMapping("/toegangslog")
    String search(
            @AuthenticationPrincipal Actor actor,
            @RequestParam(required = false) @Nullable String object,
            @RequestParam(required = false) @Nullable String gebruiker,
            @RequestParam(required = false) @Nullable String van,
            @RequestParam(required = false) @Nullable String tot,
            @RequestParam(required = false) @Nullable String voor,
            HttpServletRequest request,
            Model model) {
        model.addAttribute("object", object == null ? "" : object);
        model.addAttribute("gebruiker", gebruiker == null ? "" : gebruiker);
        model.addAttribute("van", van == null ? "" : van);
        model.addAttribute("tot", tot == null ? "" : tot);
        List<AccessLogEntry> rows = null;
        try {
            AccessLogPage page = accessLog.page(
                    actor, new AccessLogQuery(object, gebruiker, date("van", van), date("tot", tot), before(voor)));
            rows = page.rows();
            model.addAttribute("ouder", page.older());
            model.addAttribute("vervolg", voor != null && !voor.isBlank());
        } catch (InvalidInputException e) {
            FormErrors.put(request, e);
        }
        model.addAttribute("rijen", rows);
        TenantId reader = actor.tenantId();
        if (rows != null && reader != null) {
            model.addAttribute("lezer", reader.value());
            model.addAttribute("organisaties", otherOrganisations(rows, reader.value()));
        }
        return "audit/search";
    }

    /** The names of the organisations of the actors who tried to reach the reader's records from outside. */
    private Map<UUID, String> otherOrganisations(List<AccessLogEntry> rows, UUID reader) {
        Map<UUID, String> names = new HashMap<>();
        rows.stream()
                .filter(row -> row.byAnotherOrganisation(reader) && row.tenantId() != null)
                .map(AccessLogEntry::tenantId)
                .distinct()
                .forEach(id -> tenantNames.name(new TenantId(id)).ifPresent(name -> names.put(id, name)));
        return names;
    }

    @GetMapping("/toegangslog/controle")
    String verify(@AuthenticationPrincipal Actor actor, Model model) {
        model.addAttribute("resultaat", accessLog.verify(actor));
        return "audit/verify";
    }

    /** The second factor is older than five minutes: give it again, then come back. */
    @ExceptionHandler(AccessLog.SecondFactorTooOldException.class)
    String stepUp(HttpServletRequest request) {
        return "redirect:/tweede-factor?terug=" + request.getServletPath();
    }

    private static @Nullable Long before(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long seq = Long.parseLong(value.strip());
            if (seq > 0) {
                return seq;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new InvalidInputException("", "toegangslog.fout.voor");
    }

    private static @Nullable LocalDate date(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate date = FormValues.date(value);
        if (date == null) {
            throw new InvalidInputException(field, "toegangslog.fout.datum");
        }
        return date;
    }
}
