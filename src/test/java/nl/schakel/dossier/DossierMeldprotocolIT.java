package nl.schakel.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.schakel.TestActors;
import nl.schakel.dossier.DossierManagement.NewBetrokkene;
import nl.schakel.dossier.domain.Uitvoerder;
import nl.schakel.dossier.domain.Voortgang;
import nl.schakel.identity.IdentityManagement;
import nl.schakel.organisation.Aandachtsfunctionaris;
import nl.schakel.organisation.Bewaartermijn;
import nl.schakel.organisation.Checkinstructie;
import nl.schakel.organisation.Kaderregel;
import nl.schakel.organisation.Medewerkerroute;
import nl.schakel.organisation.Meldprotocol;
import nl.schakel.organisation.Meldprotocollen;
import nl.schakel.organisation.OrganisationManagement;
import nl.schakel.organisation.SocialeKaartContact;
import nl.schakel.organisation.SpecifiekeVorm;
import nl.schakel.organisation.Stapverdeling;
import nl.schakel.organisation.Verwijsindexafspraak;
import nl.schakel.shared.AccessDeniedException;
import nl.schakel.shared.Actor;
import nl.schakel.shared.Beroepscluster;
import nl.schakel.shared.ConsultatieMet;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.Relatie;
import nl.schakel.shared.Role;
import nl.schakel.shared.SignaalSoort;
import nl.schakel.shared.TeamId;
import nl.schakel.shared.TenantId;
import nl.schakel.shared.TenantKind;
import nl.schakel.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 13 through the dossier's facades: a dossier follows the meldprotocol in force in its own organisation (a
 * school of this test only): it records the version, works with the kader the protocol's rule gives the owner, hands
 * the dossier of a member of a signal-only team to the named uitvoerder, who is told, and shows the protocol's
 * instructions where the professional needs them.
 */
@SpringBootTest
class DossierMeldprotocolIT {

    @Autowired
    DossierManagement dossiers;

    @Autowired
    DossierStappen stappen;

    @Autowired
    AfwegingManagement afwegingen;

    @Autowired
    VirManagement vir;

    @Autowired
    ToewijzingManagement toewijzingen;

    @Autowired
    Meldprotocollen meldprotocollen;

    @Autowired
    OrganisationManagement organisation;

    @Autowired
    IdentityManagement identity;

    @Autowired
    JdbcTemplate jdbc;

    private TenantId school;
    private TeamId pleinwacht;
    private Actor signaleerder;
    private Actor uitvoerder;
    private Actor leerkracht;

    @BeforeEach
    void schoolWithAMeldprotocol() {
        school = organisation.createSystemTenant(
                "School Meldprotocol " + UUID.randomUUID().toString().substring(0, 8),
                TenantKind.ORGANISATIE,
                Set.of("onderwijs"),
                Set.of(Beroepscluster.ONDERWIJS));
        pleinwacht = organisation.createSystemTeam(school, "Pleinwacht");
        signaleerder = member("mp-sig", pleinwacht, Role.BEROEPSKRACHT);
        uitvoerder = member("mp-uit", null, Role.BEROEPSKRACHT);
        leerkracht = member("mp-lk", null, Role.BEROEPSKRACHT);
        Actor af = member("mp-af", null, Role.AANDACHTSFUNCTIONARIS);
        meldprotocollen.legVastAlsSysteem(school, protocol(uitvoerder.userId(), af.userId(), false));
    }

    private Actor member(String prefix, @Nullable TeamId team, Role role) {
        return TestActors.actor(
                jdbc, TestActors.enrolledMember(identity, school, prefix, null, team, role, Beroepscluster.ONDERWIJS));
    }

    /** The pleinwacht only signals, for the uitvoerder, under the kinderopvang kader; the rest uses onderwijs. */
    private Meldprotocol protocol(UserId uitvoerderId, UserId af, boolean verwijsindex) {
        LocalDate vandaag = dossiers.today();
        return new Meldprotocol(
                "Bestuur, besluit 2026-13",
                vandaag,
                vandaag,
                List.of("", "", "", "", ""),
                List.of(
                        new Stapverdeling(null, false, null, null),
                        new Stapverdeling(pleinwacht, true, uitvoerderId, null)),
                List.of(new Kaderregel(Kaderregel.Soort.TEAM, pleinwacht.toString(), "kinderopvang")),
                "onderwijs",
                List.of(new Aandachtsfunctionaris(af, "kamer 12", "4 uur per week")),
                List.of(new SpecifiekeVorm(
                        "eergerelateerd-geweld", "LEC EGG, 070-123 45 67", "Bel de LEC voor u iets doet.")),
                new Checkinstructie("Vraag of er broers of zussen zijn.", Set.of(Checkinstructie.Moment.INTAKE)),
                new Checkinstructie("", Set.of()),
                new Verwijsindexafspraak(verwijsindex, "De school signaleert niet; de aandachtsfunctionaris overlegt."),
                Medewerkerroute.geen(),
                List.of(new Bewaartermijn("Leerlingdossier", 2, "AVG")),
                List.of("Veilig Thuis Demo-Noord"),
                List.of(new SocialeKaartContact("Veilig Thuis", "advies en melding", "0800-2000")));
    }

