package nl.schakel.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.util.List;
import nl.schakel.identity.Enrolment;
import nl.schakel.identity.IdentityManagement;
import nl.schakel.identity.LoginResult;
import nl.schakel.shared.Actor;
import nl.schakel.shared.FormErrors;
import nl.schakel.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The second factor: a code from the authenticator app (or a recovery code), and setting the app up at the first
 * login. Also the step-up for pages that need a second factor given in the last minutes.
 */
@Controller
class SecondFactorController {

    private static final String ENROLMENT = "schakel.enrolment";

    private final IdentityManagement identity;
    private final SecurityContextRepository contexts;
    private final Clock clock;

    SecondFactorController(IdentityManagement identity, SecurityContextRepository contexts, Clock clock) {
        this.identity = identity;
        this.contexts = contexts;
        this.clock = clock;
    }

    @GetMapping("/tweede-factor")
    String form(
            @AuthenticationPrincipal Actor actor,
            @RequestParam(required = false) @Nullable String terug,
            HttpServletRequest request,
            Model model) {
        if (!identity.secondFactorEnrolled(actor.userId())) {
            return "redirect:/tweede-factor/instellen";
        }
        // after a session that ended with a form open: back to that form (ExpiredSession)
        model.addAttribute("terug", safeTarget(terug != null ? terug : ExpiredSession.target(request)));
        model.addAttribute("stapOmhoog", actor.secondFactorAt() != null);
        return "identity/second-factor";
    }

    @PostMapping("/tweede-factor")
    String verify(
            @AuthenticationPrincipal Actor actor,
            @RequestParam(defaultValue = "") String code,
            @RequestParam(required = false) @Nullable String terug,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        return finish(identity.checkSecondFactor(actor, code), "code", actor, terug, request, response, model);
    }

    @PostMapping("/tweede-factor/herstelcode")
    String recover(
            @AuthenticationPrincipal Actor actor,
            @RequestParam(defaultValue = "") String herstelcode,
            @RequestParam(required = false) @Nullable String terug,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        return finish(
                identity.checkRecoveryCode(actor, herstelcode), "herstelcode", actor, terug, request, response, model);
    }

    @GetMapping("/tweede-factor/instellen")
    String enrolForm(@AuthenticationPrincipal Actor actor, HttpSession session, Model model) {
        if (identity.secondFactorEnrolled(actor.userId())) {
            return "redirect:/tweede-factor";
        }
        Enrolment enrolment = identity.startEnrolment(actor);
        session.setAttribute(ENROLMENT, enrolment);
        model.addAttribute("enrolment", enrolment);
        return "identity/enrol";
    }

    @PostMapping("/tweede-factor/instellen")
    String enrol(
            @AuthenticationPrincipal Actor actor,
            @RequestParam(defaultValue = "") String code,
            HttpServletRequest request,
            HttpServletResponse response,
            HttpSession session,
            Model model) {
        if (!(session.getAttribute(ENROLMENT) instanceof Enrolment enrolment)) {
            return "redirect:/tweede-factor/instellen";
        }
        try {
            List<String> codes = identity.completeEnrolment(actor, enrolment.secret(), code);
            session.removeAttribute(ENROLMENT);
            signIn(actor.withSecondFactorAt(clock.instant()), request, response);
            model.addAttribute("codes", codes);
            return "identity/recovery-codes";
        } catch (InvalidInputException e) {
            FormErrors.put(request, e);
            model.addAttribute("enrolment", enrolment);
            return "identity/enrol";
        }
    }

    private String finish(
            LoginResult result,
            String field,
            Actor actor,
            @Nullable String terug,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        return switch (result) {
            case LoginResult.Accepted accepted -> {
                String target = terug != null ? terug : ExpiredSession.target(request);
                ExpiredSession.forget(request);
                signIn(accepted.actor(), request, response);
                yield "redirect:" + safeTarget(target);
            }
            case LoginResult.Failed failed -> again(field, "tweedefactor.fout.code", actor, terug, request, model);
            case LoginResult.Throttled throttled ->
                again(field, "tweedefactor.fout.afgeremd", actor, terug, request, model);
        };
    }

    private String again(
            String field, String key, Actor actor, @Nullable String terug, HttpServletRequest request, Model model) {
        FormErrors.put(request, new InvalidInputException(field, key));
        model.addAttribute("terug", safeTarget(terug));
        model.addAttribute("stapOmhoog", actor.secondFactorAt() != null);
        return "identity/second-factor";
    }

    /** Both factors given: a new session id, and the role's authorities in the session. */
    private void signIn(Actor actor, HttpServletRequest request, HttpServletResponse response) {
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(Factors.complete(actor));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }

    /** Only a path within Schakel, never another site (no open redirect). */
    static String safeTarget(@Nullable String target) {
        if (target == null || !target.matches("/[A-Za-z0-9/_-]*") || target.startsWith("//")) {
            return "/";
        }
        return target;
    }
}
