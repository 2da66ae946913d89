package nl.schakel.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The glossary's Dutch terms of art stay Dutch on English pages (ADR-0004) and say so: every one in the text of an
 * English page is wrapped in {@code <span lang="nl">}, so a screen reader pronounces it as Dutch (WCAG 2.1 SC 3.1.2,
 * ADR-0029). One list, applied to the rendered page, so no message or template can forget it. Text inside an element
 * that already names its language, and inside elements that cannot hold markup ({@code title}, {@code option},
 * {@code textarea}, {@code script}, {@code style}), is left as it is; so are attributes.
 */
@Configuration(proxyBeanMethods = false)
class DutchTerms {

    /**
     * The Dutch terms (with their plurals) that English pages keep, from the "Dutch source term" column of
     * {@code docs/glossary.md} ({@code DutchTermsTests} checks each is there). Longer terms first, so "Veilig
     * Thuis-regio" is one term and "Raad voor de Kinderbescherming" is not split.
     */
    static final List<String> TERMS = List.of(
            "Veilig Thuis",
            "meldcode",
            "afwegingskader",
            "afwegingskaders",
            "afweging",
            "afwegingen",
            "beslissing",
            "beslissingen",
            "signaal",
            "signalen",
            "melding",
            "meldingen",
            "melder",
            "aandachtsfunctionaris",
            "aandachtsfunctionarissen",
            "beroepskracht",
            "beroepskrachten",
            "beroepscluster",
            "beroepsclusters",
            "kindcheck",
            "mantelzorgcheck",
            "collegiale consultatie",
            "consultatie",
            "betrokkene",
            "betrokkenen",
            "directbetrokkene",
            "directbetrokkenen",
            "veiligheidsbeoordeling",
            "veiligheidsvoorwaarde",
            "veiligheidsvoorwaarden",
            "voorwaarden en vervolg",
            "onderzoek",
            "onderzoeken",
            "besluit",
            "besluiten",
            "verrijking",
            "terugkoppeling",
            "terugkoppelingen",
            "aanvulling",
            "aanvullingen",
            "overdracht",
            "overdrachten",
            "gedragswetenschapper",
            "logverantwoordelijke",
            "platformbeheerder",
            "meldnorm",
            "hermelding",
            "vervolgmelding",
            "vervolgmeldingen",
            "Raad voor de Kinderbescherming",
            "Staatscourant",
            "Algemene termijnenwet",
            "veiligheidstaxatie");

    private static final Pattern TERM = Pattern.compile(
            "(?<![\\p{L}\\p{N}-])(?:"
                    + TERMS.stream()
                            .sorted(Comparator.comparingInt(String::length).reversed())
                            .map(Pattern::quote)
                            .collect(Collectors.joining("|"))
                    + ")(?:-\\p{L}+)*(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A comment, a tag (quoted attribute values may hold any character but their quote), or text up to a tag. */
    private static final Pattern PART = Pattern.compile(
            "<!--.*?-->|<[a-zA-Z/!][^>\"']*(?:(?:\"[^\"]*\"|'[^']*')[^>\"']*)*>|[^<]+|<", Pattern.DOTALL);

    private static final Pattern TAG_NAME = Pattern.compile("^</?([a-zA-Z][a-zA-Z0-9-]*)");
    private static final Pattern LANG = Pattern.compile("\\slang\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern ENGLISH_PAGE = Pattern.compile("<html[^>]*\\slang=\"en\"", Pattern.CASE_INSENSITIVE);
    private static final List<String> NO_MARKUP = List.of("title", "option", "textarea", "script", "style");

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> dutchTermsFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Filter());
        // after everything that may write the page, before nothing that reads it
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    /** The page with each Dutch term in its text marked, when the page is English; otherwise the page itself. */
    static String mark(String html) {
        Matcher head = ENGLISH_PAGE.matcher(html);
        if (!head.find() || head.start() > 500) {
            return html;
        }
        StringBuilder out = new StringBuilder(html.length() + 256);
        Matcher part = PART.matcher(html);
        String skipping = null;
        int depth = 0;
        while (part.find()) {
            String p = part.group();
            if (p.startsWith("<") && p.length() > 1) {
                out.append(p);
                Matcher name = TAG_NAME.matcher(p);
                if (!name.find()) {
                    continue;
                }
                String tag = name.group(1).toLowerCase(Locale.ROOT);
                boolean closing = p.startsWith("</");
                boolean selfClosing = p.endsWith("/>");
                if (skipping == null) {
                    boolean foreign = !tag.equals("html") && LANG.matcher(p).find();
                    if (!closing && !selfClosing && (foreign || NO_MARKUP.contains(tag))) {
                        skipping = tag;
                        depth = 1;
                    }
                } else if (tag.equals(skipping) && !selfClosing) {
                    depth += closing ? -1 : 1;
                    if (depth == 0) {
                        skipping = null;
                    }
                }
            } else if (skipping != null) {
                out.append(p);
            } else {
                out.append(TERM.matcher(p)
                        .replaceAll(m -> "<span lang=\"nl\">" + Matcher.quoteReplacement(m.group()) + "</span>"));
            }
        }
        return out.toString();
    }

    /**
     * Whether the page will be English, decided as {@link LocaleConfiguration} decides it (the parameter, else the
     * cookie, else Dutch); a Dutch page, nearly every page, is not kept back at all.
     */
    static boolean english(HttpServletRequest request) {
        String chosen = request.getParameter(LocaleConfiguration.PARAMETER);
        if (chosen == null && request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (cookie.getName().equals(LocaleConfiguration.COOKIE)) {
                    chosen = cookie.getValue();
                }
            }
        }
        return chosen != null && chosen.toLowerCase(Locale.ROOT).startsWith("en");
    }

    private static final class Filter extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            ContentCachingResponseWrapper page = new ContentCachingResponseWrapper(response);
            try {
                chain.doFilter(request, page);
            } finally {
                String type = page.getContentType();
                if (type != null && type.startsWith("text/html")) {
                    String html = new String(page.getContentAsByteArray(), StandardCharsets.UTF_8);
                    String marked = mark(html);
                    if (!marked.equals(html)) {
                        page.resetBuffer();
                        page.getOutputStream().write(marked.getBytes(StandardCharsets.UTF_8));
                    }
                }
                page.copyBodyToResponse();
            }
        }

        /** The error pages (403, 404, 500) are pages too. */
        @Override
        protected boolean shouldNotFilterErrorDispatch() {
            return false;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            String path = request.getRequestURI();
            // The home page forwards Veilig Thuis roles to /veilig-thuis; after a forward the container closes the
            // response, so a page kept back by this filter would never be written (a blank page).
            return !english(request)
                    || path.equals("/")
                    || path.startsWith("/api/")
                    || path.startsWith("/federatie")
                    || path.startsWith("/css/")
                    || path.startsWith("/js/")
                    || path.startsWith("/webjars/")
                    || path.startsWith("/actuator");
        }
    }
}
