package nl.schakel.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/**
 * One language at a time (ADR-0029): every page that {@link AccessibilityIT} walks, as the user who sees it, has no
 * English word on the Dutch page and, fetched again with {@code ?taal=en}, no Dutch word on the English page, outside
 * elements that say they are in the other language ({@code lang="nl"} for the glossary's Dutch terms and names,
 * {@code lang="en"} for the language link), and outside what users typed ({@code .prewrap}, shown as typed) and
 * codes ({@code code}).
 *
 * <p>The walk is {@link AccessibilityIT}'s: this class runs its tests with the page check replaced by the language
 * check. The Dutch page is the one the walk shows (with errors where it made them); the English page is the same
 * address fetched in the same session with {@code ?taal=en} (a GET, so a page shown after a rejected POST is checked
 * in English without its errors; the errors are message keys, whose English twins {@code MessageBundlesTests} checks).
 */
class TaalIT extends AccessibilityIT {

    /** Common Dutch words that are not English words: one on an English page means a text was not translated. */
    static final Set<String> DUTCH = Set.of(
            "aan",
            "alle",
            "als",
            "bij",
            "dat",
            "deze",
            "die",
            "dit",
            "door",
            "een",
            "geen",
            "heeft",
            "het",
            "hoe",
            "kunt",
            "maar",
            "met",
            "moet",
            "naar",
            "niet",
            "nieuwe",
            "nog",
            "ook",
            "opslaan",
            "terug",
            "tot",
            "uit",
            "uw",
            "van",
            "voor",
            "waar",
            "wat",
            "welke",
            "wie",
            "wij",
            "wordt",
            "worden",
            "zijn",
            "zoeken",
            "annuleren",
            "toevoegen",
            "wijzigen",
            "verwijderen",
            "inloggen",
            "uitloggen",
            "wachtwoord",
            "gebruiker",
            "datum",
            "naam",
            "ja",
            "nee",
            "en",
            "op",
            "te",
            "er",
            "om",
            "verplicht",
            "bekijken",
            "toelichting",
            "afgerond",
            "reden",
            "uiterlijk");

    /** Common English words that are not Dutch words: one on a Dutch page means a text was left in English. */
    static final Set<String> ENGLISH = Set.of(
            "the",
            "and",
            "save",
            "back",
            "with",
            "your",
            "you",
            "this",
            "that",
            "please",
            "cancel",
            "submit",
            "delete",
            "search",
            "password",
            "from",
            "will",
            "are",
            "have",
            "been",
            "which",
            "what",
            "when",
            "where",
            "should",
            "must",
            "new",
            "edit",
            "add",
            "yes",
            "page",
            "not",
            "for",
            "there",
            "their",
            "other",
            "about",
            "required",
            "optional",
            "sign",
            "name",
            "date");

