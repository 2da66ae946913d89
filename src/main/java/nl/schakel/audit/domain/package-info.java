/** The hash chain of the access log: plain Java, no Spring, no I/O. */
@NullMarked
package nl.schakel.audit.domain;

import org.jspecify.annotations.NullMarked;
