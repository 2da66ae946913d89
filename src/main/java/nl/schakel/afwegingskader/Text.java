package nl.schakel.afwegingskader;

import java.util.Arrays;
import java.util.List;

/**
 * A text for the professional as a message key with its arguments, so that the page and the API show it in the
 * reader's language ({@code messages/afweging.properties} and its English twin). The decision model names what it
 * means; it holds no wording.
 *
 * <p>An argument is a number or a language-neutral string (such as afweging numbers), another {@code Text} (shown in
 * the same language), or a list of {@code Text}s (shown one after the other, separated by "; ").
 *
 * @param key the message key
 * @param args the arguments of the message, in the order of its {@code {0}}, {@code {1}} …
 */
public record Text(String key, List<Object> args) {

    public Text {
        if (key.isBlank()) {
            throw new IllegalArgumentException("a text needs a message key");
        }
        args = List.copyOf(args);
    }

    public static Text of(String key, Object... args) {
        return new Text(key, Arrays.asList(args));
    }
}
