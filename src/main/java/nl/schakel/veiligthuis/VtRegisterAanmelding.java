package nl.schakel.veiligthuis;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.schakel.audit.AccessEvent;
import nl.schakel.audit.AccessLog;
import nl.schakel.audit.ActionCode;
import nl.schakel.audit.Outcome;
import nl.schakel.keten.Beeindiging;
import nl.schakel.keten.KetenRegister;
import nl.schakel.keten.Pseudoniemsoort;
import nl.schakel.keten.Registratie;
import nl.schakel.keten.VeiligThuisRegio;
import nl.schakel.shared.TenantId;
import nl.schakel.shared.UserId;
import nl.schakel.shared.journal.JournalEntry;
import nl.schakel.veiligthuis.domain.Bron;
import nl.schakel.veiligthuis.domain.Directbetrokkene;
import nl.schakel.veiligthuis.domain.Intake;
import nl.schakel.veiligthuis.domain.RegisterMatchGemeld;
import nl.schakel.veiligthuis.domain.Verrijking;
import nl.schakel.veiligthuis.persistence.ZaakRegisterStore;
import nl.schakel.veiligthuis.persistence.ZaakStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The region's side of the national VT-register (domain spec §3.8, rule 46; ADR-0024), in the caller's transaction:
 * when a case with directbetrokkenen is opened it registers the region's involvement with each of them under a
 * pseudonym ({@link RegisterSleutel}: of the BSN, or of the name and date of birth when the BSN is unknown) through
 * {@link KetenRegister}, keeps which pseudonym belongs to which directbetrokkene (so that a match names the person) and
 * fills the verrijking source VT-register; when the case closes it ends the involvement. A case without
 * directbetrokkenen (an anonymous advies) is not registered.
 */
@Component
class VtRegisterAanmelding {

    /** The name the entries Schakel writes from the register carry as their author. */
    static final String AUTEUR = "Schakel (VT-register)";

    private final KetenRegister register;
    private final nl.schakel.keten.KetenManagement keten;
    private final ZaakRegisterStore registers;
    private final ZaakStore store;
    private final RegisterSleutel sleutel;
    private final AccessLog accessLog;
    private final Clock clock;
    private final String contact;

    VtRegisterAanmelding(
            KetenRegister register,
            nl.schakel.keten.KetenManagement keten,
            ZaakRegisterStore registers,
            ZaakStore store,
            RegisterSleutel sleutel,
            AccessLog accessLog,
            Clock clock,
            @Value("${schakel.veilig-thuis.register-contact:Demo-lijn Veilig Thuis 0800-2000 (niet echt)}")
                    String contact) {
        this.register = register;
        this.keten = keten;
        this.registers = registers;
        this.store = store;
        this.sleutel = sleutel;
        this.accessLog = accessLog;
        this.clock = clock;
        this.contact = contact.strip();
        if (this.contact.isEmpty() || this.contact.length() > Registratie.MAX_CONTACT) {
            throw new IllegalStateException("schakel.veilig-thuis.register-contact must be 1 to "
                    + Registratie.MAX_CONTACT + " characters: how other regions reach this one about a case");
        }
    }

    /**
     * Registers the region's involvement with the case's directbetrokkenen under the current key version, once, and
     * writes the verrijking source VT-register on the case. Nothing happens for a case without directbetrokkenen.
     */
    void aanmelden(TenantId tenant, UUID zaak, List<Directbetrokkene> betrokkenen, Instant sinds) {
        List<ZaakRegisterStore.Pseudoniem> pseudoniemen = pseudoniemen(betrokkenen);
        if (pseudoniemen.isEmpty()) {
            return;
        }
        VeiligThuisRegio regio = regio(tenant);
        UUID id = UUID.randomUUID();
        if (!registers.insertRegistratie(id, zaak, tenant, sleutel.versie(), sinds, pseudoniemen)) {
            return;
        }
        Set<String> gezien = new LinkedHashSet<>();
        List<Registratie.Persoon> personen = new ArrayList<>();
        for (ZaakRegisterStore.Pseudoniem p : pseudoniemen) {
            // two directbetrokkenen with the same pseudonym (the same name and date of birth) are one person there
            if (gezien.add(p.pseudoniem())) {
                personen.add(
                        new Registratie.Persoon(p.pseudoniem(), Pseudoniemsoort.valueOf(p.soort()), sleutel.versie()));
            }
        }
        register.registreer(new Registratie(id, regio, zaak, personen, sinds, contact));
        accessLog.record(AccessEvent.anonymous("veiligthuis.register.aangemeld", ActionCode.C, Outcome.GESLAAGD)
                .tenant(tenant)
                .on(ZaakAccess.OBJECT_TYPE, zaak)
                .segment("vt-register"));
        if (store.entries(zaak).stream()
                .noneMatch(e -> e.payload() instanceof Verrijking v && v.bron() == Bron.VT_REGISTER)) {
            verrijk(tenant, zaak, List.of());
        }
    }

    /** Ends the region's involvement with a closed case in the register, once; a case never registered is skipped. */
    void beeindigen(TenantId tenant, UUID zaak) {
        Instant nu = clock.instant();
        if (registers.beeindig(zaak, nu)) {
            register.beeindig(new Beeindiging(UUID.randomUUID(), regio(tenant), zaak, nu));
            accessLog.record(AccessEvent.anonymous("veiligthuis.register.beeindigd", ActionCode.U, Outcome.GESLAAGD)
                    .tenant(tenant)
                    .on(ZaakAccess.OBJECT_TYPE, zaak)
                    .segment("vt-register"));
        }
    }

    /**
     * Writes the outcome of the source VT-register in the verrijking, by Schakel: what the register told of the case
     * so far (its matches, possible ones to be checked) or that no other region is known.
     */
    void verrijk(TenantId tenant, UUID zaak, List<RegisterMatchGemeld> matches) {
        Instant nu = clock.instant();
        store.insertEntry(JournalEntry.of(
                zaak,
                nu,
                new UserId(tenant.value()),
                AUTEUR,
                null,
                null,
                Verrijking.vanRegister(matches, LocalDate.ofInstant(nu, Intake.NL))));
    }

    /**
     * The pseudonym of each directbetrokkene: of the BSN when known, otherwise of the name and date of birth; a person
     * whose name has no letters or digits left after normalisation cannot be registered and is left out.
     */
    List<ZaakRegisterStore.Pseudoniem> pseudoniemen(List<Directbetrokkene> betrokkenen) {
        List<ZaakRegisterStore.Pseudoniem> uit = new ArrayList<>();
        for (Directbetrokkene b : betrokkenen) {
            if (b.bsn() != null) {
                uit.add(new ZaakRegisterStore.Pseudoniem(
                        b.id(), sleutel.vanBsn(b.bsn().value()), Pseudoniemsoort.BSN.name()));
            } else if (nl.schakel.keten.Pseudoniemen.identificeerbaar(b.naam())) {
                uit.add(new ZaakRegisterStore.Pseudoniem(
                        b.id(),
                        sleutel.vanNaamEnGeboortedatum(b.naam(), b.geboortedatum()),
                        Pseudoniemsoort.NAAM_GEBOORTEDATUM.name()));
            }
        }
        return uit;
    }

    private VeiligThuisRegio regio(TenantId tenant) {
        return keten.regio(tenant).orElseThrow(() -> new IllegalStateException("case of an unknown region"));
    }
}
