package nl.schakel.afwegingskader;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.schakel.web.Texts;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The afwegingskader's {@link Text}s shown as the application shows them: from {@code messages/afweging*.properties},
 * through the message format, in Dutch or English.
 */
final class TextFixtures {

    static final Locale NL = Locale.of("nl");
    static final Locale EN = Locale.of("en");

    static final ResourceBundleMessageSource MESSAGES = messages();

    private TextFixtures() {}

    /** The sentences in Dutch, one after the other, as the page shows them. */
    static String nl(List<Text> sentences) {
        return Texts.resolve(MESSAGES, NL, sentences);
    }

    static String nl(Text text) {
        return Texts.resolve(MESSAGES, NL, text);
    }

    static String en(List<Text> sentences) {
        return Texts.resolve(MESSAGES, EN, sentences);
    }

    /** Every message key in these texts, their arguments included. */
    static List<String> keys(List<Text> texts) {
        List<String> keys = new ArrayList<>();
        for (Text text : texts) {
            keys.add(text.key());
            for (Object arg : text.args()) {
                if (arg instanceof Text nested) {
                    keys.addAll(keys(List.of(nested)));
                } else if (arg instanceof List<?> list) {
                    keys.addAll(keys(list.stream().map(Text.class::cast).toList()));
                }
            }
        }
        return keys;
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages/afweging");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setAlwaysUseMessageFormat(true);
        return messages;
    }
}
