package nl.schakel.organisation;

import java.util.List;

/**
 * Whether the meldprotocol in force proves one minimum requirement, and why (a message key with its arguments, in
 * Dutch on the page: "Voor elk team is een afwegingskader gekozen.").
 *
 * @param eis the minimum requirement
 * @param vervuld whether the configuration proves it
 * @param uitlegKey the message key that says why (or what is missing)
 * @param uitlegArgs the arguments of that message (no client data)
 */
public record MinimumeisStatus(Minimumeis eis, boolean vervuld, String uitlegKey, List<String> uitlegArgs) {

    public MinimumeisStatus {
        uitlegArgs = List.copyOf(uitlegArgs);
    }
}
