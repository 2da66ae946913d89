package nl.schakel.shared;

import java.util.Optional;

/**
 * A burgerservicenummer: nine digits that pass the elfproef (9·d1 + 8·d2 + … + 2·d8 − 1·d9 is divisible by 11),
 * and not all zeros. {@link #toString()} masks the number so that it cannot end up in a log by accident.
 */
public record Bsn(String value) {

    public Bsn {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a valid BSN");
        }
    }

    /** The BSN in {@code text} (spaces and dots ignored), or empty when it is not a valid one. */
    public static Optional<Bsn> parse(String text) {
        String digits = text.replace(" ", "").replace(".", "");
        return isValid(digits) ? Optional.of(new Bsn(digits)) : Optional.empty();
    }

    /** Whether the text holds a valid BSN: nine digits in a row (spaces and dots ignored) that pass the elfproef. */
    public static boolean occursIn(String text) {
        String digits = text.replace(" ", "").replace(".", "");
        java.util.regex.Matcher m = NINE_DIGITS.matcher(digits);
        while (m.find()) {
            if (isValid(m.group())) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern NINE_DIGITS = java.util.regex.Pattern.compile("(?<!\\d)\\d{9}(?!\\d)");

    public static boolean isValid(String digits) {
        if (digits.length() != 9 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        if (digits.equals("000000000")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (digits.charAt(i) - '0');
        }
        sum -= digits.charAt(8) - '0';
        return sum % 11 == 0;
    }

    @Override
    public String toString() {
        return "Bsn[*********]";
    }
}