    private static final Pattern GLOSSARY_TERM = Pattern.compile(
            DutchTerms.TERMS.stream().map(Pattern::quote).collect(java.util.stream.Collectors.joining("|")),
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A word; a hyphenated compound such as "Demo-wachtwoord-2026" or "nieuw-8582d766" is one word. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*");

    /**
     * The texts of a document a user sees or hears (text, labels in attributes, the title), each outside any element
     * whose {@code lang} differs from the page's. The first argument is the address to fetch, or null for the shown
     * page.
     */
    private static final String TEXTS = """
            const done = arguments[arguments.length - 1];
            const address = arguments[0];
            const restore = arguments[1];
            function texts(doc) {
              const page = (doc.documentElement.getAttribute('lang') || '').toLowerCase();
              const out = [];
              const foreign = el => { const l = el.closest('[lang]'); return (l && l !== doc.documentElement
                  && (l.getAttribute('lang') || '').toLowerCase() !== page) || el.closest('.prewrap, code'); };
              const walker = doc.createTreeWalker(doc.documentElement, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
              for (let n = walker.currentNode; n; n = walker.nextNode()) {
                if (n.nodeType === Node.TEXT_NODE) {
                  const el = n.parentElement;
                  if (!el || ['SCRIPT', 'STYLE', 'TEXTAREA'].includes(el.tagName) || foreign(el)) continue;
                  const t = n.textContent.trim();
                  if (t) out.push(t);
                } else {
                  if (foreign(n)) continue;
                  for (const a of ['aria-label', 'title', 'placeholder', 'alt', 'aria-description']) {
                    const v = n.getAttribute(a); if (v && v.trim()) out.push(v.trim());
                  }
                  if (n.tagName === 'INPUT' && ['submit', 'button'].includes(n.type) && n.value) out.push(n.value);
                }
              }
              return out;
            }
            if (!address) { done({lang: document.documentElement.lang, texts: texts(document)}); return; }
            fetch(address, {credentials: 'same-origin'}).then(async r => {
              const html = await r.text();
              await fetch(restore, {credentials: 'same-origin'});
              if (!r.ok || !(r.headers.get('content-type') || '').includes('text/html')) { done(null); return; }
              const doc = new DOMParser().parseFromString(html, 'text/html');
              done({lang: doc.documentElement.lang, texts: texts(doc)});
            }).catch(e => done({error: String(e)}));
            """;

    private final List<String> findings = new ArrayList<>();

    /**
     * Addresses whose GET changes what the shown page relies on, so they are not fetched again in English: the
     * set-up page of the second factor makes a new secret each time it is shown.
     */
    static final Set<String> NOT_FETCHED_AGAIN = Set.of("/tweede-factor/instellen");

    @Override
    void assertAccessible(String page) {
        // the walk may go on as soon as the address changed; read the page once it is there
        waiting().until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        findings.addAll(check(page));
    }

    @AfterEach
    void noPageMixedItsLanguages() {
        List<String> found = List.copyOf(findings);
        findings.clear();
        assertThat(found).as("words in the other language").isEmpty();
    }

    /** Says which page it was on when the page has no way to log out. */
    @Override
    void logOut() {
        assertThat(driver().findElements(org.openqa.selenium.By.cssSelector(
                        "header form[action='/uitloggen'] button[type=submit]")))
                .as(
                        "the log-out button on %s: %s",
                        driver().getCurrentUrl(), shorten(find("body").getText()))
                .isNotEmpty();
        super.logOut();
    }

    @Override
    @Test
    void theCheckItselfFindsViolations() {
        driver().get("data:text/html;charset=utf-8,<html lang='nl'><body><p>Opslaan or save the form.</p>"
                + "<p lang='en'>English</p></body></html>");
        assertThat(foreignWords("nl", List.of("Opslaan or save the form.", "Bewaar het formulier")))
                .containsExactly("save", "the");
        assertThat(foreignWords("en", List.of("Save the form", "Veilig Thuis en de meldcode")))
                .containsExactly("en");
        assertThat(foreignWords("en", List.of("Request to the Raad voor de Kinderbescherming – Schakel")))
                .isEmpty();
        assertAccessible("a Dutch page with English");
        assertThatThrownBy(this::noPageMixedItsLanguages)
                .hasMessageContaining("\"save\" in \"Opslaan or save the form.\"")
                .hasMessageNotContaining("in \"English\"");
    }

    /** The findings on the shown page and on the same address in English. */
    @SuppressWarnings("unchecked")
    private List<String> check(String page) {
        List<String> found = new ArrayList<>();
        JavascriptExecutor js = (JavascriptExecutor) driver();
        Map<String, Object> shown = (Map<String, Object>) js.executeAsyncScript(TEXTS, null, null);
        report(page, driver().getCurrentUrl(), shown, found);
        if (driver().getCurrentUrl().startsWith("http") && !NOT_FETCHED_AGAIN.contains(path())) {
            String address = driver().getCurrentUrl().replaceAll("#.*$", "");
            String sep = address.contains("?") ? "&" : "?";
            Map<String, Object> english = (Map<String, Object>)
                    js.executeAsyncScript(TEXTS, address + sep + "taal=en", address + sep + "taal=nl");
            if (english != null) {
                report(page + " in English", address, english, found);
            }
        }
        return found;
    }

    @SuppressWarnings("unchecked")
    private static void report(String page, String address, Map<String, Object> result, List<String> found) {
        assertThat(result.get("error")).as("fetching %s", address).isNull();
        String lang = String.valueOf(result.get("lang"));
        for (String text : (List<String>) result.get("texts")) {
            for (String word : foreignWords(lang, List.of(text))) {
                found.add("%s (%s): \"%s\" in \"%s\"".formatted(page, address, word, shorten(text)));
            }
        }
    }

    /**
     * The words of the texts that belong to the other language than the page's. On an English page the glossary's
     * Dutch terms ({@link DutchTerms#TERMS}) are not counted: they belong there, marked where the element can hold
     * markup, and cannot be marked in a page's title or an option.
     */
    static List<String> foreignWords(String lang, List<String> texts) {
        Set<String> other = lang.equals("en") ? DUTCH : ENGLISH;
        Set<String> words = new LinkedHashSet<>();
        for (String text : texts) {
            var m = WORD.matcher(lang.equals("en") ? GLOSSARY_TERM.matcher(text).replaceAll(" ") : text);
            while (m.find()) {
                String word = m.group().toLowerCase(Locale.ROOT);
                if (other.contains(word)) {
                    words.add(word);
                }
            }
        }
        return List.copyOf(words);
    }

    private static String shorten(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() > 160 ? flat.substring(0, 160) + "…" : flat;
    }
}
