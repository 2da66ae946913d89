package nl.schakel.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import nl.schakel.identity.ApiClients;
import nl.schakel.identity.IdentityManagement;
import nl.schakel.identity.NewAccount;
import nl.schakel.organisation.MeldprotocolDemo;
import nl.schakel.organisation.OrganisationManagement;
import nl.schakel.shared.Beroepscluster;
import nl.schakel.shared.Instantie;
import nl.schakel.shared.Role;
import nl.schakel.shared.TeamId;
import nl.schakel.shared.TenantId;
import nl.schakel.shared.TenantKind;
import nl.schakel.shared.UserId;
import nl.schakel.veiligthuis.VeiligThuisDemo;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the demo tenants and users once (all synthetic), for what this instance serves: with
 * {@code ORGANISATIES} the school, the GP practice and the childcare with their users and API client; with
 * {@code REGIOS} the regions of {@code schakel.demo.regios} with their users, API client and cases; always the
 * platformbeheerder. Each part is created once, checked on its own, so an instance seeding only regions never looks
 * for the school. Several nodes starting together create them once: the checks and the inserts run under a
 * transaction-scoped advisory lock.
 */
@Component
@ConditionalOnProperty(name = "schakel.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "Demo-wachtwoord-2026!";
    static final String TOTP_SECRET = "JBSWY3DPEHPK3PXP";
    static final String INTAKE = "Intake en veiligheidsbeoordeling";
    private static final long DEMO_LOCK = 2026_0001;

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final OrganisationManagement organisation;
    private final IdentityManagement identity;
    private final ApiClients apiClients;
    private final JdbcClient jdbc;
    private final VeiligThuisDemo veiligThuis;
    private final MeldprotocolDemo meldprotocolDemo;
    private final Instantie instantie;
    private final List<String> regios;

    DemoData(
            OrganisationManagement organisation,
            IdentityManagement identity,
            ApiClients apiClients,
            JdbcClient jdbc,
            VeiligThuisDemo veiligThuis,
            MeldprotocolDemo meldprotocolDemo,
            Instantie instantie,
            @Value("${schakel.demo.regios:Veilig Thuis Demo-Noord,Veilig Thuis Demo-Zuid}") List<String> regios,
            Environment env) {
        if (Arrays.asList(env.getActiveProfiles()).contains("prod")) {
            throw new IllegalStateException(
                    "Demo data is refused with the prod profile: set SCHAKEL_DEMO_ENABLED=false");
        }
        for (String regio : regios) {
            if (!DemoTenants.REGIOS.contains(regio)) {
                throw new IllegalStateException("schakel.demo.regios names '" + regio
                        + "', which is no demo region; the demo regions are " + DemoTenants.REGIOS);
            }
        }
        this.organisation = organisation;
        this.identity = identity;
        this.apiClients = apiClients;
        this.jdbc = jdbc;
        this.veiligThuis = veiligThuis;
        this.meldprotocolDemo = meldprotocolDemo;
        this.instantie = instantie;
        this.regios = DemoTenants.REGIOS.stream().filter(regios::contains).toList();
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(DEMO_LOCK).query().singleRow();
        List<String> created = new ArrayList<>();
        if (instantie.bedient(Instantie.Rol.ORGANISATIES) && absent(DemoTenants.SCHOOL)) {
            organisaties();
            created.add("the school, the GP practice and the childcare with 6 users and 1 API client");
        }
        if (instantie.bedient(Instantie.Rol.REGIOS)) {
            // Demo-Zuid first: its earlier case about Daan Demo is in the VT-register before Demo-Noord registers him
            for (String regio : List.of(DemoTenants.ZUID, DemoTenants.NOORD)) {
                if (regios.contains(regio) && absent(regio)) {
                    created.add(regio.equals(DemoTenants.NOORD) ? noord() : zuid());
                }
            }
        }
        if (!identity.usernameTaken("platform")) {
            user("platform", "Paul Platform", null, null, null, Role.PLATFORMBEHEERDER, null);
            created.add("the platformbeheerder");
        }
        if (!created.isEmpty()) {
            log.info("Demo data created for {}: {} (see README)", instantie, String.join("; ", created));
        }
    }

    private boolean absent(String tenant) {
        return organisation.findByName(tenant).isEmpty();
    }

    private void organisaties() {
        TenantId school = tenant(
                DemoTenants.SCHOOL, TenantKind.ORGANISATIE, Set.of("onderwijs"), Set.of(Beroepscluster.ONDERWIJS));
        TenantId praktijk =
                tenant(DemoTenants.PRAKTIJK, TenantKind.ORGANISATIE, Set.of("zorg"), Set.of(Beroepscluster.ARTSEN));
        TenantId opvang = tenant(
                DemoTenants.OPVANG,
                TenantKind.ORGANISATIE,
                Set.of("kinderopvang"),
                Set.of(Beroepscluster.KINDEROPVANG));
        TeamId groepen = organisation.createSystemTeam(school, "Groep 5 tot en met 8");
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
        apiClients.register(school, "school-demo", "school-demo-secret", "Leerlingvolgsysteem (demo)");
        meldprotocolDemo.vulDemo(school, praktijk, opvang);
    }

    /** Demo-Noord: three workers, the region's API client and its cases in every service. */
    private String noord() {
        TenantId noord = tenant(DemoTenants.NOORD, TenantKind.VEILIG_THUIS_REGIO, Set.of(), Set.of());
        TeamId intake = organisation.createSystemTeam(noord, INTAKE);
        UserId vt = regioUser("vt-noord", "Vera Veilig", noord, intake, Role.VT_MEDEWERKER);
        UserId gw = regioUser("gw-noord", "Gijs Gedrag", noord, intake, Role.GEDRAGSWETENSCHAPPER);
        regioUser("tl-noord", "Tessa Teamleider", noord, intake, Role.VT_TEAMLEIDER);
        apiClients.register(noord, "vt-noord-demo", "vt-noord-demo-secret", "Regiosysteem Demo-Noord (demo)");
        veiligThuis.vulDemoRegio(noord, intake, vt, gw);
        return DemoTenants.NOORD + " with 3 users, 1 API client and its cases";
    }

    /** Demo-Zuid: a worker and a gedragswetenschapper, the region's API client and its earlier, closed case. */
    private String zuid() {
        TenantId zuid = tenant(DemoTenants.ZUID, TenantKind.VEILIG_THUIS_REGIO, Set.of(), Set.of());
        TeamId intake = organisation.createSystemTeam(zuid, INTAKE);
        UserId vt = regioUser("vt-zuid", "Zeynep Zuid", zuid, intake, Role.VT_MEDEWERKER);
        UserId gw = regioUser("gw-zuid", "Guus Gedrag", zuid, intake, Role.GEDRAGSWETENSCHAPPER);
        apiClients.register(zuid, "vt-zuid-demo", "vt-zuid-demo-secret", "Regiosysteem Demo-Zuid (demo)");
        veiligThuis.vulDemoZuid(zuid, intake, vt, gw);
        return DemoTenants.ZUID + " with 2 users, 1 API client and its earlier case";
    }

    private TenantId tenant(String name, TenantKind kind, Set<String> sectors, Set<Beroepscluster> clusters) {
        return organisation.createSystemTenant(DemoTenants.id(name), name, kind, sectors, clusters);
    }

    private UserId regioUser(String username, String name, TenantId regio, TeamId team, Role role) {
        return user(username, name, regio, TenantKind.VEILIG_THUIS_REGIO, team, role, null);
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
