package nl.schakel.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.schakel.TestActors;
import nl.schakel.TotpCodes;
import nl.schakel.WebITSupport;
import nl.schakel.identity.IdentityManagement;
import nl.schakel.identity.NewAccount;
import nl.schakel.shared.AccessDeniedException;
import nl.schakel.shared.Actor;
import nl.schakel.shared.Beroepscluster;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.NotFoundException;
import nl.schakel.shared.Role;
import nl.schakel.shared.TeamId;
import nl.schakel.shared.TenantId;
import nl.schakel.shared.TenantKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A fresh childcare organisation records versions of its meldprotocol: what the version in force says for its members,
 * who may read and record versions, that versions are append-only, and that every read and change is logged.
 */
class MeldprotocollenIT extends WebITSupport {

    @Autowired
    Meldprotocollen meldprotocollen;

    @Autowired
    OrganisationManagement organisation;

    @Autowired
    IdentityManagement identity;

    private TenantId tenant;
    private TeamId groep;
    private Actor beheerder;
    private Actor af;
    private Actor pm;

    @BeforeEach
    void organisatie() {
        tenant = organisation.createSystemTenant(
                "Kinderopvang Protocol " + UUID.randomUUID().toString().substring(0, 8),
                TenantKind.ORGANISATIE,
                Set.of("kinderopvang"),
                Set.of(Beroepscluster.KINDEROPVANG));
        groep = organisation.createSystemTeam(tenant, "Peutergroep");
        beheerder = member("mp-beheer", null, Role.BEHEERDER, null);
        af = member("mp-af", null, Role.AANDACHTSFUNCTIONARIS, Beroepscluster.KINDEROPVANG);
        pm = member("mp-pm", groep, Role.BEROEPSKRACHT, Beroepscluster.KINDEROPVANG);
    }

    private Actor member(String prefix, TeamId team, Role role, Beroepscluster cluster) {
        String username = TestActors.uniqueUsername(prefix);
        identity.createSystemAccount(
                new NewAccount(
                        username,
                        "Test " + username,
                        TotpCodes.DEMO_PASSWORD,
                        tenant,
                        TenantKind.ORGANISATIE,
                        team,
                        role,
                        cluster),
                TotpCodes.DEMO_SECRET);
        return TestActors.actor(jdbc, username);
    }

    private LocalDate vandaag() {
        return LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Amsterdam"));
    }

    private Meldprotocol protocol(LocalDate ingang, boolean groepSignaleert) {
        Meldprotocol p = meldprotocollen.concept(beheerder);
        return met(
                p,
                ingang,
                List.of(
                        new Stapverdeling(null, false, null, af.userId()),
                        new Stapverdeling(groep, groepSignaleert, null, af.userId())),
                p.kaderVoorIedereen());
    }

    private Meldprotocol met(Meldprotocol p, LocalDate ingang, List<Stapverdeling> verdelingen, String kader) {
        return new Meldprotocol(
                "Bestuur, besluit 7",
                vandaag(),
                ingang,
                p.stappen(),
                verdelingen,
                p.kaderregels(),
                kader,
                p.aandachtsfunctionarissen(),
                p.specifiekeVormen(),
                p.kindcheck(),
                p.mantelzorgcheck(),
                p.verwijsindex(),
                new Medewerkerroute(true, "De houder, via de directeur", "", ""),
                p.bewaartermijnen(),
                List.of("Veilig Thuis Demo-Noord"),
                p.socialeKaart());
    }

