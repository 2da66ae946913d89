package nl.schakel.dossier;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.schakel.audit.ActionCode;
import nl.schakel.dossier.domain.Aanvulling;
import nl.schakel.dossier.domain.Betrokkene;
import nl.schakel.dossier.domain.CollegialeConsultatie;
import nl.schakel.dossier.domain.EntryPayload;
import nl.schakel.dossier.domain.Gesprek;
import nl.schakel.dossier.domain.Melding;
import nl.schakel.dossier.domain.MeldingInhoud;
import nl.schakel.dossier.domain.Signaal;
import nl.schakel.dossier.persistence.DossierStore;
import nl.schakel.keten.KetenManagement;
import nl.schakel.keten.VeiligThuisRegio;
import nl.schakel.organisation.OrganisationManagement;
import nl.schakel.organisation.Tenant;
import nl.schakel.shared.Actor;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.TenantId;
import nl.schakel.shared.journal.JournalEntry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The melding to Veilig Thuis from a dossier (step 5). The content is pre-filled from the dossier; the professional
 * adds what they keep doing themselves, whether the client was informed (and if not, why: rule 17), the wish to stay
 * anonymous towards the family, how Veilig Thuis reaches them, and the region. Sending records a {@link Melding} in
 * the journal and sends it through {@code keten} in the same transaction, with one access-log row. Once sent, what is
 * new goes as an {@link Aanvulling} to the same case at Veilig Thuis; a second melding only on purpose.
 */
@Service
public class MeldingManagement {

    static final String SEGMENT = "melding";

    private final DossierAccess access;
    private final KetenManagement keten;
    private final OrganisationManagement organisation;
    private final AfwegingManagement afwegingen;
    private final DossierStore store;

    MeldingManagement(
            DossierAccess access,
            KetenManagement keten,
            OrganisationManagement organisation,
            AfwegingManagement afwegingen,
            DossierStore store) {
        this.store = store;
        this.afwegingen = afwegingen;
        this.access = access;
        this.keten = keten;
        this.organisation = organisation;
    }

    /** The melding as it would be sent now, pre-filled from the dossier. */
    @Transactional
    public MeldingDraft draft(Actor by, UUID id) {
        DossierAccess.Found found = access.accessible(by, id, "dossier.melding.read", ActionCode.R);
        access.log(by, "dossier.melding.read", ActionCode.R, id, SEGMENT);
        List<Betrokkene> betrokkenen = found.betrokkenen();
        return new MeldingDraft(
                id,
                betrokkenen.isEmpty() ? "" : betrokkenen.getFirst().naam(),
                inhoud(found, afwegingen.meldingBasis(by, found)),
                keten.veiligThuisRegios(),
                found.journal()
                        .latestEntry(Melding.class)
                        .map(e -> new MeldingDraft.Verzonden(((Melding) e.payload()).regioNaam(), e.recordedAt()))
                        .orElse(null),
                new MeldingDraft.Afzender(
                        by.displayName(), organisation.ownTenant(by).name()),
                by.tenantId() == null
                        ? null
                        : store.laatsteContact(by.tenantId(), by.userId()).orElse(null),
                Gesprek.Gesprekspartner.voor(Betrokkene.levensfaseVanClient(betrokkenen, access.today())));
    }

    /**
     * Records the melding in the journal and sends it to the chosen region, both or neither.
     *
     * @return the id of the journal entry
     */
    @Transactional
    public UUID send(Actor by, UUID id, NewMelding input) {
        DossierAccess.Found found = access.accessible(by, id, "dossier.melding.send", ActionCode.C);
        Melding.geenStilleHerhaling(found.journal(), input.nogmaals());
        Optional<VeiligThuisRegio> regio =
                input.regio() == null ? Optional.empty() : keten.regio(new TenantId(input.regio()));
        MeldingBasis basis = afwegingen.meldingBasis(by, found);
        Melding melding = Melding.of(
                inhoud(found, basis),
                regio.map(r -> r.id().value()).orElse(null),
                regio.map(VeiligThuisRegio::naam).orElse(null),
                input.watBlijfIkDoen(),
                input.clientGeinformeerd(),
                input.redenNietGeinformeerd(),
                input.anoniemNaarGezin(),
                input.contact());
        JournalEntry<EntryPayload> entry = access.append(by, found, "dossier.melding.send", SEGMENT, melding);
        keten.send(by, toKeten(by, melding, regio.orElseThrow(), entry, oordeel(basis)));
        return entry.id();
    }

    /** The aanvulling as it would be sent now: the melding it adds to and what is new since then. */
    @Transactional
    public AanvullingDraft aanvullingDraft(Actor by, UUID id) {
        DossierAccess.Found found = access.accessible(by, id, "dossier.aanvulling.read", ActionCode.R);
        access.log(by, "dossier.aanvulling.read", ActionCode.R, id, SEGMENT);
        JournalEntry<EntryPayload> entry = found.journal()
                .latestEntry(Melding.class)
                .orElseThrow(() -> new InvalidInputException("", "aanvulling.fout.geenmelding"));
        List<Betrokkene> betrokkenen = found.betrokkenen();
        return new AanvullingDraft(
                id,
                betrokkenen.isEmpty() ? "" : betrokkenen.getFirst().naam(),
                (Melding) entry.payload(),
                entry.recordedAt(),
                Aanvulling.nieuwSinds(found.journal()));
    }

