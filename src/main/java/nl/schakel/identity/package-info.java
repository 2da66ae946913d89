/**
 * Accounts, login with password and second factor (TOTP), sessions, and the memberships that give a user a role
 * in a tenant. Writes its own access-log rows (login, second factor, account changes).
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"shared", "audit"})
package nl.schakel.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
