package nl.schakel.dossier;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import nl.schakel.afwegingskader.HulpVereiste;
import nl.schakel.afwegingskader.KaderVersion;
import nl.schakel.afwegingskader.Kaders;
import nl.schakel.afwegingskader.Onveiligheid;
import nl.schakel.audit.AccessEvent;
import nl.schakel.audit.AccessLog;
import nl.schakel.audit.ActionCode;
import nl.schakel.audit.Outcome;
import nl.schakel.dossier.domain.Afsluiting;
import nl.schakel.dossier.domain.Afweging;
import nl.schakel.dossier.domain.Beslissing;
import nl.schakel.dossier.domain.Betrokkene;
import nl.schakel.dossier.domain.CollegialeConsultatie;
import nl.schakel.dossier.domain.EntryPayload;
import nl.schakel.dossier.domain.Gesprek;
import nl.schakel.dossier.domain.Hulpplan;
import nl.schakel.dossier.domain.Kindcheck;
import nl.schakel.dossier.domain.Melding;
import nl.schakel.dossier.domain.MeldingInhoud;
import nl.schakel.dossier.domain.RedenGeenGesprek;
import nl.schakel.dossier.domain.Signaal;
import nl.schakel.dossier.domain.VirEinde;
import nl.schakel.dossier.domain.VirSignaal;
import nl.schakel.dossier.persistence.DossierStore;
import nl.schakel.keten.KetenManagement;
import nl.schakel.keten.VeiligThuisRegio;
import nl.schakel.organisation.OrganisationManagement;
import nl.schakel.shared.Beroepscluster;
import nl.schakel.shared.ConsultatieMet;
import nl.schakel.shared.Relatie;
import nl.schakel.shared.Role;
import nl.schakel.shared.SignaalSoort;
import nl.schakel.shared.TeamId;
import nl.schakel.shared.TenantId;
import nl.schakel.shared.UserId;
import nl.schakel.shared.VormVanGeweld;
import nl.schakel.shared.journal.Journal;
import nl.schakel.shared.journal.JournalEntry;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo data only (exists only with {@code schakel.demo.enabled=true}, which the prod profile refuses): a year of
 * synthetic, backdated meldcode dossiers for the demo organisations, so that the management information has figures
 * behind it (ADR-0031). Owned by new synthetic members in new teams (never the existing demo users, whose own dossier
 * lists stay as they were; the school's aandachtsfunctionaris sees them all, as she sees every dossier of her
 * organisation). Drawn from a fixed seed, so the shapes are the same at every start (the ids are not): most dossiers
 * closed after step 1, 2 or 3 without a concern; some through the afwegingen to a closing; some with a hulpplan, of
 * which some were re-evaluated and some are overdue; some with a melding; a few VIR signals; kindchecks at the GP
 * practice; the most recent still open. Opened over the past twelve months, relative to the clock at startup.
 *
 * <p>The entries are built by the domain's own {@code of(...)} factories with the day they were recorded as "today",
 * and go into the journal through {@code DossierAccess.insert}/{@code insertEntry}, so they publish the same
 * {@link DossierGebeurtenis}sen, with their historic moments, as the facades do. A melding is recorded in the dossier
 * as it was sent, but not sent through {@code keten}: no Veilig Thuis region receives it (its queue stays as the
 * Veilig Thuis demo made it), and the dossier shows no Veilig Thuis status for it. Each dossier made gets one
 * access-log row, {@code dossier.demo.create} with purpose "demogegevens", written at the real time of seeding (the
 * log's hash chain is in the order of writing; backdated rows would break its time order).
 */
@Service
@ConditionalOnProperty(name = "schakel.demo.enabled", havingValue = "true")
public class DossierDemo {

    static final long SEED = 2026_0013L;
    static final String EVENT = "dossier.demo.create";
    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DossierDemo.class);

    /** Makes a synthetic member (a beroepskracht of the tenant, in the team); the demo module owns accounts. */
    @FunctionalInterface
    public interface Leden {
        UserId lid(String gebruikersnaam, String naam, TenantId tenant, TeamId team, Beroepscluster cluster);
    }

    private final DossierAccess access;
    private final DossierStore store;
    private final OrganisationManagement organisation;
    private final KetenManagement keten;
    private final AccessLog accessLog;
    private final Clock clock;

    DossierDemo(
            DossierAccess access,
            DossierStore store,
            OrganisationManagement organisation,
            KetenManagement keten,
            AccessLog accessLog,
            Clock clock) {
        this.access = access;
        this.store = store;
        this.organisation = organisation;
        this.keten = keten;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    private record Lid(UserId id, String naam, TenantId tenant, TeamId team, Beroepscluster cluster) {}

    /**
     * Creates the synthetic teams and members and their year of dossiers: 140 at the school in three teams, 30 at
     * the GP practice and 30 at the childcare.
     *
     * @return what was created, for the log
     */
    @Transactional
    public String vulGeschiedenis(TenantId school, TenantId praktijk, TenantId opvang, Leden leden) {
        log.info("Creating a year of synthetic demo dossiers");
        Random random = new Random(SEED);
        Optional<VeiligThuisRegio> regio = keten.veiligThuisRegios().stream().findFirst();
        List<Lid> schoolLeden = new ArrayList<>();
        schoolLeden.addAll(team(leden, school, Beroepscluster.ONDERWIJS, "Onderbouw", "onderbouw", "Olga", "Omar"));
        schoolLeden.addAll(team(leden, school, Beroepscluster.ONDERWIJS, "Bovenbouw", "bovenbouw", "Bas", "Britt"));
        schoolLeden.addAll(
                team(leden, school, Beroepscluster.ONDERWIJS, "Zorg en begeleiding", "zorgteam", "Zoë", "Zeger"));
        List<Lid> praktijkLeden =
                team(leden, praktijk, Beroepscluster.ARTSEN, "Huisartsen", "huisartsen", "Hidde", "Hiba");
        List<Lid> opvangLeden =
                team(leden, opvang, Beroepscluster.KINDEROPVANG, "Peuteropvang", "peuteropvang", "Pien", "Piet");
        int gemaakt = dossiers(random, schoolLeden, 140, regio)
                + dossiers(random, praktijkLeden, 30, regio)
                + dossiers(random, opvangLeden, 30, regio);
        return gemaakt + " synthetic dossiers of the past year in 5 teams of 10 synthetic members";
    }

    private List<Lid> team(
            Leden leden,
            TenantId tenant,
            Beroepscluster cluster,
            String teamNaam,
            String code,
            String voornaam1,
            String voornaam2) {
        TeamId team = organisation.createSystemTeam(tenant, teamNaam);
        List<Lid> uit = new ArrayList<>();
        int i = 1;
        for (String voornaam : List.of(voornaam1, voornaam2)) {
            String naam = voornaam + " " + teamNaam.split(" ")[0];
            uit.add(new Lid(
                    leden.lid("demo-" + code + "-" + i++, naam, tenant, team, cluster), naam, tenant, team, cluster));
        }
        return uit;
    }

    private int dossiers(Random random, List<Lid> leden, int aantal, Optional<VeiligThuisRegio> regio) {
        Instant nu = clock.instant();
        for (int i = 0; i < aantal; i++) {
            Lid lid = leden.get(random.nextInt(leden.size()));
            LocalDate dag = LocalDate.ofInstant(nu, NL).minusDays(3 + random.nextInt(362));
            Instant geopend = dag.atTime(LocalTime.of(8 + random.nextInt(8), random.nextInt(60)))
                    .atZone(NL)
                    .toInstant();
            new Verloop(random, lid, geopend, nu, regio).maak();
        }
        return aantal;
    }

    private static final List<String> VOORNAMEN = List.of(
            "Sem", "Lieke", "Noah", "Yara", "Finn", "Saar", "Luuk", "Nina", "Milan", "Fenna", "Adam", "Isa", "Jesse",
            "Roos", "Daan", "Mila", "Ilias", "Zoë", "Ravi", "Elin");
    private static final List<String> ACHTERNAMEN =
            List.of("Voorbeeld", "Proef", "Oefenaar", "Demo", "van Proefstede", "Schets", "Testerman", "de Oefening");

    /** One dossier's course through the meldcode, from its opening until it closes or the present is reached. */
    private final class Verloop {

        private final Random random;
        private final Lid lid;
        private final Instant nu;
        private final Optional<VeiligThuisRegio> regio;
        private final UUID id = UUID.randomUUID();
        private final KaderVersion kader;
        private final List<JournalEntry<EntryPayload>> entries = new ArrayList<>();
        private final List<Betrokkene> betrokkenen = new ArrayList<>();
        private Instant moment;

        Verloop(Random random, Lid lid, Instant geopend, Instant nu, Optional<VeiligThuisRegio> regio) {
            this.random = random;
            this.lid = lid;
            this.moment = geopend;
            this.nu = nu;
            this.regio = regio;
            this.kader = Kaders.of(lid.cluster()).kaderVersion();
        }

        void maak() {
            boolean volwassene = lid.cluster() == Beroepscluster.ARTSEN;
            Betrokkene client = Betrokkene.of(
                    VOORNAMEN.get(random.nextInt(VOORNAMEN.size())) + " "
                            + ACHTERNAMEN.get(random.nextInt(ACHTERNAMEN.size())),
                    vandaag()
                            .minusYears(volwassene ? 24 + random.nextInt(30) : leeftijdKind())
                            .minusDays(random.nextInt(365)),
                    random.nextInt(10) < 7 ? bsn() : "",
                    volwassene ? Relatie.CLIENT : Relatie.KIND,
                    vandaag());
            betrokkenen.add(client);
            access.insert(
                    lid.team(),
                    new DossierStore.Row(id, lid.tenant(), lid.id(), lid.naam(), moment, DossierStatus.OPEN));
            store.insertBetrokkene(id, 0, client);
            accessLog.record(AccessEvent.anonymous(EVENT, ActionCode.C, Outcome.GESLAAGD)
                    .on(DossierAccess.OBJECT_TYPE, id)
                    .tenant(lid.tenant())
                    .purpose("demogegevens"));
            verloop(volwassene);
        }

        private int leeftijdKind() {
            return lid.cluster() == Beroepscluster.KINDEROPVANG ? 1 + random.nextInt(3) : 4 + random.nextInt(8);
        }

        private void verloop(boolean volwassene) {
            int vorm = random.nextInt(100);
            boolean partnergeweld = volwassene && random.nextBoolean();
            if (!voegToe(0, 2, signaal(partnergeweld, vorm >= 90))) {
                return;
            }
            if (partnergeweld && !voegToe(0, 3, kindcheck())) {
                return;
            }
            if (vorm < 28) {
                sluit(7, 30, "Na een paar weken observeren zijn er geen zorgen meer.");
                return;
            }
            if (!voegToe(2, 10, consultatie(vorm >= 90))) {
                return;
            }
            if (vorm < 42) {
                sluit(3, 14, "De collega zag een andere verklaring; geen zorgen meer.");
                return;
            }
            boolean gevoerd = vorm < 90 || random.nextBoolean();
            if (!voegToe(3, 14, gesprek(gevoerd))) {
                return;
            }
            if (vorm < 60) {
                sluit(1, 10, "Het gesprek gaf een duidelijke uitleg; geen vermoeden meer.");
                return;
            }
            if (vorm < 68) {
                if (voegToe(1, 7, afweging(1, false, null)) && voegToe(0, 2, beslissing(1, false))) {
                    sluit(0, 3, "Geen vermoeden na de afweging.");
                }
                return;
            }
            if (vorm < 90) {
                hulp(vorm < 76);
                return;
            }
            melden();
        }

        /** Help offered: a plan with its re-evaluation date; re-evaluated when it is (mostly) past, else overdue. */
        private void hulp(boolean metVir) {
            if (!(voegToe(1, 7, afweging(1, true, null))
                    && voegToe(0, 2, afweging(2, false, null))
                    && voegToe(0, 2, afweging(3, true, null))
                    && voegToe(0, 2, afweging(4, true, null)))) {
                return;
            }
            LocalDate herbeoordeling = vandaag().plusWeeks(6 + random.nextInt(5));
            if (!(voegToe(
                            0,
                            3,
                            Hulpplan.of(
                                    "Wekelijks gesprek met ouders en begeleiding door het zorgteam.",
                                    "intern begeleider",
                                    herbeoordeling,
                                    vandaag()))
                    && voegToe(0, 2, beslissing(1, false))
                    && voegToe(0, 2, beslissing(2, true)))) {
                return;
            }
            if (metVir && VirSignaal.isYoungEnough(betrokkenen.getFirst().geboortedatum(), vandaag())) {
                JournalEntry<EntryPayload> signaal = signaleer();
                if (signaal != null && random.nextInt(3) == 0) {
                    voegToe(30, 90, VirEinde.verwijderd(signaal.id(), "Het risico is er niet meer.", vandaag()));
                    store.endVirSignaal(signaal.id());
                }
            }
            Instant herbeoordelingsdag =
                    herbeoordeling.atTime(LocalTime.of(10, 0)).atZone(NL).toInstant();
            if (herbeoordelingsdag.isAfter(nu) || random.nextInt(100) < 45) {
                return; // not yet due, or due and not re-evaluated: overdue
            }
            moment = herbeoordelingsdag.isAfter(moment) ? herbeoordelingsdag : moment;
            if (voegToe(0, 5, afweging(5, true, null))) {
                sluit(1, 5, "De hulp werkt; afspraken gemaakt over wie de vinger aan de pols houdt.");
            }
        }

        private @org.jspecify.annotations.Nullable JournalEntry<EntryPayload> signaleer() {
            VirSignaal signaal = VirSignaal.of(betrokkenen.getFirst(), true, false, vandaag());
            if (!voegToe(0, 2, signaal)) {
                return null;
            }
            JournalEntry<EntryPayload> entry = entries.getLast();
            store.insertVirSignaal(entry.id(), id, signaal.eindigtOp());
            return entry;
        }

        /** Acute onveiligheid: melden (recorded here, not sent through keten), then beslissing 2 and closing. */
        private void melden() {
            if (!(voegToe(0, 2, afweging(1, true, null))
                    && voegToe(0, 1, afweging(2, true, Onveiligheid.ACUUT))
                    && voegToe(0, 1, beslissing(1, true)))) {
                return;
            }
            if (regio.isPresent()) {
                Journal<EntryPayload> journal = new Journal<>(id, entries);
                Melding melding = Melding.of(
                        MeldingInhoud.from(
                                betrokkenen,
                                journal,
                                journal.current(Afweging.class),
                                journal.current(Beslissing.class).getFirst(),
                                null),
                        regio.get().id().value(),
                        regio.get().naam(),
                        "Ik blijf het kind op school volgen en houd contact met Veilig Thuis.",
                        true,
                        "",
                        null,
                        lid.naam() + ", 010-0000000");
                if (!voegToe(0, 1, melding)) {
                    return;
                }
            }
            if (voegToe(0, 5, beslissing(2, false))) {
                sluit(5, 20, "Veilig Thuis heeft de melding in behandeling; dossier afgesloten.");
            }
        }

        private void sluit(int min, int max, String notitie) {
            if (voegToe(min, max, Afsluiting.of(notitie))) {
                store.updateStatus(id, DossierStatus.GESLOTEN);
            }
        }

        /**
         * Records the payload some days after the previous entry, at a working hour.
         *
         * @return false when that moment lies in the future: the dossier stays where it is
         */
        private boolean voegToe(int minDagen, int maxDagen, EntryPayload payload) {
            Instant op = moment.plus(Duration.ofDays(minDagen + random.nextInt(maxDagen - minDagen + 1)))
                    .plus(Duration.ofMinutes(5 + random.nextInt(120)));
            if (op.isAfter(nu.minus(Duration.ofHours(1)))) {
                return false;
            }
            moment = op;
            Journal<EntryPayload> voor = new Journal<>(id, entries);
            JournalEntry<EntryPayload> entry = voor.append(lid.id(), lid.naam(), Role.BEROEPSKRACHT, payload, op);
            access.insertEntry(lid.tenant(), voor, entry);
            entries.add(entry);
            return true;
        }

        private LocalDate vandaag() {
            return LocalDate.ofInstant(moment, NL);
        }

        private Signaal signaal(boolean partnergeweld, boolean disclosure) {
            Set<VormVanGeweld> vormen = partnergeweld
                    ? Set.of(VormVanGeweld.PARTNERGEWELD)
                    : Set.of(
                            random.nextBoolean()
                                    ? VormVanGeweld.KINDERMISHANDELING_LICHAMELIJK
                                    : VormVanGeweld.VERWAARLOZING);
            return Signaal.of(
                    vandaag(),
                    disclosure
                            ? "Het kind vertelde zelf over wat er thuis gebeurt."
                            : "Gezien en gehoord tijdens de dag; vastgelegd als voorbeeld voor de demo.",
                    random.nextBoolean() ? SignaalSoort.FEIT : SignaalSoort.INTERPRETATIE,
                    "",
                    vormen,
                    disclosure,
                    vandaag());
        }

        private Kindcheck kindcheck() {
            int kinderen = random.nextInt(3);
            List<String> leeftijden = new ArrayList<>();
            for (int i = 0; i < kinderen; i++) {
                leeftijden.add(String.valueOf(1 + random.nextInt(16)));
            }
            return Kindcheck.of(
                    Set.of(Kindcheck.Aanleiding.PARTNERGEWELD),
                    "",
                    kinderen > 0 ? Kindcheck.Minderjarigen.JA : Kindcheck.Minderjarigen.NEE,
                    kinderen > 0 ? kinderen : null,
                    String.join(", ", leeftijden),
                    kinderen > 0 ? Kindcheck.Zorg.GEDEELD : null,
                    Kindcheck.Zwangerschap.NEE,
                    "");
        }

        private CollegialeConsultatie consultatie(boolean veiligThuis) {
            return veiligThuis
                    ? CollegialeConsultatie.of(
                            vandaag(), ConsultatieMet.VEILIG_THUIS_ADVIES, "", "Advies: melden.", vandaag())
                    : CollegialeConsultatie.of(
                            vandaag(),
                            ConsultatieMet.AANDACHTSFUNCTIONARIS,
                            "de aandachtsfunctionaris",
                            "Blijf observeren en ga in gesprek.",
                            vandaag());
        }

        private Gesprek gesprek(boolean gevoerd) {
            return gevoerd
                    ? Gesprek.of(
                            true,
                            vandaag(),
                            lid.cluster() == Beroepscluster.ARTSEN ? "de cliënt" : "de ouders",
                            "Wat ik zag en waarom ik me zorgen maak.",
                            "Ze herkenden het en wilden meewerken.",
                            null,
                            "",
                            null,
                            vandaag())
                    : Gesprek.of(
                            false,
                            null,
                            "",
                            "",
                            "",
                            RedenGeenGesprek.VEILIGHEID_CLIENT,
                            "Een gesprek zou het kind in gevaar brengen.",
                            false,
                            vandaag());
        }

        private Afweging afweging(int nummer, boolean antwoord, Onveiligheid onveiligheid) {
            return Afweging.of(
                    nummer,
                    antwoord,
                    "Afgewogen met de aandachtsfunctionaris.",
                    kader,
                    nummer == 3 ? EnumSet.allOf(HulpVereiste.class) : Set.of(),
                    nummer == 5 ? "Elke maand contact met de ouders." : "",
                    onveiligheid);
        }

        private Beslissing beslissing(int nummer, boolean antwoord) {
            return Beslissing.of(
                    nummer,
                    antwoord,
                    antwoord ? "Zo besloten na de afwegingen." : "Niet nodig na de afwegingen.",
                    nummer == 2 && antwoord ? EnumSet.allOf(HulpVereiste.class) : Set.of());
        }

        /** Nine digits that pass the elfproef, drawn from the seed: made up, never a real person's on purpose. */
        private String bsn() {
            while (true) {
                StringBuilder s = new StringBuilder();
                int som = 0;
                for (int i = 0; i < 8; i++) {
                    int cijfer = i == 0 ? 1 + random.nextInt(9) : random.nextInt(10);
                    som += (9 - i) * cijfer;
                    s.append(cijfer);
                }
                if (som % 11 <= 9) {
                    return s.append(som % 11).toString();
                }
            }
        }
    }
}
