/**
 * The professional's meldcode dossier: the betrokkenen and the append-only journal of what was seen, done and
 * decided, the melding to Veilig Thuis (sent through {@code keten}) and signals in the Verwijsindex Risicojongeren.
 *
 * <p>One public facade per part, all built on the package-private {@code DossierAccess}: the one place that decides who
 * may work on a dossier (the owner, the colleagues it is shared with, its uitvoerder and the tenant's
 * aandachtsfunctionarissen; anyone else gets {@code NotFoundException} and a logged denial) and the one path by which a
 * journal grows ({@code append}, {@code correct}: a closed dossier takes nothing, rule 22; a member who only signals
 * adds signalen only, rule 24; the access-log row in the same transaction; {@code appendFromChain} for what arrives
 * from the chain, without an actor). Its {@code insert} and {@code insertEntry} also publish the
 * {@code DossierGebeurtenis}sen (ids, tenant, the owner's team, step, moment; never names or free text) that the
 * {@code reporting} module builds management information from (ADR-0031); {@code DossierDemo} seeds a backdated year
 * of synthetic dossiers for the demo organisations through the same two methods.
 *
 * <ul>
 *   <li>{@code DossierManagement}: open a dossier with its betrokkenen, "my dossiers" (owned, shared and assigned;
 *       all of the tenant for an aandachtsfunctionaris), read one, signalen (step 1; the chosen codes of
 *       {@code organisation.Codelijsten} and their national categories), collegiale consultaties (step 2) and
 *       corrections of any kind.
 *   <li>{@code DossierStappen}: kindcheck and mantelzorgcheck (step 1), the gesprek met de cliënt (step 3), the
 *       employee-offence route (rule 27, for kinderopvang and onderwijs only), the dossier for a child after a positive
 *       kindcheck (rule 20, a {@code DossierLink} on both sides) and {@code overzicht}, the dossier page's data,
 *       with its {@code domain.Stappenplan}: the five steps as a task list (per step a status, the reason, what to do
 *       now and the pages this member may open; which step is next), decided once from the journal, the betrokkenen
 *       and {@code Voortgang} (accelerated path of rule 26, the employee-offence route of rule 27, signal-only
 *       members of rule 24, afwegingen in step 4 or 5 per kader). The page only renders it.
 *   <li>{@code AfwegingManagement}: steps 4 and 5. The kader is the one the meldprotocol gave the dossier at opening;
 *       without one the actor's beroepscluster's, or for a member without one the cluster chosen for the dossier
 *       ({@code KaderKeuze}, rule 15); {@code domain.Voortgang} says what is
 *       next; beslissingen, the hulpplan with its re-evaluation date, closing ({@code Afsluiting}, status
 *       {@code GESLOTEN}) and restarting as a new linked dossier (rule 22); {@code meldingBasis} gives the melding its
 *       afwegingen, beslissingen and meldnorm. It implements {@code shared.Herinneringen} for the reminders that
 *       {@code HerbeoordelingHerinnering} (hourly, one node) records when a re-evaluation date has come.
 *   <li>{@code MeldingManagement}: the melding to Veilig Thuis (step 5): {@code draft} pre-fills it from the dossier
 *       ({@code domain.MeldingInhoud}), {@code send} checks what the professional adds ({@code domain.Melding.of},
 *       rule 17), appends a {@code MELDING} entry, writes the access-log row and sends the {@code keten.Melding} copy
 *       through {@code keten.KetenManagement.send}, all in one transaction (ADR-0013).
 *   <li>{@code TerugkoppelingOntvangst} (listener on {@code keten.TerugkoppelingSent}, after the region's commit)
 *       appends the region's terugkoppeling (rule 41) to the dossier the melding came from, once, with the region as
 *       author and a reminder for the owner; {@code TerugkoppelingManagement} gives those reminders, ends them when
 *       the owner opens the dossier, and the Veilig Thuis status of each melding ({@code vtStatus}).
 *   <li>{@code VirManagement}: signals in the Verwijsindex (rules 28–32); {@code VirExpiry} (00:05 and 07:05 Dutch
 *       time, one node) ends every signal whose end date has come with an entry by "Schakel".
 *   <li>{@code DossierSharing}: share with a named colleague of {@code organisation.Colleagues} and end it (a
 *       {@code DELING} entry each time).
 *   <li>{@code DossierExport}: the whole dossier as a PDF, logged as an export in the same transaction.
 * </ul>
 * <p><b>The melding and afterwards</b> ({@code MeldingManagement}, pages {@code /dossiers/{id}/melding} and
 * {@code /dossiers/{id}/aanvulling}, API {@code MeldingApiController}). The melding carries what is in force in the
 * journal ({@code domain.MeldingInhoud}): betrokkenen, signalen, consultaties, the gesprekken met de cliënt of step 3
 * (held, or skipped with their {@code RedenGeenGesprek}; a melding stored before they were carried reads with none),
 * and the afwegingen and beslissingen with their reasons; "Wat gaat er mee" on the page lists all of it and what
 * the professional adds. Whether the family may know who reported follows the one rule of
 * {@code shared.MelderAfscherming} (rule 43): the page offers "follow the rule" (the default), shield, or not; a form
 * or API call without a choice gets the rule. Once a melding is sent, the dossier page says "U meldde op … bij …" and
 * its main action is "Aanvulling sturen": {@code domain.Aanvulling} (kind {@code AANVULLING}) carries the
 * professional's words and what was recorded since the melding or the previous aanvulling
 * ({@code Aanvulling.nieuwSinds}), logged as {@code dossier.aanvulling.send} and sent as {@code keten.Aanvulling} in
 * the same transaction (ADR-0019). A second melding from the same dossier is refused
 * ({@code Melding.geenStilleHerhaling}, field {@code nogmaals}) unless the professional confirms it on purpose. The
 * API's {@code GET /api/v1/dossiers/{id}} shows each melding's state ({@code meldingen}: sent when, to which region,
 * the Veilig Thuis status, the aanvullingen).
 *
 * <p><b>The step forms (issue 12).</b> The questions fit the person the dossier is about, decided in the domain from
 * the first betrokkene's {@code Betrokkene.Levensfase} (a child under 12, a jongere of 12 to 17, an adult):
 * {@code Kindcheck.Vragen} leaves out "Is de cliënt zwanger?" and who cares for the children for a child under 12 and
 * asks about other children (brothers, sisters) instead, storing the pregnancy as {@code NIET_GEVRAAGD} (domain spec
 * §1.4); {@code Mantelzorgcheck.pastBij} offers the mantelzorgcheck to an adult only and
 * {@code DossierStappen.addMantelzorgcheck} refuses it for a minor; {@code Gesprek.Gesprekspartner} makes the labels of
 * the gesprek and of the melding name "de ouder of verzorger" of a minor client. The signaal form saves with "Signaal
 * opslaan" (the first submit button, so Enter saves and returns to the dossier) or with "Opslaan en nog een signaal"
 * ({@code daarna=nogeen}), which returns to an empty form with the confirmation. A new consultatie proposes
 * ({@code CollegialeConsultatie.Voorstel}, from {@code DossierManagement.consultatieVoorstel}) the organisation's
 * aandachtsfunctionaris, by name when there is exactly one other than the professional ({@code static/js/voorstel.js}
 * lets the name follow the choice of "Met wie"); the melding page shows the melder's name and organisation and fills
 * in the contact details the member gave in their latest melding ({@code DossierStore.laatsteContact}). Identity and
 * organisation hold no telephone number or e-mail address, so nothing else is filled in.
 *
 * <p><b>The overdracht of Veilig Thuis (rule 38, issue 10).</b> When Veilig Thuis hands a case over to the professional
 * who reported, {@code OverdrachtOntvangst} records the {@code keten.OverdrachtSent} in the dossier of the melding as
 * {@code domain.OverdrachtOntvangen} (kind {@code OVERDRACHT}, written under the region's name, logged
 * {@code dossier.overdracht.ontvangen}; once per overdracht, unique index V5_8). The dossier page says an overdracht
 * waits ({@code dossier/overdrachten.jte}); {@code /dossiers/{id}/overdracht/{overdracht}} ({@code
 * OverdrachtAanvaarding}) shows what the professional takes over, the veiligheidsvoorwaarden and the risk factors, and
 * takes the answer: accept, or decline with a reason ({@code domain.OverdrachtAntwoord}, kind
 * {@code OVERDRACHT_ANTWOORD}, logged {@code dossier.overdracht.beantwoord}), sent back through
 * {@code keten.KetenOverdrachten.beantwoorden} in the same transaction; an overdracht is answered once. Until she
 * answers, the owner is reminded on her home page ({@code OverdrachtAanvaarding} is a {@code Herinneringen}).
 *
 * <p><b>The dossier follows the organisation's meldprotocol (issue 13).</b> {@code DossierMeldprotocol} asks
 * {@code organisation.Meldprotocollen.toepassing} for the member's team, role and beroepscluster. At opening (and at a
 * restart, {@code DossierManagement.insert}) the dossier records the version in force and the afwegingskader its rule
 * gives the owner (V5_9, {@code meldprotocol_versie}, {@code kader_code}; both empty when no meldprotocol is in force),
 * shown on the dossier page, in its PDF and in the API ({@code meldprotocolVersie}); steps 4 and 5 use that kader from
 * then on, whoever records them, and nobody chooses a beroepscluster for it. Rule 24 follows the meldprotocol first and
 * the member setting of {@code organisation.Colleagues} second ({@code domain.Signaleren}): a member of a team the
 * meldprotocol makes signal only records signalen only, and their dossier is handed to the uitvoerder it names (else
 * the aandachtsfunctionarissen). The uitvoerder is told: {@code ToewijzingManagement} (a {@code Herinneringen}) puts
 * "Er is een dossier aan u overgedragen" on the home page of the named colleague, or of every aandachtsfunctionaris,
 * until they (or one of them) open the dossier (table {@code dossier.toewijzing}). The professional sees the version's
 * instructions where they need them ({@code MeldprotocolInstructies}, in {@code DossierStappen.Overzicht}): the expert
 * and instruction of each specific form of violence the version switched on that a signaal in force names (dossier
 * page), the kindcheck and mantelzorgcheck instructions (their pages), the Verwijsindex instruction, and the form to
 * signal only when the version says the organisation may ({@code VirManagement} refuses otherwise with
 * {@code vir.fout.meldprotocol}); the route for a suspicion against a colleague only when the version configured it
 * (and, as before, only in kinderopvang and onderwijs), with its houder, vertrouwensinspecteur and instruction.
 *
 * <p><b>The dossier page (issue 12).</b> {@code DossierStappen.overzicht} hands the page its {@code Stappenplan} in the
 * same read and access-log row; the journal's entries are collapsible {@code <details>}, and
 * {@code static/js/stappen.js} opens the one a link points to ({@code #entry-<id>}). On the afwegingen page an answer
 * that the branch allows alone is preselected. {@code web.WerkplekIT} measures the typical case by mouse and keyboard
 * (README, "De werkplek van de professional").
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"shared", "audit", "organisation", "keten", "afwegingskader"})
package nl.schakel.dossier;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
