/**
 * Admin pages: tenants for the platformbeheerder ({@code /platform/organisaties}), the code list of forms of violence
 * ({@code /platform/codelijsten}), teams and members for a beheerder ({@code /beheer/teams}, {@code /beheer/leden});
 * and the organisation's API ({@code OrganisationApiController}: {@code /api/v1/organisatie}, {@code /api/v1/teams}).
 */
@NullMarked
package nl.schakel.organisation.web;

import org.jspecify.annotations.NullMarked;
