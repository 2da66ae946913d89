package nl.schakel.demo;

import java.util.Arrays;
import java.util.Set;
import nl.schakel.identity.ApiClients;
import nl.schakel.identity.IdentityManagement;
import nl.schakel.identity.NewAccount;
import nl.schakel.organisation.OrganisationManagement;
import nl.schakel.shared.Beroepscluster;
import nl.schakel.shared.Role;
import nl.schakel.shared.TeamId;
import nl.schakel.shared.TenantId;
import nl.schakel.shared.TenantKind;
import nl.schakel.shared.UserId;
import nl.schakel.veiligthuis.VeiligThuisDemo;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the demo tenants and users once (all synthetic). Several nodes starting together create them once: the
 * check and the inserts run under a transaction-scoped advisory lock.
 */
@Component
@ConditionalOnProperty(name = "schakel.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "Demo-wachtwoord-2026!";
    static final String TOTP_SECRET = "JBSWY3DPEHPK3PXP";
    static final String SCHOOL = "Basisschool De Schakel";
    private static final long DEMO_LOCK = 2026_0001;

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final OrganisationManagement organisation;
    private final IdentityManagement identity;
    private final ApiClients apiClients;
    private final JdbcClient jdbc;
    private final VeiligThuisDemo veiligThuis;

    DemoData(
            OrganisationManagement organisation,
            IdentityManagement identity,
            ApiClients apiClients,
            JdbcClient jdbc,
            VeiligThuisDemo veiligThuis,
            Environment env) {
        if (Arrays.asList(env.getActiveProfiles()).contains("prod")) {
            throw new IllegalStateException(
                    "Demo data is refused with the prod profile: set SCHAKEL_DEMO_ENABLED=false");
        }
        this.organisation = organisation;
        this.identity = identity;
        this.apiClients = apiClients;
        this.jdbc = jdbc;
        this.veiligThuis = veiligThuis;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(DEMO_LOCK).query().singleRow();
        if (organisation.findByName(SCHOOL).isPresent()) {
            return;
        }
        TenantId school = organisation.createSystemTenant(
                SCHOOL, TenantKind.ORGANISATIE, Set.of("onderwijs"), Set.of(Beroepscluster.ONDERWIJS));
        TenantId praktijk = organisation.createSystemTenant(
                "Huisartsenpraktijk Het Plein", TenantKind.ORGANISATIE, Set.of("zorg"), Set.of(Beroepscluster.ARTSEN));
        TenantId opvang = organisation.createSystemTenant(
                "Kinderopvang Het Nest",
                TenantKind.ORGANISATIE,
                Set.of("kinderopvang"),
                Set.of(Beroepscluster.KINDEROPVANG));
        TenantId noord = organisation.createSystemTenant(
                "Veilig Thuis Demo-Noord", TenantKind.VEILIG_THUIS_REGIO, Set.of(), Set.of());
        organisation.createSystemTenant("Veilig Thuis Demo-Zuid", TenantKind.VEILIG_THUIS_REGIO, Set.of(), Set.of());
        TeamId groepen = organisation.createSystemTeam(school, "Groep 5 tot en met 8");
        TeamId intake = organisation.createSystemTeam(noord, "Intake en veiligheidsbeoordeling");

        user(
                "leerkracht",
                "Lotte Leerkracht",
                school,
                TenantKind.ORGANISATIE,
                groepen,
                Role.BEROEPSKRACHT,
                Beroepscluster.ONDERWIJS);
        user(
                "af-school",
                "Anouk Aandacht",
                school,
                TenantKind.ORGANISATIE,
                null,
                Role.AANDACHTSFUNCTIONARIS,
                Beroepscluster.ONDERWIJS);
        user("beheer-school", "Bram Beheer", school, TenantKind.ORGANISATIE, null, Role.BEHEERDER, null);
        user("privacy-school", "Petra Privacy", school, TenantKind.ORGANISATIE, null, Role.LOGVERANTWOORDELIJKE, null);
        user(
                "huisarts",
                "Hanna Huisarts",
                praktijk,
                TenantKind.ORGANISATIE,
                null,
                Role.BEROEPSKRACHT,
                Beroepscluster.ARTSEN);
        user(
                "pm-kinderopvang",
                "Pim Pedagogisch",
                opvang,
                TenantKind.ORGANISATIE,
                null,
                Role.BEROEPSKRACHT,
                Beroepscluster.KINDEROPVANG);
        UserId vt =
                user("vt-noord", "Vera Veilig", noord, TenantKind.VEILIG_THUIS_REGIO, intake, Role.VT_MEDEWERKER, null);
        UserId gw = user(
                "gw-noord",
                "Gijs Gedrag",
                noord,
                TenantKind.VEILIG_THUIS_REGIO,
                intake,
                Role.GEDRAGSWETENSCHAPPER,
                null);
        user("tl-noord", "Tessa Teamleider", noord, TenantKind.VEILIG_THUIS_REGIO, intake, Role.VT_TEAMLEIDER, null);
        user("platform", "Paul Platform", null, null, null, Role.PLATFORMBEHEERDER, null);
        apiClients.register(school, "school-demo", "school-demo-secret", "Leerlingvolgsysteem (demo)");
        apiClients.register(noord, "vt-noord-demo", "vt-noord-demo-secret", "Regiosysteem Demo-Noord (demo)");
        veiligThuis.vulDemoRegio(noord, intake, vt, gw);
        log.info("Demo data created: 5 tenants, 9 users, 2 API clients and the cases of Demo-Noord (see README)");
    }

    private UserId user(
            String username,
            String name,
            @Nullable TenantId tenant,
            @Nullable TenantKind kind,
            @Nullable TeamId team,
            Role role,
            @Nullable Beroepscluster cluster) {
        return identity.createSystemAccount(
                new NewAccount(username, name, PASSWORD, tenant, kind, team, role, cluster), TOTP_SECRET);
    }
}
