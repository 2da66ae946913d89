package nl.schakel.keten.federatie;

import java.util.UUID;
import nl.schakel.shared.TenantId;

/**
 * One kind of message between Schakel instances, pluggable: a Spring bean per soort. The sender keeps only the soort
 * and the object's id in its outbox; {@link #inhoud} builds the body from the keten tables at delivery, so no personal
 * data is copied into the outbox. The receiver's {@link #ontvang} checks that the object refers correctly, stores its
 * own copy in its keten tables (same ids) and publishes the same ids-only event as the in-process path, in the
 * receipt's transaction.
 *
 * @param <T> the body's type, written and read as JSON
 */
public interface BerichtSoort<T> {

    /** The soort's code in the envelope and the outbox ({@code MELDING}, {@code STATUS}, ...). */
    String code();

    /** Which kind of tenant sends this soort: the sending party must serve the envelope's {@code van} as that. */
    Afzender afzender();

    /** The body's type. */
    Class<T> type();

    /**
     * The body about the object, read from this instance's keten tables at delivery.
     *
     * @param aan the tenant the message is addressed to (a region reads only its own copy of a match)
     */
    T inhoud(UUID onderwerp, TenantId aan);

    /**
     * Whether the soort is addressed to the national VT-register rather than to a tenant: the receiving instance must
     * serve the register, and the envelope's {@code aan} names the region the message is about.
     */
    default boolean aanRegister() {
        return false;
    }

    /**
     * Takes the body in: checks that it refers correctly ({@code van} sent it, {@code aan} is addressed, the object it
     * is about is ours), stores the copy and publishes the local event. Runs in the receipt's transaction.
     *
     * @return the id of the object received, for the access log
     * @throws BerichtGeweigerd when it does not refer correctly
     */
    UUID ontvang(Partij afzender, TenantId van, TenantId aan, T inhoud);

    /** The kinds of tenant that send messages. */
    enum Afzender {
        /** An organisation of professionals (the dossier side). */
        ORGANISATIE,
        /** A Veilig Thuis region. */
        REGIO,
        /** The national VT-register. */
        REGISTER;

        /** Whether the party serves the tenant as this kind of sender. */
        boolean bedient(Partij partij, TenantId tenant) {
            return switch (this) {
                case ORGANISATIE -> partij.organisaties().contains(tenant);
                case REGIO -> partij.regios().containsKey(tenant);
                case REGISTER -> partij.register();
            };
        }
    }
}
