package nl.schakel.identity.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Password rules of OWASP ASVS 5.0 (6.2): at least 12 characters, at least 64 (here 128) allowed, any character
 * allowed, no composition rules, and no password from a list of common or breached passwords, nor one that
 * contains the username.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private final Set<String> common;

    /** @param common lower-case common or breached passwords that are refused */
    public PasswordPolicy(Set<String> common) {
        this.common = Set.copyOf(common);
    }

    /** Empty when the password is acceptable, otherwise why not (a message key). */
    public Optional<Refusal> check(String password, String username) {
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of(Refusal.TOO_SHORT);
        }
        if (length > MAX_LENGTH) {
            return Optional.of(Refusal.TOO_LONG);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower) || common.contains(lower.replaceAll("[^\\p{L}\\p{N}]", ""))) {
            return Optional.of(Refusal.COMMON);
        }
        if (!username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of(Refusal.CONTAINS_USERNAME);
        }
        return Optional.empty();
    }

    /** Why a password is refused, with the message key that explains it in plain language. */
    public enum Refusal {
        TOO_SHORT("wachtwoord.fout.kort"),
        TOO_LONG("wachtwoord.fout.lang"),
        COMMON("wachtwoord.fout.bekend"),
        CONTAINS_USERNAME("wachtwoord.fout.gebruikersnaam");

        private final String messageKey;

        Refusal(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }
}
