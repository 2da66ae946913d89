package nl.schakel.shared;

import org.jspecify.annotations.Nullable;

/**
 * Lets an API client act for one member of its own tenant (ADR-0014). A client is a system, not a professional, while
 * client data is need-to-know per professional: so an API call on client data names the member it acts for, and the
 * facades decide and log as for that member, with the client recorded in the access log. Implemented by the
 * {@code identity} module, which knows the members; used by API controllers, which know only this interface.
 */
public interface ActingFor {

    /** The HTTP header in which an API call names the member it acts for (by username). */
    String HEADER = "Namens";

    /**
     * The member of the client's tenant with that username, acted for by the client ({@link Actor#apiClient()} set).
     *
     * @throws InvalidInputException (field {@value #HEADER}) when no username is given, or when it names no active
     *     member of the client's tenant; the refusal is logged
     * @throws AccessDeniedException when the actor is not an API client
     */
    Actor member(Actor apiClient, @Nullable String username);
}
