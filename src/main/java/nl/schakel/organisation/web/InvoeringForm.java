package nl.schakel.organisation.web;

import nl.schakel.organisation.Invoeringsitem;
import nl.schakel.organisation.Invoeringsregels;
import org.jspecify.annotations.Nullable;

/** The form to change an implementation item: its owner, status, due date and note. */
public record InvoeringForm(
        @Nullable String eigenaar,
        @Nullable String status,
        @Nullable String streefdatum,
        @Nullable String toelichting) {

    /** The form filled with what the item is now. */
    static InvoeringForm van(Invoeringsitem item) {
        var stand = item.stand();
        return new InvoeringForm(
                stand.eigenaar() == null ? "" : stand.eigenaar().value().toString(),
                stand.status() == null ? "" : stand.status().name(),
                stand.streefdatum() == null ? "" : stand.streefdatum().toString(),
                stand.toelichting() == null ? "" : stand.toelichting());
    }

    Invoeringsregels.Invoer invoer() {
        return new Invoeringsregels.Invoer(
                Forms.text(eigenaar), Forms.text(status), Forms.text(streefdatum), Forms.text(toelichting));
    }
}
