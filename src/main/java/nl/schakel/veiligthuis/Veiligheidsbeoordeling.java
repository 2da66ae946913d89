package nl.schakel.veiligthuis;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.schakel.audit.AccessEvent;
import nl.schakel.audit.AccessLog;
import nl.schakel.audit.ActionCode;
import nl.schakel.shared.Actor;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.TenantId;
import nl.schakel.shared.journal.JournalEntry;
import nl.schakel.veiligthuis.domain.AcuutGemarkeerd;
import nl.schakel.veiligthuis.domain.BesluitBeoordeeld;
import nl.schakel.veiligthuis.domain.BesluitVoorgesteld;
import nl.schakel.veiligthuis.domain.Dienststand;
import nl.schakel.veiligthuis.domain.Dienstverloop;
import nl.schakel.veiligthuis.domain.Directbetrokkene;
import nl.schakel.veiligthuis.domain.EntryPayload;
import nl.schakel.veiligthuis.domain.Gezinstijdlijn;
import nl.schakel.veiligthuis.domain.Overeenkomst;
import nl.schakel.veiligthuis.domain.Overgang;
import nl.schakel.veiligthuis.domain.Risicofactor;
import nl.schakel.veiligthuis.domain.Taxatie;
import nl.schakel.veiligthuis.domain.VbStand;
import nl.schakel.veiligthuis.domain.Verrijking;
import nl.schakel.veiligthuis.domain.ZaakStatus;
import nl.schakel.veiligthuis.persistence.ZaakStore;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The veiligheidsbeoordeling of a melding (spec §3.3, issue 4) in its three phases: verrijking (sources consulted,
 * and the automatic search of the region's own records), veiligheidstaxatie with the risk factors kept apart
 * (rule 45), and the besluit, which takes effect only when a second person, a gedragswetenschapper, approves it (four
 * eyes). Every step is a journal entry with its access-log row.
 */
@Service
public class Veiligheidsbeoordeling {

    private final ZaakStore store;
    private final ZaakAccess access;
    private final AccessLog accessLog;
    private final Clock clock;

    private final KetenStatus ketenStatus;
    private final Onderzoek onderzoek;

    Veiligheidsbeoordeling(
            ZaakStore store,
            ZaakAccess access,
            AccessLog accessLog,
            Clock clock,
            KetenStatus ketenStatus,
            Onderzoek onderzoek) {
        this.ketenStatus = ketenStatus;
        this.onderzoek = onderzoek;
        this.store = store;
        this.access = access;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** Today in Dutch time: the last day a verrijking may be dated. */
    public LocalDate vandaag() {
        return access.vandaag();
    }

    /** Records one consulted source of the verrijking, while the melding is in the veiligheidsbeoordeling. */
    @Transactional
    public void verrijking(Actor by, UUID id, Verrijking verrijking) {
        vastleggen(by, id, "veiligthuis.verrijking", "verrijking", verrijking);
    }

    /**
     * Records the veiligheidstaxatie; the latest one is in force. Only before a besluit is proposed. A taxatie of
     * "acuut onveilig: ja" marks the case acute with its reasoning, in the same transaction, if it was not already
     * (rule 34): it goes to the top of the queue at once.
     */
    @Transactional
    public void taxatie(Actor by, UUID id, Taxatie taxatie) {
        ZaakView zaak = toegang(by, id, "veiligthuis.taxatie");
        if (zaak.zaak().status() != ZaakStatus.VEILIGHEIDSBEOORDELING) {
            throw new InvalidInputException("", "vb.fout.status");
        }
        access.append(by, zaak, "veiligthuis.taxatie", "taxatie", taxatie);
        if (taxatie.acuutOnveilig() && !zaak.zaak().acuut()) {
            access.markeerAcuut(by, zaak, AcuutGemarkeerd.of(taxatie.redenAcuut()));
        }
    }

    /** Records a risk factor; it does not change the taxatie and travels with a handover (rule 45). */
    @Transactional
    public void risicofactor(Actor by, UUID id, Risicofactor risicofactor) {
        vastleggen(by, id, "veiligthuis.risicofactor", "taxatie", risicofactor);
    }

    /**
     * The region's other cases (meldingen and advies) about any of this case's directbetrokkenen, by BSN or by name
     * and date of birth, newest first: the own-records search of the verrijking. Logged as one read.
     */
    @Transactional
    public List<EerdereBetrokkenheid> eigenRegistratie(Actor by, UUID id) {
        ZaakView zaak = access.accessible(by, id, "veiligthuis.eigenregistratie.read", ActionCode.R);
        access.log(by, "veiligthuis.eigenregistratie.read", ActionCode.R, id, "eigen-registratie");
        return eerder(zaak);
    }

    /**
     * The family over time (issue 11): the region's other cases about this case's directbetrokkenen with the services
     * they went through and their outcomes, and what the national VT-register told of other regions, in one timeline
     * ({@link Gezinstijdlijn}), newest first. The other cases' journals are read in one query. Logged as one read of
     * the own records.
     */
    @Transactional
    public Gezinstijdlijn tijdlijn(Actor by, UUID id) {
        ZaakView zaak = access.accessible(by, id, "veiligthuis.eigenregistratie.read", ActionCode.R);
        access.log(by, "veiligthuis.eigenregistratie.read", ActionCode.R, id, "eigen-registratie");
        List<EerdereBetrokkenheid> eerder = eerder(zaak);
        Map<UUID, List<JournalEntry<EntryPayload>>> journals =
                store.entries(eerder.stream().map(e -> e.zaak().id()).toList());
        return Gezinstijdlijn.van(
                eerder.stream()
                        .map(e -> new Gezinstijdlijn.EerdereZaak(
                                e.zaak().id(),
                                e.zaak().soort(),
                                e.zaak().status(),
                                e.zaak().ontvangenOp(),
                                e.zaak().classificatie(),
                                e.zaak().acuut(),
                                e.zaak().besluitOp() == null ? null : e.zaak().besluit(),
                                e.personen().stream()
                                        .map(p -> new Gezinstijdlijn.Gevonden(p.naam(), p.hoe()))
                                        .toList(),
                                journals.getOrDefault(e.zaak().id(), List.of())))
                        .toList(),
                zaak.journal());
    }

    /** The region's other cases about any of this case's directbetrokkenen, newest first. */
    private List<EerdereBetrokkenheid> eerder(ZaakView zaak) {
        UUID id = zaak.zaak().id();
        Map<UUID, Zaak> zaken = new LinkedHashMap<>();
        // per other case, per directbetrokkene of this case: the strongest match (BSN before name and date of birth)
        Map<UUID, Map<UUID, EerdereBetrokkenheid.Persoon>> personen = new LinkedHashMap<>();
        for (Directbetrokkene p : zaak.betrokkenen()) {
            for (ZaakStore.Treffer t : store.zelfdePersoon(zaak.zaak().tenantId(), p, id)) {
                UUID other = t.zaak().id();
                zaken.putIfAbsent(other, t.zaak());
                Overeenkomst.tussen(p, t.betrokkene())
                        .ifPresent(hoe -> personen.computeIfAbsent(other, k -> new LinkedHashMap<>())
                                .merge(
                                        p.id(),
                                        new EerdereBetrokkenheid.Persoon(p.naam(), hoe),
                                        (a, b) -> a.hoe().compareTo(b.hoe()) <= 0 ? a : b));
            }
        }
        return zaken.values().stream()
                .sorted(Comparator.comparing(Zaak::ontvangenOp).reversed())
                .map(z -> new EerdereBetrokkenheid(
                        z, List.copyOf(personen.getOrDefault(z.id(), Map.of()).values())))
                .filter(e -> !e.personen().isEmpty())
                .toList();
    }

    /**
     * Proposes the besluit, by a VT-medewerker or gedragswetenschapper, once a taxatie is recorded; the case waits
     * for approval in {@link ZaakStatus#BESLUIT_VOORGESTELD}.
     *
     * @return the id of the proposal's journal entry
     */
    @Transactional
    public UUID stelVoor(Actor by, UUID id, BesluitVoorgesteld voorstel) {
        ZaakView zaak = toegang(by, id, "veiligthuis.besluit.voorstel");
        VbStand.van(zaak.journal()).voorstelBezwaar(zaak.zaak().status()).ifPresent(key -> {
            throw new InvalidInputException("", key);
        });
        JournalEntry<EntryPayload> entry = access.append(by, zaak, "veiligthuis.besluit.voorstel", "besluit", voorstel);
        access.beweeg(zaak, new Overgang.BesluitVoorstellen(), Dienststand.LEEG);
        return entry.id();
    }

    /**
     * Approves or rejects the proposed besluit, by a gedragswetenschapper who did not propose it (four eyes).
     * Approved, the besluit takes effect and the case moves to the state it decided; rejected, the
     * veiligheidsbeoordeling goes on. Refusals of the person are logged as denials.
     *
     * @param goedgekeurd {@code null} when not chosen (refused with the other problems of the form)
     */
    @Transactional
    public void beoordeel(Actor by, UUID id, @Nullable Boolean goedgekeurd, String toelichting) {
        String event = "veiligthuis.besluit.goedkeuring";
        ZaakView zaak = access.accessible(by, id, event, ActionCode.U);
        JournalEntry<EntryPayload> voorstel = zaak.zaak().status() == ZaakStatus.BESLUIT_VOORGESTELD
                ? VbStand.van(zaak.journal()).openVoorstel().orElse(null)
                : null;
        if (voorstel == null) {
            throw new InvalidInputException("", "vb.fout.geenvoorstel");
        }
        access.vierOgen(by, voorstel, event, id, "vb.fout.eigenvoorstel");
        BesluitBeoordeeld oordeel = BesluitBeoordeeld.of(voorstel.id(), goedgekeurd, toelichting);
        access.append(by, zaak, event, "besluit", oordeel);
        if (oordeel.goedgekeurd()) {
            BesluitVoorgesteld besluit =
                    voorstel.payload(BesluitVoorgesteld.class).orElseThrow();
            Dienstverloop.na(zaak.zaak().status(), new Overgang.BesluitGoedkeuren(besluit.besluit()), Dienststand.LEEG);
            if (!store.updateBesluit(id, besluit.besluit(), clock.instant())) {
                throw new InvalidInputException("", "vt.fout.alveranderd");
            }
            access.gesloten(zaak.zaak(), besluit.besluit().volgende());
            if (besluit.besluit().volgende() == ZaakStatus.ONDERZOEK) {
                onderzoek.begin(zaak.zaak(), access.vandaag());
            }
            ketenStatus.meld(store.find(zaak.zaak().tenantId(), id).orElseThrow());
        } else {
            access.beweeg(zaak, new Overgang.BesluitAfwijzen(), Dienststand.LEEG);
        }
    }

    /** The region's proposed besluiten that wait for approval, oldest proposal first; logged as one read. */
    @Transactional
    public List<BesluitTerBeoordeling> teBeoordelen(Actor by) {
        TenantId regio = access.regio(by, "veiligthuis.besluiten");
        accessLog.record(
                AccessEvent.by(by, "veiligthuis.besluiten", ActionCode.R).segment("lijst"));
        List<BesluitTerBeoordeling> lijst = new ArrayList<>();
        List<Zaak> voorgesteld = store.inVeiligheidsbeoordeling(regio).stream()
                .filter(z -> z.status() == ZaakStatus.BESLUIT_VOORGESTELD)
                .toList();
        java.util.Map<UUID, String> namen =
                store.eersteNamen(voorgesteld.stream().map(Zaak::id).toList());
        for (Zaak z : voorgesteld) {
            VbStand.van(store.entries(z.id()))
                    .openVoorstel()
                    .ifPresent(e -> lijst.add(new BesluitTerBeoordeling(
                            z,
                            namen.getOrDefault(z.id(), ""),
                            e.id(),
                            e.payload(BesluitVoorgesteld.class).orElseThrow().besluit(),
                            e.authorName(),
                            e.recordedAt(),
                            e.authorId().equals(by.userId()))));
        }
        lijst.sort(Comparator.comparing(BesluitTerBeoordeling::voorgesteldOp));
        return lijst;
    }

    private void vastleggen(Actor by, UUID id, String event, String segment, EntryPayload payload) {
        ZaakView zaak = toegang(by, id, event);
        if (!zaak.zaak().status().inVeiligheidsbeoordeling()) {
            throw new InvalidInputException("", "vb.fout.status");
        }
        access.append(by, zaak, event, segment, payload);
    }

    /** The case for a VT-medewerker or gedragswetenschapper of its region; others are refused and logged. */
    private ZaakView toegang(Actor by, UUID id, String event) {
        ZaakView zaak = access.accessible(by, id, event, ActionCode.C);
        access.requireRole(by, ZaakAccess.MELDER_ROLLEN, event, id);
        return zaak;
    }
}
