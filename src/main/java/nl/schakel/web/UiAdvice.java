package nl.schakel.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import nl.schakel.shared.Actor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the {@link Ui}. */
@ControllerAdvice
class UiAdvice {

    private final MessageSource messages;
    private final boolean demo;

    UiAdvice(MessageSource messages, @Value("${schakel.demo.enabled:false}") boolean demo) {
        this.messages = messages;
        this.demo = demo;
    }

    @ModelAttribute("ui")
    Ui ui(HttpServletRequest request, Locale locale) {
        return create(request, locale);
    }

    Ui create(HttpServletRequest request, Locale locale) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        Actor actor = auth != null && auth.getPrincipal() instanceof Actor a ? a : null;
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return new Ui(messages, locale, actor, csrf, demo, request);
    }
}