    /**
     * Records an aanvulling to the dossier's latest melding in the journal and sends it to the melding's region, both
     * or neither (ADR-0019): Veilig Thuis adds it to the same case.
     *
     * @return the id of the journal entry
     */
    @Transactional
    public UUID aanvullen(Actor by, UUID id, String tekst) {
        DossierAccess.Found found = access.accessible(by, id, "dossier.aanvulling.send", ActionCode.C);
        Aanvulling aanvulling = Aanvulling.of(found.journal(), tekst);
        VeiligThuisRegio regio = keten.regio(new TenantId(aanvulling.regioId()))
                .orElseThrow(() -> new InvalidInputException("", "aanvulling.fout.melding"));
        JournalEntry<EntryPayload> entry = access.append(by, found, "dossier.aanvulling.send", SEGMENT, aanvulling);
        keten.aanvullen(
                by,
                new nl.schakel.keten.Aanvulling(
                        aanvulling.aanvullingId(),
                        aanvulling.meldingId(),
                        regio,
                        by.tenantId(),
                        by.userId(),
                        aanvulling.tekst(),
                        aanvulling.signalen().stream()
                                .map(MeldingManagement::signaal)
                                .toList(),
                        aanvulling.consultaties().stream()
                                .map(MeldingManagement::consultatie)
                                .toList(),
                        aanvulling.gesprekken().stream()
                                .map(MeldingManagement::gesprek)
                                .toList(),
                        entry.recordedAt()));
        return entry.id();
    }

    /** The melder's judgement the melding carries, so that Veilig Thuis marks it acute at once (rule 34). */
    private static nl.schakel.keten.Melding.Oordeel oordeel(MeldingBasis basis) {
        return new nl.schakel.keten.Melding.Oordeel(
                basis.acuteOnveiligheid(), basis.structureleOnveiligheid(), basis.disclosure());
    }

    private nl.schakel.keten.Melding toKeten(
            Actor by,
            Melding m,
            VeiligThuisRegio aan,
            JournalEntry<EntryPayload> entry,
            nl.schakel.keten.Melding.Oordeel oordeel) {
        MeldingInhoud inhoud = m.inhoud();
        Tenant eigen = organisation.ownTenant(by);
        return new nl.schakel.keten.Melding(
                m.meldingId(),
                aan,
                new nl.schakel.keten.Melding.Melder(
                        eigen.id(),
                        eigen.name(),
                        by.userId(),
                        by.displayName(),
                        by.role(),
                        by.beroepscluster(),
                        m.contact()),
                inhoud.betrokkenen().stream().map(MeldingManagement::betrokkene).toList(),
                inhoud.signalen().stream().map(MeldingManagement::signaal).toList(),
                inhoud.consultaties().stream()
                        .map(MeldingManagement::consultatie)
                        .toList(),
                inhoud.gesprekken().stream().map(MeldingManagement::gesprek).toList(),
                inhoud.afwegingen().stream()
                        .map(a -> new nl.schakel.keten.Melding.Afweging(a.code(), a.antwoord(), a.reden()))
                        .toList(),
                inhoud.beslissingen().stream()
                        .map(b -> new nl.schakel.keten.Melding.Beslissing(b.code(), b.antwoord(), b.reden()))
                        .toList(),
                m.watBlijfIkDoen(),
                m.clientGeinformeerd(),
                m.redenNietGeinformeerd(),
                m.anoniemNaarGezin(),
                entry.recordedAt(),
                oordeel);
    }

    private static nl.schakel.keten.Melding.Betrokkene betrokkene(Betrokkene b) {
        return new nl.schakel.keten.Melding.Betrokkene(
                b.naam(), b.geboortedatum(), b.bsn() == null ? null : b.bsn().value(), b.relatie());
    }

    private static nl.schakel.keten.Melding.Signaal signaal(Signaal s) {
        return new nl.schakel.keten.Melding.Signaal(
                s.datum(), s.waarneming(), s.soort(), s.bron(), s.vormen(), s.disclosure());
    }

    private static nl.schakel.keten.Melding.Consultatie consultatie(CollegialeConsultatie c) {
        return new nl.schakel.keten.Melding.Consultatie(c.datum(), c.met(), c.persoon(), c.advies());
    }

    private static nl.schakel.keten.Melding.Gesprek gesprek(Gesprek g) {
        return new nl.schakel.keten.Melding.Gesprek(
                g.gevoerd(),
                g.datum(),
                g.metWie(),
                g.besproken(),
                g.reactie(),
                g.reden() == null ? null : g.reden().name(),
                g.toelichting(),
                g.alsnog());
    }

    /** The melding's content from the dossier: betrokkenen, signalen, consultaties, afwegingen and beslissingen. */
    private static MeldingInhoud inhoud(DossierAccess.Found found, MeldingBasis basis) {
        return MeldingInhoud.from(
                found.betrokkenen(), found.journal(), basis.afwegingen(), basis.beslissing1(), basis.beslissing2());
    }
}