    private UUID open(Actor by) {
        return dossiers.open(
                by, List.of(new NewBetrokkene("Noor Protocoltest", LocalDate.of(2015, 3, 3), "", Relatie.KIND)));
    }

    private NewSignaal signaal(String... codes) {
        return new NewSignaal(
                dossiers.today(),
                "Noor vertelde over dreiging thuis.",
                SignaalSoort.FEIT,
                "",
                Set.of(),
                false,
                Set.of(codes));
    }

    @Test
    void aDossierOfASignalOnlyTeamGoesToTheNamedUitvoerderWhoIsToldAndWorksUnderTheTeamsKader() {
        UUID id = open(signaleerder);

        DossierView view = dossiers.dossier(signaleerder, id);
        assertThat(view.meldprotocolVersie()).isEqualTo(1);
        assertThat(view.uitvoerder())
                .isEqualTo(Uitvoerder.collega(uitvoerder.userId().value(), uitvoerder.displayName()));
        assertThat(view.alleenSignaleren()).isTrue();
        dossiers.addSignaal(signaleerder, id, signaal());
        assertThatThrownBy(() -> dossiers.addConsultatie(
                        signaleerder,
                        id,
                        new NewConsultatie(dossiers.today(), ConsultatieMet.COLLEGA, "Ine", "Volgen.")))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(toewijzingen.open(uitvoerder)).extracting(h -> h.href()).containsExactly("/dossiers/" + id);
        assertThat(toewijzingen.open(leerkracht)).isEmpty();
        Voortgang voortgang = afwegingen.afwegingen(uitvoerder, id).voortgang();
        assertThat(voortgang).isNotNull();
        assertThat(voortgang.kader().code())
                .as("the team's kader, not the uitvoerder's cluster")
                .isEqualTo("kinderopvang");
        assertThat(afwegingen.afwegingen(uitvoerder, id).kiesCluster()).isFalse();
        toewijzingen.geopend(uitvoerder, dossiers.dossier(uitvoerder, id));
        assertThat(toewijzingen.open(uitvoerder)).isEmpty();
    }

    @Test
    void aDossierOfAMemberWhoRunsTheStepsRecordsTheVersionAndTheKaderForEveryone() {
        UUID id = open(leerkracht);

        assertThat(dossiers.dossier(leerkracht, id).meldprotocolVersie()).isEqualTo(1);
        assertThat(dossiers.dossier(leerkracht, id).uitvoerder()).isEqualTo(Uitvoerder.EIGENAAR);
        assertThat(afwegingen.afwegingen(leerkracht, id).voortgang().kader().code())
                .isEqualTo("onderwijs");
        assertThat(toewijzingen.open(uitvoerder)).isEmpty();

        meldprotocollen.legVastAlsSysteem(school, protocol(uitvoerder.userId(), leerkracht.userId(), true));
        assertThat(dossiers.dossier(leerkracht, id).meldprotocolVersie())
                .as("a dossier keeps the version it was opened under")
                .isEqualTo(1);
        assertThat(dossiers.dossier(leerkracht, open(leerkracht)).meldprotocolVersie())
                .isEqualTo(2);
    }

    @Test
    void rule15_underAMeldprotocolNobodyChoosesAKaderForTheDossier() {
        UUID id = open(leerkracht);
        Actor zonderCluster = TestActors.withoutCluster(leerkracht);

        AfwegingenView view = afwegingen.afwegingen(zonderCluster, id);
        assertThat(view.kiesCluster()).isFalse();
        assertThat(view.voortgang().kader().code()).isEqualTo("onderwijs");
        assertThatThrownBy(() -> afwegingen.kiesBeroepscluster(zonderCluster, id, Beroepscluster.ARTSEN))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsEntry("beroepscluster", "kaderkeuze.fout.meldprotocol"));
    }

    @Test
    void theProfessionalSeesTheProtocolsInstructionsWhereTheyNeedThem() {
        UUID id = open(leerkracht);
        dossiers.addSignaal(leerkracht, id, signaal());
        assertThat(stappen.overzicht(leerkracht, id).instructies().specifiekeVormen())
                .as("no signaal names a switched-on form yet")
                .isEmpty();

        dossiers.addSignaal(leerkracht, id, signaal("eergerelateerd-geweld"));
        MeldprotocolInstructies instructies = stappen.overzicht(leerkracht, id).instructies();
        assertThat(instructies.specifiekeVormen())
                .singleElement()
                .satisfies(v -> assertThat(v.deskundige()).isEqualTo("LEC EGG, 070-123 45 67"));
        assertThat(instructies.kindcheck()).isEqualTo("Vraag of er broers of zussen zijn.");

        assertThat(instructies.verwijsindexToegestaan()).isFalse();
        UUID kind = dossiers.dossier(leerkracht, id).betrokkenen().getFirst().id();
        assertThatThrownBy(() -> vir.signaleer(leerkracht, id, kind))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("", "vir.fout.meldprotocol"));

        assertThat(stappen.overzicht(leerkracht, id).medewerkerRouteMogelijk())
                .as("an onderwijs member, but the protocol has no colleague route")
                .isFalse();
    }
}
