package nl.schakel.web;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.schakel.afwegingskader.Text;
import org.springframework.context.MessageSource;

/**
 * Shows the afwegingskader's {@link Text}s (message keys with arguments, ADR-0027) in one language: an argument that
 * is itself a {@code Text} is shown in the same language, a list of them one after the other with "; ", and the
 * sentences of an explanation one after the other. The page ({@link Ui#t(Text)}) and the API use it.
 */
public final class Texts {

    private Texts() {}

    /** The text in this language; a key without a message shows as the key. */
    public static String resolve(MessageSource messages, Locale locale, Text text) {
        Object[] args =
                text.args().stream().map(arg -> argument(messages, locale, arg)).toArray();
        return messages.getMessage(text.key(), args, text.key(), locale);
    }

    /** Sentences in this language, one after the other. */
    public static String resolve(MessageSource messages, Locale locale, List<Text> sentences) {
        return sentences.stream().map(text -> resolve(messages, locale, text)).collect(Collectors.joining(" "));
    }

    private static Object argument(MessageSource messages, Locale locale, Object arg) {
        return switch (arg) {
            case Text text -> resolve(messages, locale, text);
            case List<?> list ->
                list.stream()
                        .map(element -> String.valueOf(argument(messages, locale, element)))
                        .collect(Collectors.joining("; "));
            default -> arg;
        };
    }
}
