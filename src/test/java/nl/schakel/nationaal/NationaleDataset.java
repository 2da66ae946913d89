package nl.schakel.nationaal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import javax.sql.DataSource;
import nl.schakel.audit.AccessEvent;
import nl.schakel.audit.AccessLogCopy;
import nl.schakel.audit.ActionCode;
import nl.schakel.audit.Outcome;
import nl.schakel.shared.Beroepscluster;
import nl.schakel.shared.Role;
import nl.schakel.shared.TenantId;
import nl.schakel.shared.UserId;
import nl.schakel.shared.kalender.Werkdagkalender;
import org.jspecify.annotations.Nullable;

/**
 * The national data set (issue 14, ADR-0037): fills a Schakel database that Flyway and the demo data already set up
 * with what a national deployment holds after years of use, deterministically from a seed. At {@code schaal} 1.0:
 * 1,000 organisations with 5,000 members, 1 million meldcode dossiers with about 3 million journal entries and the
 * read models {@code reporting} keeps of them, the 26 Veilig Thuis regions with their workers and 20 years of cases at
 * today's national volumes (127,340 meldingen and 143,210 adviezen a year, CBS 2023, domain spec §4.3), and 50 million
 * access-log rows of the last five years in one valid hash chain ({@link AccessLogCopy}). Rows go in with COPY, the
 * big tables' secondary indexes and foreign keys dropped before and built again from their own definitions after,
 * then {@code VACUUM ANALYZE}. Every generated account has the demo password and TOTP secret, stored as the demo
 * stores them (the hash and the encrypted secret of the demo account {@code leerkracht}, reused).
 *
 * <p>Without a data source ({@link #dryRun}) it makes the same rows without writing them, for the digests that prove
 * that the same seed gives the same content.
 */
public final class NationaleDataset {

    static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    static final int BATCH = 20_000;
    /** The demo account whose stored password hash and encrypted TOTP secret every generated account reuses. */
    static final String DEMO_ACCOUNT = "leerkracht";

    /** What to make: the seed, the scale (1.0 is national) and the moment that counts as now. */
    public record Instellingen(long seed, double schaal, Instant nu) {

        int organisaties() {
            return Math.max(1, (int) Math.round(1_000 * schaal));
        }

        int leden() {
            return Math.max(3 * organisaties(), (int) Math.round(5_000 * schaal));
        }

        int regios() {
            return 26;
        }

        int vtMedewerkersPerRegio() {
            return Math.max(1, (int) Math.round(40 * schaal));
        }

        long dossiers() {
            return Math.max(1, Math.round(1_000_000 * schaal));
        }

        int jarenVeiligThuis() {
            return 20;
        }

        long meldingenPerJaar() {
            return Math.max(26, Math.round(127_340 * schaal));
        }

        long adviezenPerJaar() {
            return Math.max(26, Math.round(143_210 * schaal));
        }

        long toegangslog() {
            return Math.max(1, Math.round(50_000_000 * schaal));
        }
    }

    /** What was made: rows per table, milliseconds per part, and a digest per table of the rows' content. */
    public record Verslag(Map<String, Long> rijen, Map<String, Long> millis, Map<String, String> digests) {

        String tekst() {
            StringBuilder s = new StringBuilder();
            millis.forEach((deel, ms) -> s.append("%-28s %8.1f s%n".formatted(deel, ms / 1000.0)));
            rijen.forEach((tabel, n) -> s.append("%-28s %,14d rows%n".formatted(tabel, n)));
            return s.toString();
        }
    }

    private final @Nullable DataSource dataSource;
    private final Werkdagkalender kalender;
    private final Instellingen instellingen;
    private final Map<String, Long> rijen = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Map<String, Long> millis = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Map<String, String> digests = Collections.synchronizedMap(new LinkedHashMap<>());

    private NationaleDataset(@Nullable DataSource dataSource, Werkdagkalender kalender, Instellingen instellingen) {
        this.dataSource = dataSource;
        this.kalender = kalender;
        this.instellingen = instellingen;
    }

    /** Fills the database behind the data source and writes {@code gebruikers.csv} and {@code tijden.txt} to the map. */
    public static Verslag vul(DataSource dataSource, Werkdagkalender kalender, Instellingen instellingen, Path map) {
        NationaleDataset set = new NationaleDataset(dataSource, kalender, instellingen);
        Verslag verslag = set.maak(map);
        schrijf(
                map.resolve("tijden.txt"),
                "seed " + instellingen.seed() + ", schaal " + instellingen.schaal() + ", nu " + instellingen.nu() + "\n"
                        + verslag.tekst());
        return verslag;
    }

