/** The logverantwoordelijke's pages: search the access log and check its hash chain. */
@NullMarked
package nl.schakel.audit.web;

import org.jspecify.annotations.NullMarked;
