package nl.schakel.organisation;

import java.util.List;
import java.util.Map;
import nl.schakel.shared.UserId;

/**
 * The implementation checklist of a tenant: every item as it stands, the progress, the history (newest first; of one
 * item on that item's page), and the members by name (who may own an item, and who owned one earlier).
 *
 * @param namen every member of the tenant by id, for the names of owners past and present
 * @param eigenaren the enabled members who may own an item, by name
 */
public record Invoeringsoverzicht(
        List<Invoeringsitem> items,
        Invoeringsvoortgang voortgang,
        List<Invoeringswijziging> geschiedenis,
        Map<UserId, String> namen,
        Map<UserId, String> eigenaren) {

    public Invoeringsoverzicht {
        items = List.copyOf(items);
        geschiedenis = List.copyOf(geschiedenis);
        namen = Map.copyOf(namen);
        eigenaren = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(eigenaren));
    }

    public Invoeringsitem item(Invoeringspunt punt) {
        return items.stream()
                .filter(i -> i.punt() == punt)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no item " + punt));
    }

    public List<Invoeringsitem> implementatie() {
        return items.stream().filter(i -> !i.punt().automatisch()).toList();
    }

    public List<Invoeringsitem> minimumeisen() {
        return items.stream().filter(i -> i.punt().automatisch()).toList();
    }

    /** The member's name, or an empty text for nobody. */
    public String naam(@org.jspecify.annotations.Nullable UserId lid) {
        return lid == null ? "" : namen.getOrDefault(lid, "");
    }
}
