/**
 * Tables of the identity schema: {@code account}, {@code membership}, {@code recovery_code}, {@code login_throttle}
 * ({@code AccountStore}, {@code ThrottleStore}) and {@code signing_key}, the API token-signing key shared by all nodes
 * ({@code SigningKeyStore}).
 */
@NullMarked
package nl.schakel.identity.persistence;

import org.jspecify.annotations.NullMarked;
