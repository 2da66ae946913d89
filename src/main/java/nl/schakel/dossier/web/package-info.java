/**
 * The dossier pages and the dossier API: controllers that translate HTTP to the module's facades.
 *
 * <p>Pages: {@code /dossiers} (my dossiers), {@code /dossiers/nieuw}, {@code /dossiers/{id}} (the dossier page with
 * what the steps call for now, the melding's Veilig Thuis status and the timeline) and one page per step under it
 * ({@code signalen}, {@code consultaties}, {@code kindcheck}, {@code mantelzorgcheck}, {@code gesprek},
 * {@code medewerker}, {@code kinddossier}, {@code afwegingen}, {@code beslissingen}, {@code hulpplan}, {@code melding},
 * {@code afsluiten}, {@code herstart}, {@code delen}, {@code vir}, {@code export.pdf}). Every form keeps a draft while
 * typing ({@code concept}). Every entry form also corrects: {@code ?corrigeer=<entry>} prefills the kind's own form and
 * adds a mandatory reason ({@code Correctie}); {@code Corrections.save} calls {@code DossierManagement.correct}; a new
 * kind with a form hooks in with one line in {@code CorrectieLinks} and the {@code Correctie} parameter on its own
 * handlers. The timeline, the PDF (the shared {@code shared.PdfRenderer}, which the {@code web} shell implements with
 * openhtmltopdf and the PDF base fonts only, inside {@code layout/pdf.jte}) and the API read
 * every kind through the same templates ({@code dossier/entry/heading.jte}, {@code body.jte}, well-formed XHTML).
 *
 * <p>The afwegingen, beslissingen and hulpplan are answered on one page, {@code /dossiers/{id}/afwegingen}. With
 * JavaScript, htmx posts each form and puts the answer in place of the page's steps ({@code #afwegingen-stappen}, the
 * template {@code dossier/afwegingen.jte} rendered with {@code fragment}): the answered question shows as answered and
 * the next one appears, without a page load; {@code static/js/afwegingen.js} moves the focus to the heading that
 * {@code Voortgang.volgende()} marks ({@code data-volgende}), or to the error summary. {@code AfwegingController} tells
 * the two apart by the header {@code HX-Request}: htmx gets 200 with the steps after a save and 422 after bad input
 * (the draft is removed after a save either way), a plain post the redirect (post/redirect/get) as every form.
 *
 * <p>API ({@code /api/v1/dossiers}, every call names the member it acts for in the header {@code Namens}, ADR-0014):
 * {@code DossierApiController} (open, list, read with the journal and the Veilig Thuis status per melding, one entry
 * under {@code vastleggingen/{v}}, signalen, consultaties, correcties) and {@code DossierStappenApiController}
 * (gesprekken, kindchecks, mantelzorgchecks, afwegingen one at a time, beroepscluster, beslissingen, hulpplannen,
 * afsluiting; {@code GET …/{id}/afwegingen} is the afwegingen page as data). They call the same facade methods as the
 * pages, so the same rules and log rows apply; an afweging out of turn is a 400 on {@code nummer}, never a 500. Every
 * journal entry is read generically as a {@code Vastlegging} whose {@code inhoud} is the payload record;
 * {@code DossierApiDocumentation} documents it as {@code oneOf} the payload schemas, one per {@code EntryKind}, so a
 * new kind is read and documented without a change. To write a new kind: a request record with {@code @Schema} fields
 * and a {@code toNew()}, and one {@code @PostMapping} method with an {@code @Namens Actor} parameter (copy
 * {@code signaal}); to correct it, one field in {@code NieuweCorrectie}. Problems of a nested object are answered under
 * their JSON path ({@code betrokkenen[1].bsn}), all at once.
 */
@NullMarked
package nl.schakel.dossier.web;

import org.jspecify.annotations.NullMarked;
