/**
 * The contract between chain partners: the melding a professional's organisation sends to a Veilig Thuis region,
 * the regions it can be sent to, and the transport that carries it. A sent melding is kept in this module's
 * append-only table as a copy with nothing pointing into the sender's tables, and published in-process (ADR-0013).
 * The way back, the region's terugkoppeling (rule 41) and the status of a melding, travels the same way, with
 * ids-only events.
 *
 * <ul>
 *   <li>{@code Melding}: the structured melding as it crosses the chain (betrokkenen, signalen, consultaties,
 *       afwegingen and beslissingen with their reasons, what the professional keeps doing, whether the client was
 *       informed or why not, the {@code Melder} and the addressed {@code VeiligThuisRegio}).
 *   <li>{@code KetenManagement}, the facade: {@code veiligThuisRegios()} (the tenants of kind
 *       {@code VEILIG_THUIS_REGIO}, through {@code organisation}), {@code send} (checks, keeps and hands the melding to
 *       the {@code MeldingTransport}, in the caller's transaction), {@code melding} for the addressed region;
 *       {@code terugkoppelen} (a VT-medewerker or gedragswetenschapper of the addressed region answers a melding;
 *       publishes {@code TerugkoppelingSent}), {@code terugkoppeling(en)}; {@code statusMelden} and {@code status}
 *       (the {@code VtStatus} of a melding: ontvangen with the last day of the veiligheidsbeoordeling,
 *       veiligheidsbeoordeling, besluit genomen, afgesloten). The sending side writes its own access-log rows.
 *   <li>{@code InProcessTransport}, the one {@code MeldingTransport}, publishes {@code MeldingSent} (ids only); a
 *       melding for a region on another instance goes into the federation's outbox instead (below).
 *   <li>{@code Terugkoppeling.of(..., melderHeeftRol, ...)} holds the content of rule 41 (voorwaarden en afspraken
 *       exactly when the melder has a role in the follow-up), {@code Moment} after the veiligheidsbeoordeling or the
 *       onderzoek.
 * </ul>
 *
 * <p>Later: handover between regions.
 *
 * <p>The melding carries step 3, the gesprekken met de cliënt ({@code Melding.Gesprek}, the skip reason as its code;
 * absent in meldingen stored before, which read as none). An {@link nl.schakel.keten.Aanvulling} to a sent melding
 * travels like the melding (ADR-0019): {@code KetenManagement.aanvullen} accepts it only from the organisation that sent
 * the melding, for the region it was addressed to, keeps it append-only in {@code keten.aanvulling} (V6_2) and hands it
 * to the transport, which publishes {@code AanvullingSent} (ids only).
 *
 * <p>The overdracht to the melder (rule 38, issue 10): {@code KetenOverdrachten.overdragen} lets a VT worker of the
 * addressed region offer an {@code Overdracht} (what the professional takes over, the veiligheidsvoorwaarden and risk
 * factors) about a melding, kept in {@code keten.overdracht} (V6_3) and announced by {@code OverdrachtSent};
 * {@code beantwoorden} lets the melder's organisation answer it once ({@code OverdrachtAntwoord}, a reason when
 * declined, {@code keten.overdracht_antwoord} with one row per overdracht), announced to the region by
 * {@code OverdrachtBeantwoordSent}. Both tables are append-only; events carry ids only.
 *
 * <p>Between Schakel instances (issue 11, ADR-0025; {@code nl.schakel.keten.federatie}, off by default): the known
 * parties ({@code Partij}, {@code Partijen}) and a second port with mutual TLS that identifies a party by the OIN in
 * its certificate (a refused party is written to the access log, hence {@code audit}); a tenant of this instance's
 * {@code organisation} is served here, any other by the configured {@code Partij} that names it ({@code Routering});
 * {@code veiligThuisRegios()} adds the remote regions under their configured names. When a message's destination is
 * remote, the facade writes a row in the outbox {@code keten.uitgaand_bericht} (V6_4; soort, party, object id, never
 * content) in the action's transaction instead of publishing the event; {@code Bezorger} builds the body from the keten
 * tables through the soort's {@code BerichtSoort} (MELDING, AANVULLING, STATUS, TERUGKOPPELING, OVERDRACHT,
 * OVERDRACHT_ANTWOORD), POSTs it to {@code /federatie/v1/berichten} and marks it delivered on a 2xx (back-off 2 s
 * doubling, at most 5 minutes; errors as a type or status only), right after the action's commit and from
 * {@code BezorgSchema}, every {@code schakel.federatie.bezorgen} (2 s) on one node, for retries. The receiver's
 * {@code Inbox} checks the sending party and the object, then records the message id in
 * {@code keten.ontvangen_bericht}, stores its own copy under the same ids, publishes the same ids-only event and logs
 * the receipt, in one transaction; a repeat changes nothing. Sends and receipts are access-logged
 * ({@code keten.bericht.verzonden}, {@code keten.bericht.ontvangen}).
 * The register's messages travel the same way (REGISTRATIE and BEEINDIGING to the party with {@code register=true},
 * MATCH back to the told region's party), entering the outbox at {@code KetenRegister.overDeFederatie}.
 * {@code aflevering(meldingId)} tells the dossier whether a melding reached its region; {@code KetenBeheer} gives the
 * platformbeheerder the undelivered messages ({@code /platform/keten}) and a retry at once.
 *
 * <p>The VT-register messages (rule 46, issue 11, ADR-0026): {@code KetenRegister.registreer} and {@code beeindig}
 * keep a region's {@code Registratie} (per directbetrokkene only a {@code Pseudoniemsoort}-typed pseudonym and key
 * version) and {@code Beeindiging} append-only ({@code keten.register_registratie}, {@code register_beeindiging}, V6_5)
 * once per message id, in the caller's transaction, and hand them to {@code register.VtRegister} when this instance
 * serves the register ({@code schakel.instantie.rollen} contains {@code REGISTER}, the default), or to the federation
 * ({@code KetenRegister.overDeFederatie}, the one place a register message leaves the instance). This is why keten
 * depends on {@code register}: the chain carries the register's messages, as it carries the melding, and the register
 * knows nothing of the chain. {@code RegisterMatchOntvangst} hears {@code register.MatchGevonden} after the commit,
 * reads the match as the told region, keeps the copy ({@code RegisterMatch}, {@code keten.register_match}) once and
 * publishes {@code RegisterMatchOntvangen} (ids only) when the region is one of this instance; a match for a region
 * elsewhere leaves through the federation. {@code match} and {@code matches} read the copies of one region only.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"shared", "organisation", "audit", "register"})
package nl.schakel.keten;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
