package nl.schakel.shared;

import java.time.LocalDate;
import java.util.List;

/**
 * Reminders a module has for the signed-in user, shown on the home page; the module decides what to show and logs
 * the read. The web shell only lists them.
 */
public interface Herinneringen {

    /**
     * One reminder.
     *
     * @param href the page to go to, without personal data
     * @param messageKey the text, with {@code datum} as its argument
     * @param datum the date it is about
     */
    record Herinnering(String href, String messageKey, LocalDate datum) {}

    /** The open reminders of this user; empty for a user the module has none for. */
    List<Herinnering> open(Actor actor);
}
