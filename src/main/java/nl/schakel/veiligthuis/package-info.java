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
 *   <li>{@code TerugkoppelingVersturen}: after the besluit took effect and again after each ended onderzoek, once per
 *       moment, only to a known melder (rules 41, 42): through {@code keten} into a Schakel melder's dossier, or recorded as given by phone, letter, e-mail
 *       or in person ({@code TerugkoppelingGegeven}).
 *   <li>{@code Onderzoek} (rules 35, 56; ADR-0023 "Onderzoek term"): when a case enters ONDERZOEK (the approved
 *       besluit, or the Raad answering that it does not investigate) its last day is set on the row
 *       ({@code zaak.onderzoek_uiterlijk}, V8_6) by {@code domain.OnderzoekTermijn}: ten calendar weeks from the
 *       besluit or the melding ({@code schakel.veilig-thuis.onderzoek-start}); the queue and the teamleider's list show
 *       the open onderzoeken ({@code Wachtrij.onderzoeken}, {@code Termijnen.onderzoeken}), overdue ones flagged.
 *       {@code rapporteer} records {@code domain.OnderzoekRapport} (an outcome with reasoning per form of violence
 *       investigated, where information was requested, whether the directbetrokkenen were told, an early end, the
 *       conclusion); {@code rondAf} ends the onderzoek ({@code domain.OnderzoekAfgerond}) with vervolg (overdracht,
 *       needs a veiligheidsvoorwaarde) or einde bemoeienis; {@code vraagRaad} and {@code antwoordRaad} record the
 *       verzoek tot onderzoek aan de Raad voor de Kinderbescherming ({@code domain.VerzoekRaad},
 *       {@code domain.AntwoordRaad}). Every move goes through {@code ZaakAccess.beweeg} with
 *       {@code Dienststand.van(journal)}; a teamleider is refused (logged). Pages {@code /veilig-thuis/zaken/{id}/onderzoek}
 *       and {@code .../raad}; the case page's section {@code veiligthuis/zaak/onderzoek.jte}.
 *   <li>{@code ZaakExport}: the case file ({@code Zaakdossier}) for the region's VT staff, as a PDF: the row, the
 *       directbetrokkenen, the services gone through ({@code domain.Dienstgeschiedenis}, read from the journal: the
 *       intake, an advies turned melding, each approved besluit, then the state now), the veiligheidsvoorwaarden with
 *       every version and every proposed change with its judgement ({@code domain.Voorwaardewijzigingen}) and every
 *       journal entry; the melder's name and contact only for a role that may see the melder and never when shielded
 *       (rule 43); logged {@code veiligthuis.export}. {@code diensten} gives the region's API client the same services,
 *       terms and voorwaarden without the journal's texts, logged {@code veiligthuis.diensten.read}.
 *   <li>{@code MonitoringManagement} (spec §3.7; rules 37, 39, 55): a case enters monitoring on a day that every move
 *       into {@code MONITORING} records ({@code ZaakAccess.beweeg}, column {@code monitoring_sinds}, V8_7); its plan
 *       ({@code domain.Monitoringsplan}) has the moments at 3 and 12 months ({@code LocalDate.plusMonths}) and the
 *       extra ones the worker plans ({@code MonitoringGepland}), each fulfilled by the {@code domain.Monitoringsmoment}
 *       that names it and late when its day passed without one. A moment records every directbetrokkene spoken with
 *       (a child of 4 or older not spoken with needs the agreement that an involved helper did, an adult why not), what
 *       the child said, the status of every voorwaarde in force with evidence and the three questions. The conclusion
 *       that safety is stable may be proposed only when the latest moment answered all three "ja"; a
 *       gedragswetenschapper who did not propose it approves it ({@code ZaakAccess.vierOgen}), and the case closes
 *       ({@code Overgang.StabieleVeiligheid}, {@code Dienststand.van}). A melding classified as a vervolgmelding
 *       during monitoring is linked to the monitored case ({@code VervolgmeldingOntvangen}, counted apart), which the
 *       queue and the teamleider's late list then show with its late moments ({@code signaleringen}); the worker may
 *       start a new veiligheidsbeoordeling with a new deadline. Closed, the next melding about the family is a
 *       hermelding. {@code MonitoringHerinnering} sends the case's worker (the latest author in a working role) a
 *       reminder {@code schakel.veilig-thuis.monitoring-herinnering-dagen} (5) days before a planned moment, once: one
 *       row per case and planned day ({@code veiligthuis.monitoring_herinnering}) and ShedLock, so two nodes never
 *       send it twice; it shows on the home page ({@code shared.Herinneringen}) until the moment is recorded.
 *   <li>{@code VeiligThuisDemo} seeds Demo-Noord through these facades when demo data is on.
 * </ul>
 *
 * <p>Not built yet: client rights and retention (rules 47–53).
 *
 * <p><b>Voorwaarden en vervolg</b> (spec §3.6, rule 40). {@code VoorwaardenEnVervolg} sets a
 * {@code domain.Veiligheidsvoorwaarde} (one sentence, whom it concerns, how and by whom it is checked) while the case
 * is in voorwaarden en vervolg, onderzoek, overdracht or monitoring ({@code Veiligheidsvoorwaarden.inDienst}; the
 * onderzoek sets its voorwaarden through the same facade). A voorwaarde is never edited: a change is a new decision,
 * {@code domain.VoorwaardeWijziging} with its reason (one open per voorwaarde, and it must differ from the wording in
 * force), that takes effect only when a gedragswetenschapper who did not propose it approves it
 * ({@code domain.VoorwaardeWijzigingBeoordeeld}, {@code VierOgen} with the voorwaarde's messages; refusals logged as
 * denials). {@code domain.Veiligheidsvoorwaarden} reads the versions and the open changes from the journal, so the
 * whole history stays there. {@code domain.Afspraak} records who does what with the directbetrokkenen and
 * professionals. {@code naarOverdracht} moves the case on through {@code Dienstverloop} with
 * {@code Dienststand.van(journal)}: refused while no voorwaarde is set. The pages ({@code web.VoorwaardenController})
 * are served to the VT-medewerker and gedragswetenschapper; the teamleider reads the voorwaarden page only.
 * <p><b>The case page leads the worker (issue 10).</b> {@code domain.ZaakActies} is the case page's model: from the
 * reader's role and the case's facts ({@code domain.ZaakFeiten}, filled by {@code ZaakAccess.feiten} from the row and
 * the journal), what is due next on the case with its term ({@code Stap}: the VB deadline, the onderzoek's term, the
 * next monitoring moment; late or not) and the ordered {@code domain.Actie}s this person may do now (what is due first,
 * then the service's own step, then the rest in the order of the work). Every {@code ZaakView} carries it, so
 * {@code acties.jte} and {@code waar.jte} render it without rules of their own. Role × action is decided once in
 * {@code Actie.magRol} (the teamleider reads only; only a gedragswetenschapper judges a proposal, four eyes), and the
 * moves use {@code Dienstverloop.mag}. {@code web.ActiePaginaGuard} finds the {@code Actie} of every page under
 * {@code /veilig-thuis/zaken/{id}/} by its address and {@code VeiligThuisManagement.actiePagina} refuses a role that may
 * not act on it, GET and POST alike: 403 and a logged denial ({@code veiligthuis.actiepagina}). {@code Werkvoorraad} is
 * the Veilig Thuis worker's home page ({@code /veilig-thuis}, served at {@code /} for the VT roles): the queue's figures
 * (waiting, acute, past the term, re-triage, about a family already known by rule 55), the meldingen past their term,
 * the worker's own open cases (those they wrote in) with what is due next, and for a gedragswetenschapper the besluiten
 * that wait; logged {@code veiligthuis.werk}. A taxatie of "acuut onveilig: ja" marks the case acute with its reasoning
 * in the same transaction ({@code ZaakAccess.markeerAcuut}, shared with {@code Wachtrij.markeerAcuut}). The
 * gedragswetenschapper reviews a besluit beside the taxatie, the risk factors and the verrijking.
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
 *
 * <p>The national VT-register (issue 11, rule 46, ADR-0024): {@code VtRegisterAanmelding} registers every new case with
 * directbetrokkenen (all intake paths pass {@code VeiligThuisManagement.nieuweZaak}) through {@code keten.KetenRegister}
 * in the same transaction, one pseudonym per person ({@code RegisterSleutel}: {@code schakel.vt-register.sleutel} and
 * {@code .sleutelversie}; HMAC of the BSN, or of name and date of birth without a BSN), keeps which pseudonym belongs to
 * which directbetrokkene ({@code persistence.ZaakRegisterStore}, V8_9) and writes the verrijking source VT-register as
 * Schakel ({@code domain.Bron.handmatig()}: it is not typed); a case reaching a state it never leaves
 * ({@code ZaakAccess.gesloten}, from {@code beweeg} and the besluit) ends its involvement. {@code RegisterMatches} hears
 * {@code keten.RegisterMatchOntvangen} and records the match once per match id (V8_10 row + unique index): a
 * {@code domain.RegisterMatchGemeld} entry naming the person, the other region, the period, its contact and possible
 * vs certain, shown in the case's section "VT-register"; the verrijking source refilled with all matches; a task on the
 * VT home ({@code Werkvoorraad.nieuweMatches}) until a worker posts {@code /veilig-thuis/matches/{id}/gezien} (logged).
 * {@code SleutelRotatie} (hourly, ShedLock) registers open cases again under a new key version. The verrijking shows
 * the family over time ({@code domain.Gezinstijdlijn}, via {@code Veiligheidsbeoordeling.tijdlijn}: the other cases'
 * journals in one query).
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"shared", "audit", "organisation", "keten"})
package nl.schakel.veiligthuis;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
