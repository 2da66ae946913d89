package nl.schakel.audit;

import nl.schakel.shared.Actor;
import nl.schakel.shared.TenantId;
import nl.schakel.shared.UserId;
import org.jspecify.annotations.Nullable;

/**
 * One access-log entry to write. Holds identifiers and codes only, never the content that was read or written:
 * NEN 7513 logs <em>that</em> data was touched, not the data.
 *
 * @param event what happened, as a dotted code ({@code identity.login}, {@code organisation.member.create})
 * @param objectType the kind of object (client, dossier, account, team, ...)
 * @param objectId the object's id; for a client the id of the betrokkene
 * @param segment the part of the dossier concerned
 * @param purpose why (PurposeOfUse): the reason given, for example for a second-factor reset or break-the-glass
 * @param ownerTenantId the organisation responsible for the object (the tenant of a client's dossier or case), when the
 *     facade knows it: a refused attempt on a record of another tenant is then also in that tenant's log (ADR-0021)
 */
public record AccessEvent(
        String event,
        ActionCode action,
        Outcome outcome,
        @Nullable UserId userId,
        @Nullable String username,
        @Nullable String role,
        @Nullable String onBehalfOf,
        @Nullable TenantId tenantId,
        @Nullable String objectType,
        @Nullable String objectId,
        @Nullable String segment,
        @Nullable String purpose,
        @Nullable TenantId ownerTenantId) {

    /**
     * An event by a signed-in actor, successful, on no object yet. When an API client acts for a member (ADR-0014),
     * the client is the user and the member is whom it acted on behalf of.
     */
    public static AccessEvent by(Actor actor, String event, ActionCode action) {
        Actor client = actor.apiClient();
        if (client != null) {
            return new AccessEvent(
                    event,
                    action,
                    Outcome.GESLAAGD,
                    client.userId(),
                    client.username(),
                    client.role().name(),
                    actor.username(),
                    actor.tenantId(),
                    null,
                    null,
                    null,
                    null,
                    null);
        }
        return new AccessEvent(
                event,
                action,
                Outcome.GESLAAGD,
                actor.userId(),
                actor.username(),
                actor.role().name(),
                null,
                actor.tenantId(),
                null,
                null,
                null,
                null,
                null);
    }

    /** An event without a known actor (a failed login with an unknown name, a system job). */
    public static AccessEvent anonymous(String event, ActionCode action, Outcome outcome) {
        return new AccessEvent(event, action, outcome, null, null, null, null, null, null, null, null, null, null);
    }

    public AccessEvent on(String type, Object id) {
        return new AccessEvent(
                event,
                action,
                outcome,
                userId,
                username,
                role,
                onBehalfOf,
                tenantId,
                type,
                id.toString(),
                segment,
                purpose,
                ownerTenantId);
    }

    public AccessEvent segment(String value) {
        return new AccessEvent(
                event,
                action,
                outcome,
                userId,
                username,
                role,
                onBehalfOf,
                tenantId,
                objectType,
                objectId,
                value,
                purpose,
                ownerTenantId);
    }

    public AccessEvent purpose(String value) {
        return new AccessEvent(
                event,
                action,
                outcome,
                userId,
                username,
                role,
                onBehalfOf,
                tenantId,
                objectType,
                objectId,
                segment,
                value,
                ownerTenantId);
    }

    public AccessEvent outcome(Outcome value) {
        return new AccessEvent(
                event,
                action,
                value,
                userId,
                username,
                role,
                onBehalfOf,
                tenantId,
                objectType,
                objectId,
                segment,
                purpose,
                ownerTenantId);
    }

    public AccessEvent tenant(@Nullable TenantId value) {
        return new AccessEvent(
                event,
                action,
                outcome,
                userId,
                username,
                role,
                onBehalfOf,
                value,
                objectType,
                objectId,
                segment,
                purpose,
                ownerTenantId);
    }

    /**
     * The organisation responsible for the object, when the facade knows it. Set on a refused attempt on a record (a
     * dossier, a Veilig Thuis case) so that the privacy officer of the organisation that owns the record sees the
     * attempt too, with who tried and from which organisation; the actor is told nothing more than before.
     */
    public AccessEvent ownedBy(@Nullable TenantId value) {
        return new AccessEvent(
                event,
                action,
                outcome,
                userId,
                username,
                role,
                onBehalfOf,
                tenantId,
                objectType,
                objectId,
                segment,
                purpose,
                value);
    }
}
