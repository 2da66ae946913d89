package nl.schakel.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.schakel.shared.Actor;
import nl.schakel.shared.FormErrors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * What every page template gets: texts from the message bundles, the signed-in actor, the CSRF token, the
 * navigation for the actor's role and whether this is the demo.
 */
public final class Ui {

    /** Dates and times are written one way on every page, Dutch and English alike (ADR-0029). */
    static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d-M-uuuu", Locale.ROOT);
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d-M-uuuu HH:mm", Locale.ROOT);

    private final MessageSource messages;
    private final Locale locale;
    private final @Nullable Actor actor;
    private final @Nullable CsrfToken csrf;
    private final boolean demo;
    private final String path;
    private final HttpServletRequest request;

    Ui(
            MessageSource messages,
            Locale locale,
            @Nullable Actor actor,
            @Nullable CsrfToken csrf,
            boolean demo,
            HttpServletRequest request) {
        this.messages = messages;
        this.locale = locale;
        this.actor = actor;
        this.csrf = csrf;
        this.demo = demo;
        this.path = request.getRequestURI();
        this.request = request;
    }

    /** The text for a message key, with arguments filled in. */
    public String t(String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    /**
     * The text for a message key whose arguments are what users typed (an organisation's own words, a team's name):
     * each argument in {@code <span class="prewrap">}, shown as typed and in the language it was typed in, so an
     * English page may carry the organisation's Dutch words (ADR-0029; {@code TaalIT} reads past them). The text is
     * escaped as any other.
     */
    public gg.jte.Content getypt(String key, Object... args) {
        Object[] markers = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            markers[i] = "\u0000" + i + "\u0000";
        }
        String[] parts = messages.getMessage(key, markers, key, locale).split("\u0000", -1);
        return output -> {
            for (int i = 0; i < parts.length; i++) {
                if (i % 2 == 0) {
                    gg.jte.html.escape.Escape.htmlContent(parts[i], output);
                } else {
                    output.writeContent("<span class=\"prewrap\">");
                    gg.jte.html.escape.Escape.htmlContent(String.valueOf(args[Integer.parseInt(parts[i])]), output);
                    output.writeContent("</span>");
                }
            }
        };
    }

    /** A text of the afwegingskader (a message key with arguments, ADR-0027) in the page's language. */
    public String t(nl.schakel.afwegingskader.Text text) {
        return Texts.resolve(messages, locale, text);
    }

    /** Sentences of the afwegingskader (an explanation, ADR-0027) in the page's language, one after the other. */
    public String t(List<nl.schakel.afwegingskader.Text> sentences) {
        return Texts.resolve(messages, locale, sentences);
    }

    /**
     * The label of an access-log event ({@code gebeurtenis.<code>}), or the code itself when it has none, so the
     * access log never shows a message key.
     */
    public String event(String code) {
        String label = messages.getMessage("gebeurtenis." + code, null, null, locale);
        return label == null ? code : label;
    }

    public String lang() {
        return locale.getLanguage();
    }

    public @Nullable Actor actor() {
        return actor;
    }

    /** Signed in with both factors. */
    public boolean signedIn() {
        return actor != null && actor.secondFactorAt() != null;
    }

    public String csrfName() {
        return csrf == null ? "_csrf" : csrf.getParameterName();
    }

    public String csrfToken() {
        return csrf == null ? "" : csrf.getToken();
    }

    public boolean demo() {
        return demo;
    }

    public List<NavItem> nav() {
        return signedIn() && actor != null ? Navigation.forActor(actor) : List.of();
    }

    public boolean current(String href) {
        return href.equals("/") ? path.equals("/") : path.startsWith(href);
    }

    public String roleLabel() {
        return actor == null ? "" : t("rol." + actor.role().name());
    }

    /**
     * A moment as the Dutch write it, in Dutch time, on Dutch and English pages alike: "5-12-2026 14:03"
     * (ADR-0029).
     */
    public String dateTime(Instant instant) {
        return DATE_TIME.format(instant.atZone(DUTCH_TIME));
    }

    /** A day as the Dutch write it, on Dutch and English pages alike: "5-12-2026" (ADR-0029). */
    public String date(LocalDate date) {
        return DATE.format(date);
    }

    /** The one formatter of days, for templates that format several: the same as {@link #date(LocalDate)}. */
    public DateTimeFormatter dateFormat() {
        return DATE;
    }

    /** The message for a form field's error, or null when the field is fine. */
    public @Nullable String error(String field) {
        String key = errors().get(field);
        return key == null ? null : t(key);
    }

    public boolean hasErrors() {
        return !errors().isEmpty();
    }

    /** The error keys of this request, as the form controllers found them. */
    public Map<String, String> errors() {
        return FormErrors.of(request);
    }
}
