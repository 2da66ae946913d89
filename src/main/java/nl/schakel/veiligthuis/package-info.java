/**
 * Veilig Thuis: the region's case from the first contact to the decision after the veiligheidsbeoordeling (issue 4):
 * intake of advies and meldingen (registered by workers or the region's API client, or arrived from a Schakel dossier
 * through {@code keten}), the melder kept apart, the legal terms in working days, the queue, the veiligheidsbeoordeling
 * and the terugkoppeling to the melder. A case is its append-only journal (ADR-0016).
 *
 * <p>The case ({@code Zaak}, {@code ZaakView}) is its journal (typed JSON payloads named by {@code domain.EntryKind},
 * as in the dossier) plus an index row that the facade updates in the same transaction as the entry that changes it;
 * status changes are conditional on the expected status, so two workers can never both move a case. The melder is kept
 * apart and never part of {@code ZaakView}. {@code ZaakAccess} is the one access decision (the VT roles of the region,
 * or the region's API client; another region's case is "not found" and logged) and writes every log row.
 *
 * <ul>
 *   <li>{@code VeiligThuisManagement}: {@code registreer} checks the {@code domain.Intake}, classifies the melding
 *       against the region's own records (rule 55), sets the veiligheidsbeoordeling deadline (rule 33, the shared
 *       {@code Werkdagkalender}) and writes the intake; {@code eersteContact}; {@code melder} shows the melder only to
 *       a VT-medewerker or gedragswetenschapper with a reason (journal {@code MelderIngezien} and the access log's
 *       {@code purpose}; rule 43); the teamleider sees neither the melder nor what identifies them.
 *   <li>{@code KetenOntvangst} listens to {@code keten.MeldingSent} (after the sender's commit), reads the copy and
 *       registers it once, with the dossier's content and the melder from the melding; {@code KetenStatus} reports
 *       "ontvangen" with the deadline, and later "besluit genomen" and "afgesloten", back through {@code keten}.
 *   <li>{@code AdviesManagement}: end an advies; an omgezet or ambtshalve advies becomes a melding received now (an
 *       anonymous advies cannot be omgezet, rule 44). {@code GezinsoverzichtManagement}: the printable overview for the
 *       family, built from the case row and intake only, so it never holds the dossier text, the first contact or a
 *       shielded melder.
 *   <li>{@code Veiligheidsbeoordeling} (spec §3.3): phase 1 verrijking per {@code Bron} and {@code eigenRegistratie},
 *       the automatic search of the region's own records by BSN or by name and date of birth
 *       ({@code EerdereBetrokkenheid}); phase 2 {@code Taxatie} and {@code Risicofactor} kept apart (rule 45); phase 3
 *       a besluit proposed by a worker and approved or sent back by a gedragswetenschapper who did not propose it
 *       ({@code domain.VierOgen}; a refusal is logged as a denial). {@code BesluitTerBeoordeling} is one proposal
 *       waiting for approval.
 *   <li>{@code Wachtrij}: the region's meldingen in the veiligheidsbeoordeling as {@code domain.WachtrijRegel}s, sorted
 *       by rule 34, with days left and the re-triage flag ({@code domain.Hertriage}, after
 *       {@code schakel.veilig-thuis.hertriage-na-werkdagen} working days without a safety check); {@code markeerAcuut}
 *       with a reason (never unset); {@code termijnen}, the teamleider's view per ISO week
 *       ({@code domain.TermijnOverzicht}).
 *   <li>{@code TerugkoppelingVersturen}: after the besluit took effect, once per moment, only to a known melder (rules
 *       41, 42): through {@code keten} into a Schakel melder's dossier, or recorded as given by phone, letter, e-mail
 *       or in person ({@code TerugkoppelingGegeven}).
 *   <li>{@code VeiligThuisDemo} seeds Demo-Noord through these facades when demo data is on.
 * </ul>
 *
 * <p>Later: the services after the besluit (overdracht, voorwaarden en vervolg, onderzoek, monitoring: rules 35,
 * 37–40), the VT-register (rule 46) and client rights (rules 47–53).
 *
 * <p>Terms in working days are counted on the deployment's one {@code Werkdagkalender} (defined by {@code
 * organisation}, ADR-0017). When its equated days change, {@code TermijnHerberekening} sets the VB deadline of every
 * open veiligheidsbeoordeling again (and at start-up when {@code veiligthuis.termijn_kalender} holds another version),
 * with an access-log row per moved deadline.
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
 *
 * <p><b>The overdracht (issue 10; rules 36–38, 45).</b> {@code OverdrachtManagement} offers a case in
 * {@code OVERDRACHT_NA_VEILIGHEIDSBEOORDELING} or {@code OVERDRACHT} to receiving parties ({@code domain.Ontvanger}) as
 * {@code domain.OverdrachtAangeboden} (kind {@code OVERDRACHT_AANGEBODEN}), with a snapshot of the risk factors and the
 * veiligheidsvoorwaarden in force, and records a party's answer as {@code domain.OverdrachtBeantwoord} (who, when, how;
 * a reason when declined). The read model {@code domain.Overdrachten} gives the parties and "accepted" (at least one
 * party accepted); {@code domain.Dienststand.van} reads it, and the first acceptance moves the case through
 * {@code ZaakAccess.beweeg} with {@code Overgang.OverdrachtAanvaard}: closed after an overdracht na VB (rule 36, the
 * melder's dossier is told "afgesloten" through {@code KetenStatus}), monitoring after an overdracht (rule 38). An
 * offer to the melder of a melding from a Schakel dossier goes through {@code keten.KetenOverdrachten} into that
 * dossier; the professional's answer comes back as {@code keten.OverdrachtBeantwoordSent}, which
 * {@code OverdrachtAntwoordOntvangst} records once per answer ({@code OverdrachtManagement.ontvangAntwoord}, unique
 * index V8_8, logged {@code veiligthuis.overdracht.ontvangen}). An overdracht nobody accepted within
 * {@code schakel.veilig-thuis.overdracht-werkdagen} (default 5) working days after the first offer is flagged
 * ({@code Overdrachten.teLaat}, {@code Werkdagkalender}) on the case page, the queue and the teamleider's terms page
 * ({@code OverdrachtManagement.teLaat}). Pages: {@code /veilig-thuis/zaken/{id}/overdracht} (VT-medewerker and
 * gedragswetenschapper; the teamleider is refused and logged) and {@code .../overdracht/aanvaarding}.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"shared", "audit", "organisation", "keten"})
package nl.schakel.veiligthuis;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
