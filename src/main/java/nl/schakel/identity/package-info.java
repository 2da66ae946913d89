/**
 * Accounts, login with password and second factor (TOTP), sessions, and the memberships that give a user a role in a
 * tenant. Writes its own access-log rows (login, second factor, account changes).
 *
 * <p>{@code IdentityManagement} is the facade: password check with Argon2id and throttling, TOTP and recovery codes,
 * enrolment ({@code Enrolment}, {@code QrCodes}), logout that ends all of a user's sessions on every node
 * ({@code endAllSessions}), and account administration by a beheerder of their own tenant. The TOTP secret is encrypted
 * with AES-256-GCM under {@code schakel.security.secret-key} ({@code SecretKeys}, {@code domain.SecretCipher};
 * ADR-0008). A user with several memberships currently acts in the first one. Identity writes its own access-log rows,
 * which is why it depends on {@code audit} (ADR-0006).
 *
 * <p>Identity also issues the API's access tokens: {@code ApiClients} registers a tenant's OAuth2 client (client
 * credentials; table {@code public.oauth2_registered_client} in Spring Authorization Server's layout) and
 * {@code TokenSigningKey} holds the RSA key that signs the JWTs, kept in {@code identity.signing_key} so that every
 * node signs and checks with the same key. {@code ApiActingFor} implements {@code shared.ActingFor}: a client and the
 * username in the header {@code Namens} become that member's {@code Actor} with {@code apiClient} set (ADR-0014).
 *
 * <p>Another module acting on a member of a tenant (the training register, the signal-only setting) finds the member
 * with {@code IdentityManagement.memberOfOrRefuse}: anyone else is "not found", and the attempt is logged as refused
 * for the member's own organisation as well (ADR-0021, ADR-0042).
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"shared", "audit"})
package nl.schakel.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
