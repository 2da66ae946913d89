package nl.schakel.organisation.web;

import org.jspecify.annotations.Nullable;

/** The form to add a decree that equates days with a general holiday: its title, where it was published, its days. */
public record BesluitForm(
        @Nullable String naam,
        @Nullable String vindplaats,
        @Nullable String dagen) {

    public static BesluitForm empty() {
        return new BesluitForm(null, null, null);
    }
}
