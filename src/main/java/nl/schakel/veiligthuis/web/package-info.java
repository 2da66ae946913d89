/**
 * The Veilig Thuis pages and API: controllers that translate HTTP to the module's facades.
 *
 * <p>Pages, for the VT roles only: {@code /veilig-thuis/nieuw} (registration; directbetrokkenen as rows
 * {@code betrokkenen[i].naam}, one more row with "Nog een persoon toevoegen", no script), {@code /veilig-thuis/zaken}
 * and {@code /veilig-thuis/zaken/{id}} with, under it, {@code advies}, {@code eerste-contact}, {@code melder} (answers
 * the identity directly, {@code Cache-Control: no-store}), {@code overzicht}, {@code veiligheidscheck},
 * {@code verrijking}, {@code taxatie}, {@code risicofactoren}, {@code besluit}, {@code besluit/beoordeling},
 * {@code acuut} and {@code terugkoppeling}; {@code /veilig-thuis/wachtrij}, {@code /veilig-thuis/besluiten} (proposals
 * waiting, for the gedragswetenschapper) and {@code /veilig-thuis/termijnen} (teamleider). {@code acties.jte} shows the
 * write buttons only to a VT-medewerker or gedragswetenschapper; a form opened in a status where saving is refused says
 * so with a link back ({@code id="niet-mogelijk"}); every page about one melding shows the acute mark.
 *
 * <p>API ({@code VeiligThuisApiController}): {@code POST /api/v1/veilig-thuis/meldingen} registers a melding as the
 * region's API client itself (no {@code Namens}; an organisation's client gets 403), {@code GET …/{id}} reads where it
 * stands (another region's melding: 404). {@code ZaakDienstenApiController}: {@code GET …/{id}/diensten} reads the
 * service now (code and Dutch name), the services gone through, the besluit, the terms and the veiligheidsvoorwaarden
 * with every version, as contract records of their own ({@code VtDiensten}, never a journal payload or the melder). No
 * operation changes a voorwaarde: a PUT, PATCH or DELETE under {@code …/{id}/voorwaarden} is a problem+json 404 or
 * 405 (rule 40; {@code ZaakDienstenApiIT}).
 *
 * <p>The case file: {@code GET /veilig-thuis/zaken/{id}/pdf} ({@code ZaakExportController}, linked from the case page)
 * renders {@code veiligthuis/export.jte} inside {@code layout/pdf.jte} with the application's one
 * {@code shared.PdfRenderer}; every journal entry goes through {@code veiligthuis/entry/body.jte}, so a new kind of
 * entry rendered there is in the PDF without a change (write it as well-formed XHTML: the PDF parses it as XML).
 */
@NullMarked
package nl.schakel.veiligthuis.web;

import org.jspecify.annotations.NullMarked;
