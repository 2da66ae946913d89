package nl.schakel.keten;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.schakel.keten.federatie.Uitgang;
import nl.schakel.keten.persistence.RegisterStore;
import nl.schakel.organisation.OrganisationManagement;
import nl.schakel.register.Match;
import nl.schakel.register.MatchGevonden;
import nl.schakel.register.Pseudoniem;
import nl.schakel.register.Regio;
import nl.schakel.register.Soort;
import nl.schakel.register.VtRegister;
import nl.schakel.shared.Instantie;
import nl.schakel.shared.TenantId;
import nl.schakel.shared.TenantKind;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The chain's side of the national VT-register (domain spec §3.8, rule 46): a Veilig Thuis region registers its
 * involvement with a case's directbetrokkenen ({@link Registratie}) and its end ({@link Beeindiging}), and reads the
 * matches the register told it of ({@link RegisterMatch}, announced by {@link RegisterMatchOntvangen}). Copies are
 * kept append-only in this module's tables, once per message id, in the caller's transaction.
 *
 * <p>When this instance serves the register ({@code schakel.instantie.rollen} contains {@code REGISTER}, as in the
 * all-in-one default) a registration goes straight to {@link VtRegister} in the caller's transaction; otherwise it
 * leaves through {@link #overDeFederatie}. A match the register announces ({@link MatchGevonden}) is copied for the
 * told region and announced to it when it is a region of this instance, and sent over the federation otherwise.
 */
@Service
public class KetenRegister {

    /** The role of an instance that serves the national VT-register. */
    private final RegisterStore store;

    private final VtRegister register;
    private final OrganisationManagement organisation;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Instantie instantie;
    private final @Nullable String oin;
    private final Uitgang uitgang;

    KetenRegister(
            RegisterStore store,
            VtRegister register,
            OrganisationManagement organisation,
            ApplicationEventPublisher events,
            Clock clock,
            Instantie instantie,
            @Value("${schakel.federatie.oin:}") String oin,
            Uitgang uitgang) {
        this.store = store;
        this.register = register;
        this.organisation = organisation;
        this.events = events;
        this.clock = clock;
        this.instantie = instantie;
        this.oin = oin.isBlank() ? null : oin;
        this.uitgang = uitgang;
    }

    /**
     * Registers a region's involvement with a case's directbetrokkenen, in the caller's transaction. A registration
     * with an id kept before is not sent again.
     */
    @Transactional
    public void registreer(Registratie r) {
        if (!store.insert(r, clock.instant())) {
            return;
        }
        if (dientRegister()) {
            aanRegister(r, oin);
        } else {
            overDeFederatie(
                    nl.schakel.keten.federatie.Soort.REGISTRATIE,
                    r.id(),
                    r.regio().id());
        }
    }

    /** Ends a region's involvement with a case, in the caller's transaction; once per message id. */
    @Transactional
    public void beeindig(Beeindiging b) {
        if (!store.insert(b, clock.instant())) {
            return;
        }
        if (dientRegister()) {
            aanRegister(b, oin);
        } else {
            overDeFederatie(
                    nl.schakel.keten.federatie.Soort.BEEINDIGING,
                    b.id(),
                    b.regio().id());
        }
    }

    /**
     * Hands a registration to the register of this instance, naming the region by the OIN it came with (this
     * instance's own, or the sending party's when it came over the federation, ADR-0025), so the register's access log
     * names it. The one way a registration reaches {@code VtRegister}, in-process or received.
     */
    public void aanRegister(Registratie r, @Nullable String vanOin) {
        register.registreer(
                new Regio(r.regio().id(), r.regio().naam(), vanOin),
                r.zaakReferentie(),
                r.personen().stream().map(KetenRegister::pseudoniem).toList(),
                r.sinds(),
                r.contact());
    }

    /** Hands the end of an involvement to the register of this instance; see {@link #aanRegister(Registratie, String)}. */
    public void aanRegister(Beeindiging b, @Nullable String vanOin) {
        register.beeindig(new Regio(b.regio().id(), b.regio().naam(), vanOin), b.zaakReferentie(), b.tot());
    }

    /** A match told to the given region, by its id; empty for any other region. */
    @Transactional(readOnly = true)
    public Optional<RegisterMatch> match(TenantId regio, UUID id) {
        return store.match(regio, id);
    }

    /** The matches told to the given region about one of its cases, oldest first. */
    @Transactional(readOnly = true)
    public List<RegisterMatch> matches(TenantId regio, UUID zaakReferentie) {
        return store.matches(regio, zaakReferentie);
    }

    /**
     * Takes a match the register found: reads it as the told region, keeps the copy once, and announces it with
     * {@link RegisterMatchOntvangen} when the region is one of this instance, or sends it over the federation.
     */
    @Transactional
    void matchGevonden(MatchGevonden gevonden) {
        boolean hier = lokaal(gevonden.regio());
        Regio vrager = new Regio(gevonden.regio(), regioNaam(gevonden.regio()), hier ? oin : null);
        register.match(vrager, gevonden.matchId())
                .map(KetenRegister::kopie)
                .filter(m -> store.insert(m, clock.instant()))
                .ifPresent(m -> {
                    if (hier) {
                        events.publishEvent(new RegisterMatchOntvangen(m.id(), m.regio()));
                    } else {
                        overDeFederatie(nl.schakel.keten.federatie.Soort.MATCH, m.id(), m.regio());
                    }
                });
    }

    /**
     * Whether this instance serves the national VT-register: its roles ({@code schakel.instantie.rollen}, all three
     * by default) include {@code REGISTER}.
     */
    boolean dientRegister() {
        return instantie.bedient(Instantie.Rol.REGISTER);
    }

    /**
     * The one place where a VT-register message leaves this instance for another party: a registration or its end
     * to the party serving the register, a match to the party serving the told region. The copy is kept in this
     * module's tables; the federation's outbox ({@code keten.federatie.Uitgang}, ADR-0025) writes the message in the
     * caller's transaction and builds the body from the copy by its id at delivery.
     *
     * @throws IllegalStateException when no party serves the register, or the told region is served nowhere
     */
    void overDeFederatie(String soort, UUID onderwerpId, TenantId over) {
        if (nl.schakel.keten.federatie.Soort.MATCH.equals(soort)) {
            if (!uitgang.naarElders(soort, onderwerpId, over, over)) {
                throw new IllegalStateException("A match for region " + over + " has no party to go to");
            }
        } else {
            uitgang.naarRegister(soort, onderwerpId, over);
        }
    }

    private boolean lokaal(TenantId regio) {
        return organisation.tenantsOfKind(TenantKind.VEILIG_THUIS_REGIO).stream()
                .anyMatch(t -> t.id().equals(regio));
    }

    private String regioNaam(TenantId regio) {
        return organisation.tenantsOfKind(TenantKind.VEILIG_THUIS_REGIO).stream()
                .filter(t -> t.id().equals(regio))
                .map(t -> t.name())
                .findFirst()
                .orElse("regio " + regio);
    }

    private static Pseudoniem pseudoniem(Registratie.Persoon p) {
        return new Pseudoniem(p.pseudoniem(), Soort.valueOf(p.soort().name()), p.sleutelversie());
    }

    private static RegisterMatch kopie(Match m) {
        return new RegisterMatch(
                m.id(),
                m.regio(),
                m.zaakReferentie(),
                m.pseudoniem().waarde(),
                Pseudoniemsoort.valueOf(m.pseudoniem().soort().name()),
                m.andereRegio(),
                m.andereRegioNaam(),
                m.sinds(),
                m.tot(),
                m.contact());
    }
}
