/**
 * Admin pages: tenants for the platformbeheerder ({@code /platform/organisaties}), the code list of forms of violence
 * ({@code /platform/codelijsten}), teams and members for a beheerder ({@code /beheer/teams}, {@code /beheer/leden});
 * the meldprotocol ({@code MeldprotocolController}: {@code /beheer/meldprotocol} with the version in force and the
 * list of versions, {@code /versies/{n}} and its PDF, {@code /nieuw}: the form for a new version, plain HTML without
 * JavaScript, read by {@code MeldprotocolFormulier} with one row per team, member, code and kader rule);
 * and the organisation's API ({@code OrganisationApiController}: {@code /api/v1/organisatie}, {@code /api/v1/teams}).
 */
@NullMarked
package nl.schakel.organisation.web;

import org.jspecify.annotations.NullMarked;
