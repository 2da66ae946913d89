/**
 * The logverantwoordelijke's pages ({@code AccessLogController}): search the access log of the own tenant
 * ({@code /toegangslog}) and check its hash chain ({@code /toegangslog/controle}).
 */
@NullMarked
package nl.schakel.audit.web;

import org.jspecify.annotations.NullMarked;