    private int logRows(Actor by, String event, String outcome) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM audit.access_log WHERE username = ? AND event = ? AND outcome = ?",
                Integer.class,
                by.username(),
                event,
                outcome);
    }

    @Test
    void nothingIsInForceBeforeTheFirstVersion() {
        assertThat(meldprotocollen.toepassing(tenant, groep, Role.BEROEPSKRACHT, Beroepscluster.KINDEROPVANG))
                .isEmpty();
        assertThat(meldprotocollen.minimumeisen(tenant))
                .hasSize(6)
                .allSatisfy(s -> assertThat(s.vervuld()).isFalse());
        assertThat(meldprotocollen.vanKracht(pm)).isEmpty();
    }

    @Test
    void theFirstFormStartsFromTheSectorsKaderAndRetentionTerms() {
        Meldprotocol concept = meldprotocollen.concept(af);
        assertThat(concept.kaderVoorIedereen()).isEqualTo("kinderopvang");
        assertThat(concept.bewaartermijnen())
                .extracting(Bewaartermijn::dossiersoort)
                .containsExactly("Kinddossier");
        assertThat(concept.medewerkerroute().ingesteld()).isTrue();
        assertThat(concept.ingangsdatum()).isEqualTo(vandaag());
    }

    @Test
    void rule24_aVersionInForceMakesTheGroupSignalOnlyAndItsMembersHandOverToTheAandachtsfunctionarissen() {
        MeldprotocolVersie v1 = meldprotocollen.legVast(beheerder, protocol(vandaag(), true));
        assertThat(v1.versie()).isEqualTo(1);
        MeldprotocolToepassing t = meldprotocollen
                .toepassing(tenant, groep, Role.BEROEPSKRACHT, Beroepscluster.KINDEROPVANG)
                .orElseThrow();
        assertThat(t.versie()).isEqualTo(1);
        assertThat(t.kaderCode()).isEqualTo("kinderopvang");
        assertThat(t.alleenSignaleren()).isTrue();
        assertThat(t.uitvoerder()).isEmpty();
        assertThat(t.eindverantwoordelijke()).contains(af.userId());
        assertThat(meldprotocollen
                        .toepassing(tenant, null, Role.BEROEPSKRACHT, null)
                        .orElseThrow()
                        .alleenSignaleren())
                .isFalse();
        assertThat(logRows(beheerder, "organisation.meldprotocol.create", "GESLAAGD"))
                .isEqualTo(1);
    }

    @Test
    void aNewVersionWithALaterIngangsdatumIsListedButNotYetInForceAndTheOldOneStaysReadable() {
        meldprotocollen.legVast(af, protocol(vandaag(), false));
        MeldprotocolVersie v2 = meldprotocollen.legVast(af, protocol(vandaag().plusDays(7), true));
        assertThat(v2.versie()).isEqualTo(2);
        assertThat(meldprotocollen.versies(beheerder))
                .extracting(MeldprotocolVersie::versie)
                .containsExactly(2, 1);
        assertThat(meldprotocollen.vanKracht(pm).orElseThrow().versie()).isEqualTo(1);
        assertThat(meldprotocollen.versie(af, 2).inhoud().verdeling(groep).alleenSignaleren())
                .isTrue();
        assertThat(meldprotocollen
                        .toepassing(tenant, groep, Role.BEROEPSKRACHT, null)
                        .orElseThrow()
                        .versie())
                .isEqualTo(1);
        assertThat(meldprotocollen.versie(tenant, 2)).isPresent();
    }

    @Test
    void aBeroepskrachtReadsTheVersionInForceOnlyAndRecordsNothing() {
        meldprotocollen.legVast(beheerder, protocol(vandaag(), false));
        meldprotocollen.legVast(beheerder, protocol(vandaag().plusDays(3), false));
        assertThat(meldprotocollen.versie(pm, 1).versie()).isEqualTo(1);
        assertThatThrownBy(() -> meldprotocollen.versie(pm, 2)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> meldprotocollen.versies(pm)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> meldprotocollen.legVast(pm, protocol(vandaag(), false)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(logRows(pm, "organisation.meldprotocol.read", "GESLAAGD")).isEqualTo(1);
        assertThat(logRows(pm, "organisation.meldprotocol.read", "GEWEIGERD")).isEqualTo(1);
        assertThat(logRows(pm, "organisation.meldprotocol.create", "GEWEIGERD")).isEqualTo(1);
    }

    @Test
    void aVeiligThuisWorkerAndAnotherOrganisationsMemberSeeNothing() {
        meldprotocollen.legVast(beheerder, protocol(vandaag(), false));
        Actor vt = TestActors.actor(jdbc, "vt-noord");
        assertThatThrownBy(() -> meldprotocollen.vanKracht(vt)).isInstanceOf(AccessDeniedException.class);
        Actor huisarts = TestActors.actor(jdbc, "huisarts");
        assertThatThrownBy(() -> meldprotocollen.versie(huisarts, 999)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aVersionThatBreaksARuleIsRefusedWithDutchFieldErrorsAndNothingIsStored() {
        Meldprotocol p = protocol(vandaag(), false);
        Meldprotocol zonderKader = met(p, vandaag(), p.stapverdelingen(), "");
        assertThatThrownBy(() -> meldprotocollen.legVast(beheerder, zonderKader))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsEntry("kaderVoorIedereen", "meldprotocol.fout.kaderVoorIedereen"));
        assertThat(meldprotocollen.versies(beheerder)).isEmpty();
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAStoredVersion() {
        meldprotocollen.legVast(beheerder, protocol(vandaag(), false));
        assertThatThrownBy(() -> jdbc.update(
                        "UPDATE organisation.meldprotocol_versie SET vastgelegd_door_naam = 'x' WHERE tenant_id = ?",
                        tenant.value()))
                .rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() ->
                        jdbc.update("DELETE FROM organisation.meldprotocol_versie WHERE tenant_id = ?", tenant.value()))
                .rootCause()
                .hasMessageContaining("append-only");
    }
}
