/**
 * The pages of management information under {@code /management} for the leidinggevende and the beheerder: the figures
 * of a chosen period and team, the time per step, the teams side by side, the months of the year as bar charts
 * (inline SVG drawn on the server, readable without colour: a hatched and a solid series, each bar labelled, with the
 * same figures as a table), and the year as CSV (semicolons, UTF-8 with BOM for Dutch spreadsheet programs). Every
 * page and export shows only cells of the one protected table of the year ({@code Managementcijfers}).
 */
@NullMarked
package nl.schakel.reporting.web;

import org.jspecify.annotations.NullMarked;
