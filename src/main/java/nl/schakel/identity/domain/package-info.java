/** Identity rules in plain Java: password policy, TOTP, login throttling, recovery codes. No Spring, no I/O. */
@NullMarked
package nl.schakel.identity.domain;

import org.jspecify.annotations.NullMarked;