    /** Makes the same rows without writing them (the demo account's hash is read from the data source). */
    public static Verslag dryRun(DataSource lezen, Werkdagkalender kalender, Instellingen instellingen) {
        NationaleDataset set = new NationaleDataset(null, kalender, instellingen);
        set.demoGeheimen = geheimen(lezen);
        return set.maak(null);
    }

    /** A dry run without a database, with placeholders for the demo account's secrets (for profiling). */
    static Verslag dryRunZonderDatabase(Werkdagkalender kalender, Instellingen instellingen) {
        NationaleDataset set = new NationaleDataset(null, kalender, instellingen);
        set.demoGeheimen = new String[] {"hash", "geheim"};
        return set.maak(null);
    }

    private String[] demoGeheimen = {};

    private Verslag maak(@Nullable Path map) {
        if (dataSource != null) {
            demoGeheimen = geheimen(dataSource);
        }
        Organisaties org = tijd("organisaties en leden", () -> organisaties(map));
        List<String> indexen = dataSource == null ? List.of() : tijd("indexen weghalen", this::indexenWeg);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> delen = List.of(
                    pool.submit(() -> tijd("dossiers", () -> new Dossiers(org).maak())),
                    pool.submit(() -> tijd("veilig thuis", () -> new VeiligThuis(org).maak())),
                    pool.submit(() -> tijd("toegangslog", () -> new Toegangslog(org).maak())));
            for (Future<?> deel : delen) {
                deel.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("a part of the national data set failed", e.getCause());
        } finally {
            pool.shutdown();
        }
        if (dataSource != null) {
            tijd("indexen bouwen", () -> sql(indexen));
            tijd("vacuum analyze", () -> sql(List.of("VACUUM ANALYZE")));
        }
        return new Verslag(Map.copyOf(rijen), new LinkedHashMap<>(millis), new LinkedHashMap<>(digests));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Organisations, teams, accounts and memberships

    /** The kinds of organisation bound by the meldcode, with their share of the organisations and relative size. */
    private enum Soort {
        BASISSCHOOL("Basisschool", "onderwijs", Beroepscluster.ONDERWIJS, 30, 1.0),
        VOORTGEZET_ONDERWIJS("Scholengemeenschap", "onderwijs", Beroepscluster.ONDERWIJS, 8, 2.5),
        HUISARTSENPRAKTIJK("Huisartsenpraktijk", "zorg", Beroepscluster.ARTSEN, 18, 0.6),
        KINDEROPVANG("Kinderopvang", "kinderopvang", Beroepscluster.KINDEROPVANG, 18, 0.8),
        JEUGDHULP("Jeugdhulp", "jeugdhulp", Beroepscluster.SOCIAAL_WERK_JEUGD_EN_GEZIN, 8, 2.0),
        WIJKTEAM("Wijkteam", "maatschappelijke ondersteuning", Beroepscluster.SOCIAAL_WERK_JEUGD_EN_GEZIN, 6, 1.5),
        THUISZORG("Thuiszorg", "zorg", Beroepscluster.VERPLEEGKUNDIGEN_EN_VERZORGENDEN, 5, 2.0),
        GGZ("GGZ-instelling", "zorg", Beroepscluster.PSYCHOLOGEN_PEDAGOGEN_PSYCHOTHERAPEUTEN, 4, 2.0),
        ZIEKENHUIS("Ziekenhuis", "zorg", Beroepscluster.ARTSEN, 3, 3.0);

        final String naam;
        final String sector;
        final Beroepscluster cluster;
        final int aandeel;
        final double grootte;

        Soort(String naam, String sector, Beroepscluster cluster, int aandeel, double grootte) {
            this.naam = naam;
            this.sector = sector;
            this.cluster = cluster;
            this.aandeel = aandeel;
            this.grootte = grootte;
        }
    }

    /** A generated account with its one membership. */
    record Lid(
            UUID id,
            String gebruikersnaam,
            String naam,
            Role rol,
            UUID tenant,
            @Nullable UUID team,
            @Nullable Beroepscluster cluster) {}

    /** The organisations, regions and their members, for the parts that follow. */
    record Organisaties(
            List<UUID> organisaties,
            List<UUID> regios,
            List<String> regioNamen,
            List<Lid> eigenaren,
            Map<UUID, List<Lid>> vtMedewerkers,
            Map<UUID, List<Lid>> gedragswetenschappers,
            List<Lid> alle) {}

    private static final List<String> REGIOS = List.of(
            "Groningen",
            "Friesland",
            "Drenthe",
            "IJsselland",
            "Twente",
            "Noord- en Oost-Gelderland",
            "Gelderland-Midden",
            "Gelderland-Zuid",
            "Utrecht",
            "Noord-Holland Noord",
            "Zaanstreek-Waterland",
            "Kennemerland",
            "Amsterdam-Amstelland",
            "Gooi en Vechtstreek",
            "Haaglanden",
            "Hollands Midden",
            "Rotterdam Rijnmond",
            "Zuid-Holland Zuid",
            "Zeeland",
            "Midden- en West-Brabant",
            "Brabant-Noord",
            "Brabant Zuidoost",
            "Limburg-Noord",
            "Zuid-Limburg",
            "Flevoland",
            "Noord-Veluwe");

    private Organisaties organisaties(@Nullable Path map) {
        Random r = new Random(instellingen.seed());
        long seed = instellingen.seed();
        Instant aangemaakt = instellingen.nu().minus(Duration.ofDays(365L * 8));
        List<UUID> organisaties = new ArrayList<>();
        List<UUID> regios = new ArrayList<>();
        List<Lid> leden = new ArrayList<>();
        Map<UUID, List<Lid>> vt = new LinkedHashMap<>();
        Map<UUID, List<Lid>> gw = new LinkedHashMap<>();
        List<String> regioNamen = new ArrayList<>();
        Map<Role, Integer> nummers = new HashMap<>();
        Function<Role, String> gebruikersnaam = rol -> {
            int n = nummers.merge(rol, 1, Integer::sum);
            String afk = switch (rol) {
                case BEROEPSKRACHT -> "bk";
                case AANDACHTSFUNCTIONARIS -> "af";
                case BEHEERDER -> "bh";
                case LEIDINGGEVENDE -> "lg";
                case VT_MEDEWERKER -> "vt";
                case GEDRAGSWETENSCHAPPER -> "gw";
                case VT_TEAMLEIDER -> "tl";
                default -> throw new IllegalArgumentException(rol.name());
            };
            return "%s-%05d".formatted(afk, n);
        };
        long tellerLid = 0;
        long tellerTeam = 0;
        try (Connection c = verbindingOfNull();
                Kopie tenants =
                        kopie(c, "organisation.tenant", "id, name, kind, sectors, beroepsclusters, created_at");
                Kopie teams = kopie(c, "organisation.team", "id, tenant_id, name, created_at");
                Kopie accounts = kopie(
                        c,
                        "identity.account",
                        "id, username, display_name, password_hash, totp_secret, totp_enrolled_at, totp_last_step,"
                                + " enabled, must_change_password, created_at");
                Kopie memberships = kopie(
                        c,
                        "identity.membership",
                        "id, account_id, tenant_id, team_id, role, beroepscluster, created_at")) {
            // organisations, each with a beheerder, an aandachtsfunctionaris and a beroepskracht, the other members
            // spread by the kind's size
            int aantal = instellingen.organisaties();
            List<Soort> soorten = new ArrayList<>();
            Set<String> namen = new LinkedHashSet<>();
            int totaalAandeel =
                    Arrays.stream(Soort.values()).mapToInt(s -> s.aandeel).sum();
            double[] gewicht = new double[aantal];
            for (int i = 0; i < aantal; i++) {
                int k = r.nextInt(totaalAandeel);
                Soort soort = Soort.values()[0];
                for (Soort s : Soort.values()) {
                    if (k < s.aandeel) {
                        soort = s;
                        break;
                    }
                    k -= s.aandeel;
                }
                soorten.add(soort);
                gewicht[i] = soort.grootte * (0.5 + r.nextDouble());
                UUID id = Namen.id(0x01, i, seed);
                organisaties.add(id);
                String naam = soort.naam + " " + Namen.plaats(r);
                while (!namen.add(naam.toLowerCase(java.util.Locale.ROOT))) {
                    naam = soort.naam + " " + Namen.plaats(r) + " " + (1 + r.nextInt(99));
                }
                tenants.rij(id, naam, "ORGANISATIE", soort.sector, soort.cluster.name(), aangemaakt);
            }
            int extra = instellingen.leden() - 3 * aantal;
            int[] extraPer = new int[aantal];
            double som = Arrays.stream(gewicht).sum();
            for (int e = 0; e < extra; e++) {
                double k = r.nextDouble() * som;
                int i = 0;
                while (i < aantal - 1 && k >= gewicht[i]) {
                    k -= gewicht[i++];
                }
                extraPer[i]++;
            }
            List<Lid> eigenaren = new ArrayList<>();
            for (int i = 0; i < aantal; i++) {
                UUID tenant = organisaties.get(i);
                Soort soort = soorten.get(i);
                int grootte = 3 + extraPer[i];
                int aantalTeams = Math.max(1, grootte / 8);
                List<UUID> teamIds = new ArrayList<>();
                for (int t = 0; t < aantalTeams; t++) {
                    UUID team = Namen.id(0x04, tellerTeam++, seed);
                    teamIds.add(team);
                    teams.rij(team, tenant, "Team " + (t + 1) + " " + Namen.plaats(r), aangemaakt);
                }
                for (int m = 0; m < grootte; m++) {
                    Role rol = m == 0
                            ? Role.BEHEERDER
                            : m == 1
                                    ? Role.AANDACHTSFUNCTIONARIS
                                    : m == 2
                                            ? Role.BEROEPSKRACHT
                                            : r.nextInt(100) < 4
                                                    ? Role.LEIDINGGEVENDE
                                                    : r.nextInt(100) < 5
                                                            ? Role.AANDACHTSFUNCTIONARIS
                                                            : Role.BEROEPSKRACHT;
                    boolean professional = rol == Role.BEROEPSKRACHT || rol == Role.AANDACHTSFUNCTIONARIS;
                    Lid lid = new Lid(
                            Namen.id(0x02, tellerLid++, seed),
                            gebruikersnaam.apply(rol),
                            Namen.naam(r),
                            rol,
                            tenant,
                            professional ? teamIds.get(r.nextInt(teamIds.size())) : null,
                            professional ? soort.cluster : null);
                    leden.add(lid);
                    if (professional) {
                        eigenaren.add(lid);
                    }
                }
            }
            // the 26 regions, each with its intake team, VT-medewerkers, gedragswetenschappers and a teamleider
            for (int i = 0; i < instellingen.regios(); i++) {
                UUID regio = Namen.id(0x01, 100_000 + i, seed);
                regios.add(regio);
                String naam = "Veilig Thuis " + REGIOS.get(i);
                regioNamen.add(naam);
                tenants.rij(regio, naam, "VEILIG_THUIS_REGIO", "", "", aangemaakt);
                UUID team = Namen.id(0x04, tellerTeam++, seed);
                teams.rij(team, regio, "Intake en veiligheidsbeoordeling", aangemaakt);
                int medewerkers = instellingen.vtMedewerkersPerRegio();
                int gedrag = Math.max(1, medewerkers / 5);
                int leiders = Math.max(1, medewerkers / 10);
                for (int m = 0; m < medewerkers + gedrag + leiders; m++) {
                    Role rol = m < medewerkers
                            ? Role.VT_MEDEWERKER
                            : m < medewerkers + gedrag ? Role.GEDRAGSWETENSCHAPPER : Role.VT_TEAMLEIDER;
                    Lid lid = new Lid(
                            Namen.id(0x02, tellerLid++, seed),
                            gebruikersnaam.apply(rol),
                            Namen.naam(r),
                            rol,
                            regio,
                            team,
                            null);
                    leden.add(lid);
                    (rol == Role.VT_MEDEWERKER
                                    ? vt
                                    : rol == Role.GEDRAGSWETENSCHAPPER ? gw : new HashMap<UUID, List<Lid>>())
                            .computeIfAbsent(regio, k -> new ArrayList<>())
                            .add(lid);
                }
            }
            for (Lid lid : leden) {
                accounts.rij(
                        lid.id(),
                        lid.gebruikersnaam(),
                        lid.naam(),
                        demoGeheimen[0],
                        demoGeheimen[1],
                        aangemaakt,
                        0,
                        true,
                        false,
                        aangemaakt);
                memberships.rij(
                        Namen.id(0x03, lid.id().getMostSignificantBits() >>> 16 & 0xFF_FFFF_FFFFL, seed),
                        lid.id(),
                        lid.tenant(),
                        lid.team(),
                        lid.rol().name(),
                        lid.cluster() == null ? null : lid.cluster().name(),
                        aangemaakt);
            }
            klaar(tenants, "organisation.tenant");
            klaar(teams, "organisation.team");
            klaar(accounts, "identity.account");
            klaar(memberships, "identity.membership");
            if (map != null) {
                gebruikers(map, leden, new Random(seed ^ 0x6765627275696b65L));
            }
            return new Organisaties(
                    List.copyOf(organisaties),
                    List.copyOf(regios),
                    List.copyOf(regioNamen),
                    List.copyOf(eigenaren),
                    vt,
                    gw,
                    List.copyOf(leden));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The accounts for the load test: professionals first, each group in a shuffled but fixed order. */
    private static void gebruikers(Path map, List<Lid> leden, Random r) {
        List<Lid> professionals = new ArrayList<>(
                leden.stream().filter(l -> l.rol() == Role.BEROEPSKRACHT).toList());
        List<Lid> anderen = new ArrayList<>(
                leden.stream().filter(l -> l.rol() != Role.BEROEPSKRACHT).toList());
        Collections.shuffle(professionals, r);
        Collections.shuffle(anderen, r);
        StringBuilder csv = new StringBuilder("gebruikersnaam;soort;tenant\n");
        for (Lid l : professionals) {
            csv.append(l.gebruikersnaam())
                    .append(';')
                    .append(l.rol())
                    .append(';')
                    .append(l.tenant())
                    .append('\n');
        }
        for (Lid l : anderen) {
            csv.append(l.gebruikersnaam())
                    .append(';')
                    .append(l.rol())
                    .append(';')
                    .append(l.tenant())
                    .append('\n');
        }
        schrijf(map.resolve("gebruikers.csv"), csv.toString());
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Meldcode dossiers and the read models of reporting

    private final class Dossiers {

        private final Organisaties org;

        Dossiers(Organisaties org) {
            this.org = org;
        }

        void maak() {
            new DossierVerlopen(instellingen, org, verbindingOfNull(), NationaleDataset.this::klaar).maak();
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Veilig Thuis

    private final class VeiligThuis {

        private final Organisaties org;

        VeiligThuis(Organisaties org) {
            this.org = org;
        }

        void maak() {
            new VeiligThuisZaken(instellingen, org, kalender, verbindingOfNull(), NationaleDataset.this::klaar).maak();
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The access log

    private final class Toegangslog {

        private final Organisaties org;

        Toegangslog(Organisaties org) {
            this.org = org;
        }

        void maak() {
            long aantal = instellingen.toegangslog();
            Toegangsregels regels = new Toegangsregels(instellingen, org, aantal);
            Connection c = verbindingOfNull();
            try {
                if (c == null) {
                    while (regels.hasNext()) {
                        regels.next();
                    }
                } else {
                    AccessLogCopy.copy(c, regels, BATCH);
                    c.close();
                }
            } catch (SQLException | IOException e) {
                throw new IllegalStateException(e);
            }
            rijen.put("audit.access_log", aantal);
            digests.put("audit.access_log", regels.digest());
        }
    }

    /**
     * The access-log rows, oldest first, spread evenly over the last five years (the retention keeps five, {@code
     * AccessLogRetention}): professionals reading their dossiers and their lists, logins with both factors, Veilig
     * Thuis workers reading recent cases of their region and the queue.
     */
    static final class Toegangsregels implements Iterator<AccessLogCopy.Row> {

        private final Instellingen instellingen;
        private final Organisaties org;
        private final long aantal;
        private final Random r;
        private final Instant start;
        private final long stapNanos;
        private long digest;
        private final List<List<Lid>> vtPerRegio;
        private final List<Lid> iedereen;
        private long i;

        Toegangsregels(Instellingen instellingen, Organisaties org, long aantal) {
            this.instellingen = instellingen;
            this.org = org;
            this.aantal = aantal;
            this.r = new Random(instellingen.seed() ^ 0x746f6567616e67L);
            this.start = instellingen.nu().minus(Duration.ofDays(5 * 365 - 30));
            this.stapNanos = Duration.between(start, instellingen.nu().minus(Duration.ofHours(1)))
                            .toNanos()
                    / aantal;
            this.vtPerRegio = org.regios().stream()
                    .map(regio -> org.vtMedewerkers().getOrDefault(regio, List.of()))
                    .toList();
            this.iedereen = org.alle();
        }

        @Override
        public boolean hasNext() {
            return i < aantal;
        }

        @Override
        public AccessLogCopy.Row next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Instant at = start.plusNanos(stapNanos * i).truncatedTo(ChronoUnit.MICROS);
            UUID id = Namen.id(0x30, i, instellingen.seed());
            i++;
            int k = r.nextInt(100);
            AccessEvent e;
            if (k < 40) {
                long d = DossierVerlopen.eenDossierVoor(instellingen, at, r);
                Lid lid = org.eigenaren()
                        .get(DossierVerlopen.eigenaar(
                                instellingen, d, org.eigenaren().size()));
                UUID dossier = DossierVerlopen.id(instellingen, d);
                e = event(lid, "dossier.read", ActionCode.R, "dossier", dossier.toString());
            } else if (k < 50) {
                Lid lid = org.eigenaren().get(r.nextInt(org.eigenaren().size()));
                e = event(lid, "dossier.list", ActionCode.R, null, null);
            } else if (k < 58) {
                Lid lid = iedereen.get(r.nextInt(iedereen.size()));
                e = event(
                        lid,
                        "identity.login.password",
                        ActionCode.E,
                        "account",
                        lid.id().toString());
            } else if (k < 66) {
                Lid lid = iedereen.get(r.nextInt(iedereen.size()));
                e = event(
                        lid,
                        "identity.login.totp",
                        ActionCode.E,
                        "account",
                        lid.id().toString());
            } else if (k < 93) {
                int regio = r.nextInt(vtPerRegio.size());
                List<Lid> werkers = vtPerRegio.get(regio);
                Lid lid = werkers.get(r.nextInt(werkers.size()));
                UUID zaak = VeiligThuisZaken.eenZaakVoor(instellingen, regio, at, r);
                e = event(lid, "veiligthuis.zaak.read", ActionCode.R, "vt-zaak", zaak.toString());
            } else {
                int regio = r.nextInt(vtPerRegio.size());
                List<Lid> werkers = vtPerRegio.get(regio);
                Lid lid = werkers.get(r.nextInt(werkers.size()));
                e = event(lid, "veiligthuis.wachtrij", ActionCode.R, null, null);
            }
            String adres = "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + (1 + r.nextInt(254));
            // a cheap rolling digest of what the row holds (a SHA-256 of 50 million rows' text would cost minutes)
            digest = 31 * digest + Objects.hash(id, at, e, adres);
            return new AccessLogCopy.Row(e, at, adres, id);
        }

        private static AccessEvent event(
                Lid lid, String event, ActionCode action, @Nullable String type, @Nullable String object) {
            TenantId tenant = new TenantId(lid.tenant());
            return new AccessEvent(
                    event,
                    action,
                    Outcome.GESLAAGD,
                    new UserId(lid.id()),
                    lid.gebruikersnaam(),
                    lid.rol().name(),
                    null,
                    tenant,
                    type,
                    object,
                    null,
                    null,
                    object == null || type == null || type.equals("account") ? null : tenant);
        }

        String digest() {
            return Long.toHexString(digest);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Indexes, connections, timing

    private static final List<String> GROTE_TABELLEN = List.of(
            "dossier.dossier",
            "dossier.betrokkene",
            "dossier.journal_entry",
            "dossier.vir_signaal",
            "public.reporting_dossier",
            "public.reporting_gebeurtenis",
            "public.reporting_vir",
            "veiligthuis.zaak",
            "veiligthuis.betrokkene",
            "veiligthuis.melder",
            "veiligthuis.journal_entry",
            "audit.access_log");

    /**
     * Drops the big tables' secondary indexes (those no constraint owns) and the foreign keys from and to them, and
     * returns the statements that build them again from their own definitions, indexes first.
     */
    private List<String> indexenWeg() {
        String tabellen = "ARRAY["
                + String.join(
                        ",",
                        GROTE_TABELLEN.stream()
                                .map(t -> "'" + t + "'::regclass")
                                .toList()) + "]";
        List<String> indexen =
                query("SELECT indexdef FROM pg_indexes i WHERE (schemaname || '.' || tablename)::regclass"
                        + " = ANY(" + tabellen
                        + ") AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname"
                        + " AND c.connamespace = (SELECT oid FROM pg_namespace WHERE nspname = i.schemaname))"
                        + " ORDER BY indexname");
        List<String> dropIndexen = query("SELECT 'DROP INDEX ' || schemaname || '.' || indexname FROM pg_indexes i"
                + " WHERE (schemaname || '.' || tablename)::regclass = ANY(" + tabellen + ") AND NOT EXISTS"
                + " (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname"
                + " AND c.connamespace = (SELECT oid FROM pg_namespace WHERE nspname = i.schemaname))");
        List<String> sleutels = query("SELECT 'ALTER TABLE ' || conrelid::regclass || ' ADD CONSTRAINT ' || conname"
                + " || ' ' || pg_get_constraintdef(oid) FROM pg_constraint WHERE contype = 'f' AND (conrelid = ANY("
                + tabellen + ") OR confrelid = ANY(" + tabellen + ")) ORDER BY conname");
        List<String> dropSleutels =
                query("SELECT 'ALTER TABLE ' || conrelid::regclass || ' DROP CONSTRAINT ' || conname"
                        + " FROM pg_constraint WHERE contype = 'f' AND (conrelid = ANY(" + tabellen
                        + ") OR confrelid = ANY("
                        + tabellen + "))");
        List<String> weg = new ArrayList<>(dropSleutels);
        weg.addAll(dropIndexen);
        sql(weg);
        List<String> terug = new ArrayList<>(indexen);
        terug.addAll(sleutels);
        return terug;
    }

    private List<String> query(String sql) {
        try (Connection c = verbinding();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            List<String> uit = new ArrayList<>();
            while (rs.next()) {
                uit.add(rs.getString(1));
            }
            return uit;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void sql(List<String> statements) {
        try (Connection c = verbinding();
                Statement st = c.createStatement()) {
            st.execute("SET maintenance_work_mem = '512MB'");
            st.execute("SET max_parallel_maintenance_workers = 2");
            for (String s : statements) {
                long begin = System.nanoTime();
                st.execute(s);
                System.out.printf("  %s: %.1f s%n", s, (System.nanoTime() - begin) / 1e9);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String[] geheimen(DataSource dataSource) {
        try (Connection c = dataSource.getConnection();
                var st = c.prepareStatement(
                        "SELECT password_hash, totp_secret FROM identity.account WHERE username = ?")) {
            st.setString(1, DEMO_ACCOUNT);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("the demo account " + DEMO_ACCOUNT
                            + " is missing: the national data set needs the demo data (schakel.demo.enabled=true)");
                }
                return new String[] {rs.getString(1), rs.getString(2)};
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A connection in autocommit with asynchronous commits, or none in a dry run. */
    private @Nullable Connection verbindingOfNull() {
        return dataSource == null ? null : verbinding();
    }

    private Connection verbinding() {
        if (dataSource == null) {
            throw new IllegalStateException("a dry run has no connection");
        }
        try {
            Connection c = dataSource.getConnection();
            c.setAutoCommit(true);
            try (Statement st = c.createStatement()) {
                st.execute("SET synchronous_commit = off");
            }
            return c;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static Kopie kopie(@Nullable Connection c, String tabel, String kolommen) {
        return new Kopie(c, tabel, kolommen, BATCH);
    }

    private void klaar(Kopie kopie, String tabel) {
        rijen.merge(tabel, kopie.rijen(), Long::sum);
        digests.put(tabel, kopie.digest());
    }

    private <T> T tijd(String deel, java.util.function.Supplier<T> werk) {
        long begin = System.nanoTime();
        System.out.printf("national data set: %s ...%n", deel);
        T uit = werk.get();
        long ms = (System.nanoTime() - begin) / 1_000_000;
        millis.put(deel, ms);
        System.out.printf("national data set: %s in %.1f s%n", deel, ms / 1000.0);
        return uit;
    }

    private void tijd(String deel, Runnable werk) {
        tijd(deel, () -> {
            werk.run();
            return null;
        });
    }

    private static void schrijf(Path pad, String tekst) {
        try {
            Files.createDirectories(pad.getParent());
            Files.writeString(pad, tekst);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LocalDate dag(Instant op) {
        return LocalDate.ofInstant(op, NL);
    }
}
