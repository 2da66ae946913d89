/**
 * Veilig Thuis: the region's case from the first contact to the decision after the veiligheidsbeoordeling (issue 4):
 * intake of advies and meldingen (registered by workers or the region's API client, or arrived from a Schakel dossier
 * through {@code keten}), the melder kept apart, the legal terms in working days, the queue, the veiligheidsbeoordeling
 * and the terugkoppeling to the melder. A case is its append-only journal.
 *
 * <p><b>The melding from a dossier, and its aanvullingen.</b> {@code KetenOntvangst} keeps the melding's content as a
 * typed journal payload, {@code domain.DossierMelding} (kind {@code MELDING_UIT_DOSSIER}, written right after the
 * intake; no melder identity), and the case page shows it in sections with the labels the professional saw (the
 * dossier's message keys: {@code signaal.*}, {@code consultatie.*}, {@code gesprek.*}, {@code meldingantwoord.*};
 * templates {@code veiligthuis/dossiermelding.jte} and {@code veiligthuis/melding/*}). Cases received before keep
 * their text in {@code IntakeVastgelegd.uitDossier}, shown as before. Like the first contact, only the roles that may
 * see the melder read it. An aanvulling ({@code keten.AanvullingSent}) is added by
 * {@code VeiligThuisManagement.ontvangAanvulling} to the case of its melding as {@code domain.AanvullingOntvangen},
 * once ({@code veiligthuis.aanvulling}, V8_1), logged {@code veiligthuis.aanvulling.ontvangen}, classified by
 * {@code Classificatie.vanAanvulling} (rule 55: a vervolgmelding in the case's phase while it is open, a hermelding
 * to assess once it is closed; ADR-0019); the case page says an aanvulling arrived and the queue marks the case
 * ({@code Wachtrij.laatsteAanvullingen}). Shielding the melder at intake follows {@code shared.MelderAfscherming}: the
 * intake form asks whether the client knows and offers "follow the rule" (the default); the API without a choice gets
 * the rule.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"shared", "audit", "organisation", "keten"})
package nl.schakel.veiligthuis;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
