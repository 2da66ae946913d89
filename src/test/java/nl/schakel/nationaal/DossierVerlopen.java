package nl.schakel.nationaal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import nl.schakel.afwegingskader.HulpVereiste;
import nl.schakel.afwegingskader.KaderVersion;
import nl.schakel.afwegingskader.Kaders;
import nl.schakel.afwegingskader.Onveiligheid;
import nl.schakel.dossier.DossierGebeurtenis;
import nl.schakel.dossier.DossierGebeurtenissenVoorDataset;
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
import nl.schakel.shared.Beroepscluster;
import nl.schakel.shared.ConsultatieMet;
import nl.schakel.shared.Relatie;
import nl.schakel.shared.SignaalSoort;
import nl.schakel.shared.TenantId;
import nl.schakel.shared.UserId;
import nl.schakel.shared.VormVanGeweld;
import nl.schakel.shared.journal.Journal;
import nl.schakel.shared.journal.JournalCodec;
import nl.schakel.shared.journal.JournalEntry;
import org.jspecify.annotations.Nullable;

/**
 * The meldcode dossiers of the national data set: each dossier's course through the five steps, built by the domain's
 * own {@code of(...)} factories as {@code dossier.DossierDemo} builds the demo's, written with COPY together with the
 * events the facade would have published ({@code reporting_gebeurtenis}) and the read models {@code reporting}
 * computes from them ({@code reporting_dossier}, {@code reporting_vir}).
 *
 * <p>Dossiers are opened evenly over the last eight years, dossier {@code d} after dossier {@code d - 1}, each owned by
 * a professional drawn from its number (so the access log can name a dossier and its owner without this part). The
 * shapes: most close after the signaal (66%), after the collegiale consultatie (14%) or the gesprek (9%); 3.5% after
 * afweging 1 "no suspicion"; 5.3% with help offered (a hulpplan, re-evaluated or overdue, with a VIR signal for some);
 * 2.2% with a melding to Veilig Thuis. A second signaal in one of eight, a correction of a signaal in 3%, a kindcheck for
 * the partner violence a GP sees; the most recent stay open where their course reached today.
 */
final class DossierVerlopen {

    private static final int JAREN = 8;

    private final NationaleDataset.Instellingen instellingen;
    private final NationaleDataset.Organisaties org;
    private final @Nullable Connection verbinding;
    private final BiConsumer<Kopie, String> klaar;
    private final long seed;
    private long entryTeller;
    private long betrokkeneTeller;

    DossierVerlopen(
            NationaleDataset.Instellingen instellingen,
            NationaleDataset.Organisaties org,
            @Nullable Connection verbinding,
            BiConsumer<Kopie, String> klaar) {
        this.instellingen = instellingen;
        this.org = org;
        this.verbinding = verbinding;
        this.klaar = klaar;
        this.seed = instellingen.seed();
    }

    static UUID id(NationaleDataset.Instellingen instellingen, long d) {
        return Namen.id(0x10, d, instellingen.seed());
    }

    /** When dossier {@code d} was opened: evenly over the last eight years, in the order of the numbers. */
    static Instant geopend(NationaleDataset.Instellingen instellingen, long d, Random r) {
        long span = Duration.ofDays(365L * JAREN).toSeconds();
        long stap = Math.max(1, span / instellingen.dossiers());
        Instant begin = instellingen.nu().minus(Duration.ofDays(365L * JAREN));
        return begin.plusSeconds(d * stap + r.nextLong(stap)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    /** The owner of dossier {@code d}, from its number. */
    static int eigenaar(NationaleDataset.Instellingen instellingen, long d, int eigenaren) {
        long mix = (d + 1) * 0x9E3779B97F4A7C15L ^ instellingen.seed();
        mix ^= mix >>> 33;
        return (int) Math.floorMod(mix, (long) eigenaren);
    }

    /** A dossier opened before {@code at}, for the access log (its owner reads it). */
    static long eenDossierVoor(NationaleDataset.Instellingen instellingen, Instant at, Random r) {
        long span = Duration.ofDays(365L * JAREN).toSeconds();
        long stap = Math.max(1, span / instellingen.dossiers());
        Instant begin = instellingen.nu().minus(Duration.ofDays(365L * JAREN));
        long voor =
                Math.min(instellingen.dossiers(), Math.max(1, (at.getEpochSecond() - begin.getEpochSecond()) / stap));
        return r.nextLong(voor);
    }

    void maak() {
        try (Kopie dossiers = NationaleDataset.kopie(
                        verbinding, "dossier.dossier", "id, tenant_id, owner_id, owner_name, created_at, status");
                Kopie betrokkenen = NationaleDataset.kopie(
                        verbinding,
                        "dossier.betrokkene",
                        "id, dossier_id, position, naam, geboortedatum, bsn, relatie");
                Kopie journal = NationaleDataset.kopie(
                        verbinding,
                        "dossier.journal_entry",
                        "id, dossier_id, recorded_at, author_id, author_name, author_role, on_behalf_of, kind,"
                                + " corrects, reason, payload");
                Kopie vir = NationaleDataset.kopie(
                        verbinding, "dossier.vir_signaal", "entry_id, dossier_id, eindigt_op, geeindigd");
                Kopie gebeurtenissen = NationaleDataset.kopie(
                        verbinding,
                        "reporting_gebeurtenis",
                        "gebeurtenis_id, soort, dossier_id, op, stap, herbeoordeling_op, signaal_id, volgnummer");
                Kopie reporting = NationaleDataset.kopie(
                        verbinding,
                        "reporting_dossier",
                        "dossier_id, tenant_id, team_id, geopend_op, stap1_op, stap2_op, stap3_op, stap4_op, stap5_op,"
                                + " kindcheck_op, melding_op, hulpplan_op, herbeoordeling_op, herbeoordeeld_op,"
                                + " gesloten_op, gesloten_in_stap");
                Kopie reportingVir = NationaleDataset.kopie(
                        verbinding, "reporting_vir", "signaal_id, dossier_id, tenant_id, team_id, van, tot")) {
            Tabellen t = new Tabellen(dossiers, betrokkenen, journal, vir, gebeurtenissen, reporting, reportingVir);
            for (long d = 0; d < instellingen.dossiers(); d++) {
                new Verloop(d, t).maak();
            }
            klaar.accept(dossiers, "dossier.dossier");
            klaar.accept(betrokkenen, "dossier.betrokkene");
            klaar.accept(journal, "dossier.journal_entry");
            klaar.accept(vir, "dossier.vir_signaal");
            klaar.accept(gebeurtenissen, "reporting_gebeurtenis");
            klaar.accept(reporting, "reporting_dossier");
            klaar.accept(reportingVir, "reporting_vir");
        } finally {
            if (verbinding != null) {
                try {
                    verbinding.close();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    private record Tabellen(
            Kopie dossiers,
            Kopie betrokkenen,
            Kopie journal,
            Kopie vir,
            Kopie gebeurtenissen,
            Kopie reporting,
            Kopie reportingVir) {}

    /** One dossier's course, from its opening until it closes or today is reached. */
    private final class Verloop {

        private final long d;
        private final Tabellen t;
        private final Random random;
        private final UUID id;
        private final NationaleDataset.Lid lid;
        private final TenantId tenant;
        private final KaderVersion kader;
        private final Instant nu;
        private final List<JournalEntry<EntryPayload>> entries = new ArrayList<>();
        private final List<DossierGebeurtenis> gebeurtenissen = new ArrayList<>();
        private final List<Betrokkene> betrokkenen = new ArrayList<>();
        private final Instant geopend;
        private Instant moment;
        private boolean gesloten;

        Verloop(long d, Tabellen t) {
            this.d = d;
            this.t = t;
            this.random = new Random(seed * 0x5DEECE66DL + d);
            this.id = id(instellingen, d);
            this.lid = org.eigenaren()
                    .get(eigenaar(instellingen, d, org.eigenaren().size()));
            this.tenant = new TenantId(lid.tenant());
            this.kader = Kaders.of(lid.cluster()).kaderVersion();
            this.nu = instellingen.nu();
            this.geopend = geopend(instellingen, d, random);
            this.moment = geopend;
        }

        void maak() {
            boolean volwassene = lid.cluster() == Beroepscluster.ARTSEN
                    || lid.cluster() == Beroepscluster.VERPLEEGKUNDIGEN_EN_VERZORGENDEN
                    || lid.cluster() == Beroepscluster.PSYCHOLOGEN_PEDAGOGEN_PSYCHOTHERAPEUTEN;
            Betrokkene client = betrokkene(volwassene ? Relatie.CLIENT : Relatie.KIND, volwassene);
            betrokkenen.add(client);
            if (random.nextInt(4) == 0) {
                betrokkenen.add(betrokkene(volwassene ? Relatie.KIND : Relatie.HUISGENOOT, !volwassene));
            }
            gebeurtenissen.add(new DossierGebeurtenis.Geopend(
                    id, tenant, lid.team() == null ? null : new nl.schakel.shared.TeamId(lid.team()), geopend));
            verloop(volwassene);
            t.dossiers().rij(id, tenant.value(), lid.id(), lid.naam(), geopend, gesloten ? "GESLOTEN" : "OPEN");
            for (int i = 0; i < betrokkenen.size(); i++) {
                Betrokkene b = betrokkenen.get(i);
                t.betrokkenen()
                        .rij(
                                b.id(),
                                id,
                                i,
                                b.naam(),
                                b.geboortedatum(),
                                b.bsn() == null ? null : b.bsn().value(),
                                b.relatie().name());
            }
            reporting();
        }

        private Betrokkene betrokkene(Relatie relatie, boolean volwassene) {
            LocalDate vandaag = vandaag();
            LocalDate geboren = vandaag.minusYears(
                            volwassene
                                    ? 20 + random.nextInt(60)
                                    : lid.cluster() == Beroepscluster.KINDEROPVANG
                                            ? 1 + random.nextInt(3)
                                            : 4 + random.nextInt(14))
                    .minusDays(random.nextInt(365));
            Betrokkene b = Betrokkene.of(
                    Namen.naam(random), geboren, random.nextInt(10) < 7 ? Namen.bsn(random) : "", relatie, vandaag);
            return new Betrokkene(
                    Namen.id(0x11, betrokkeneTeller++, seed), b.naam(), b.geboortedatum(), b.bsn(), b.relatie());
        }

        private void verloop(boolean volwassene) {
            int vorm = random.nextInt(1000);
            boolean partnergeweld = volwassene && random.nextBoolean();
            if (!voegToe(0, 2, signaal(partnergeweld, vorm >= 978))) {
                return;
            }
            if (random.nextInt(100) < 3 && !corrigeer()) {
                return;
            }
            if (random.nextInt(8) == 0 && !voegToe(2, 20, signaal(partnergeweld, false))) {
                return;
            }
            if (partnergeweld && lid.cluster() == Beroepscluster.ARTSEN && !voegToe(0, 3, kindcheck())) {
                return;
            }
            if (vorm < 660) {
                sluit(7, 60, "Na een paar weken observeren zijn er geen zorgen meer.");
                return;
            }
            if (!voegToe(2, 10, consultatie(vorm >= 978))) {
                return;
            }
            if (vorm < 800) {
                sluit(3, 14, "De collega zag een andere verklaring; geen zorgen meer.");
                return;
            }
            boolean gevoerd = vorm < 978 || random.nextBoolean();
            if (!voegToe(3, 14, gesprek(gevoerd))) {
                return;
            }
            if (vorm < 890) {
                sluit(1, 10, "Het gesprek gaf een duidelijke uitleg; geen vermoeden meer.");
                return;
            }
            if (vorm < 925) {
                if (voegToe(1, 7, afweging(1, false, null)) && voegToe(0, 2, beslissing(1, false))) {
                    sluit(0, 3, "Geen vermoeden na de afweging.");
                }
                return;
            }
            if (vorm < 978) {
                hulp(vorm < 945);
                return;
            }
            melden();
        }

        /** A correction of the last signaal: the observation written more precisely. */
        private boolean corrigeer() {
            JournalEntry<EntryPayload> laatste = entries.getLast();
            Signaal s = (Signaal) laatste.payload();
            Signaal beter = Signaal.of(
                    s.datum(),
                    s.waarneming() + " Aangevuld: het was op het schoolplein.",
                    s.soort(),
                    s.bron() == null ? "" : s.bron(),
                    s.vormen(),
                    s.disclosure(),
                    vandaag());
            return voegToe(0, 3, beter, laatste.id(), "De plek ontbrak in de waarneming.");
        }

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
                signaleer();
            }
            Instant herbeoordelingsdag = herbeoordeling
                    .atTime(LocalTime.of(10, 0))
                    .atZone(NationaleDataset.NL)
                    .toInstant();
            if (herbeoordelingsdag.isAfter(nu) || random.nextInt(100) < 10) {
                return; // not yet due, or due and not re-evaluated: overdue
            }
            moment = herbeoordelingsdag.isAfter(moment) ? herbeoordelingsdag : moment;
            if (voegToe(0, 5, afweging(5, true, null))) {
                sluit(1, 5, "De hulp werkt; afspraken gemaakt over wie de vinger aan de pols houdt.");
            }
        }

        /** A VIR signal; removed after a while by a third of the organisations, else ended when its term is over. */
        private void signaleer() {
            VirSignaal signaal = VirSignaal.of(betrokkenen.getFirst(), true, false, vandaag());
            if (!voegToe(0, 2, signaal)) {
                return;
            }
            JournalEntry<EntryPayload> entry = entries.getLast();
            boolean geeindigd = false;
            if (random.nextInt(3) == 0) {
                geeindigd = voegToe(30, 90, VirEinde.verwijderd(entry.id(), "Het risico is er niet meer.", vandaag()));
            } else {
                Instant eind = signaal.eindigtOp()
                        .atTime(LocalTime.of(0, 5))
                        .atZone(NationaleDataset.NL)
                        .toInstant();
                if (eind.isBefore(nu.minus(Duration.ofDays(1)))) {
                    Instant voor = moment;
                    moment = eind;
                    geeindigd = voegToe(0, 0, VirEinde.verlopen(entry.id(), signaal.eindigtOp()));
                    moment = voor.isAfter(moment) ? voor : moment;
                }
            }
            t.vir().rij(entry.id(), id, signaal.eindigtOp(), geeindigd);
        }

        private void melden() {
            if (!(voegToe(0, 2, afweging(1, true, null))
                    && voegToe(0, 1, afweging(2, true, Onveiligheid.ACUUT))
                    && voegToe(0, 1, beslissing(1, true)))) {
                return;
            }
            int regio = random.nextInt(org.regios().size());
            Journal<EntryPayload> journal = new Journal<>(id, entries);
            Melding m = Melding.of(
                    MeldingInhoud.from(
                            betrokkenen,
                            journal,
                            journal.current(Afweging.class),
                            journal.current(Beslissing.class).getFirst(),
                            null),
                    org.regios().get(regio),
                    org.regioNamen().get(regio),
                    "Ik blijf het kind volgen en houd contact met Veilig Thuis.",
                    true,
                    "",
                    null,
                    lid.naam() + ", 010-0000000");
            Melding melding = new Melding(
                    Namen.id(0x13, d, seed),
                    m.regioId(),
                    m.regioNaam(),
                    m.inhoud(),
                    m.watBlijfIkDoen(),
                    m.clientGeinformeerd(),
                    m.redenNietGeinformeerd(),
                    m.anoniemNaarGezin(),
                    m.contact());
            if (voegToe(0, 1, melding) && voegToe(0, 5, beslissing(2, false))) {
                sluit(5, 20, "Veilig Thuis heeft de melding in behandeling; dossier afgesloten.");
            }
        }

        private void sluit(int min, int max, String notitie) {
            if (voegToe(min, max, Afsluiting.of(notitie))) {
                gesloten = true;
            }
        }

        private boolean voegToe(int minDagen, int maxDagen, EntryPayload payload) {
            return voegToe(minDagen, maxDagen, payload, null, null);
        }

        /**
         * Records the payload some days after the previous entry.
         *
         * @return false when that moment lies in the future: the dossier stays where it is
         */
        private boolean voegToe(
                int minDagen, int maxDagen, EntryPayload payload, @Nullable UUID corrigeert, @Nullable String reden) {
            Instant op = moment.plus(Duration.ofDays(minDagen + random.nextInt(maxDagen - minDagen + 1)))
                    .plus(Duration.ofMinutes(5 + random.nextInt(120)));
            if (op.isAfter(nu.minus(Duration.ofHours(1)))) {
                return false;
            }
            moment = op;
            Journal<EntryPayload> voor = new Journal<>(id, entries);
            JournalEntry<EntryPayload> entry = new JournalEntry<>(
                    Namen.id(0x12, entryTeller++, seed),
                    id,
                    op,
                    new UserId(lid.id()),
                    lid.naam(),
                    lid.rol(),
                    null,
                    payload,
                    corrigeert,
                    reden);
            t.journal()
                    .rij(
                            entry.id(),
                            id,
                            op,
                            lid.id(),
                            lid.naam(),
                            lid.rol().name(),
                            null,
                            payload.kind().name(),
                            corrigeert,
                            reden,
                            JournalCodec.write(payload));
            gebeurtenissen.addAll(DossierGebeurtenissenVoorDataset.van(tenant, voor, entry));
            entries.add(entry);
            return true;
        }

        /**
         * The events as {@code reporting} stores them, and the dossier's read-model rows as it computes them from
         * those events ({@code reporting.persistence.GebeurtenisStore#herbereken}, which {@code NationaleDatasetIT}
         * runs over generated dossiers to check these rows).
         */
        private void reporting() {
            Instant[] stap = new Instant[6];
            Instant kindcheck = null;
            Instant melding = null;
            DossierGebeurtenis.HulpplanGemaakt plan = null;
            DossierGebeurtenis.Gesloten sluiting = null;
            List<DossierGebeurtenis.VirSignaalGemaakt> signalen = new ArrayList<>();
            List<DossierGebeurtenis.VirSignaalBeeindigd> einden = new ArrayList<>();
            List<DossierGebeurtenis.Afweging5Beantwoord> afwegingen5 = new ArrayList<>();
            for (DossierGebeurtenis g : gebeurtenissen) {
                Integer nummer = null;
                java.time.LocalDate herbeoordeling = null;
                UUID signaal = null;
                Integer volgnummer = null;
                switch (g) {
                    case DossierGebeurtenis.StapGezet s -> {
                        nummer = s.stap();
                        if (stap[s.stap()] == null) {
                            stap[s.stap()] = s.op();
                        }
                    }
                    case DossierGebeurtenis.Gesloten s -> {
                        nummer = s.inStap();
                        if (sluiting == null) {
                            sluiting = s;
                        }
                    }
                    case DossierGebeurtenis.HulpplanGemaakt h -> {
                        herbeoordeling = h.herbeoordeling();
                        volgnummer = h.volgnummer();
                        plan = h;
                    }
                    case DossierGebeurtenis.Afweging5Beantwoord a -> {
                        volgnummer = a.volgnummer();
                        afwegingen5.add(a);
                    }
                    case DossierGebeurtenis.VirSignaalBeeindigd e -> {
                        signaal = e.signaalId();
                        einden.add(e);
                    }
                    case DossierGebeurtenis.VirSignaalGemaakt v -> signalen.add(v);
                    case DossierGebeurtenis.KindcheckGedaan k -> kindcheck = kindcheck == null ? k.op() : kindcheck;
                    case DossierGebeurtenis.MeldingGedaan m -> melding = melding == null ? m.op() : melding;
                    case DossierGebeurtenis.Geopend o -> {}
                }
                t.gebeurtenissen()
                        .rij(
                                g.id(),
                                g.getClass().getSimpleName(),
                                id,
                                g.op(),
                                nummer,
                                herbeoordeling,
                                signaal,
                                volgnummer);
            }
            Instant herbeoordeeld = null;
            if (plan != null) {
                for (DossierGebeurtenis.Afweging5Beantwoord a : afwegingen5) {
                    boolean na = a.op().isAfter(plan.op())
                            || (a.op().equals(plan.op()) && a.volgnummer() > plan.volgnummer());
                    if (na && (herbeoordeeld == null || a.op().isBefore(herbeoordeeld))) {
                        herbeoordeeld = a.op();
                    }
                }
            }
            t.reporting()
                    .rij(
                            id,
                            tenant.value(),
                            lid.team(),
                            geopend,
                            stap[1],
                            stap[2],
                            stap[3],
                            stap[4],
                            stap[5],
                            kindcheck,
                            melding,
                            plan == null ? null : plan.op(),
                            plan == null ? null : plan.herbeoordeling(),
                            herbeoordeeld,
                            sluiting == null ? null : sluiting.op(),
                            sluiting == null ? null : sluiting.inStap());
            for (DossierGebeurtenis.VirSignaalGemaakt v : signalen) {
                Instant tot = einden.stream()
                        .filter(e -> e.signaalId().equals(v.id()))
                        .map(DossierGebeurtenis::op)
                        .min(Instant::compareTo)
                        .orElse(null);
                t.reportingVir().rij(v.id(), id, tenant.value(), lid.team(), v.op(), tot);
            }
        }

        private LocalDate vandaag() {
            return NationaleDataset.dag(moment);
        }

        private Signaal signaal(boolean partnergeweld, boolean disclosure) {
            VormVanGeweld[] kind = {
                VormVanGeweld.KINDERMISHANDELING_LICHAMELIJK,
                VormVanGeweld.KINDERMISHANDELING_PSYCHISCH,
                VormVanGeweld.VERWAARLOZING,
                VormVanGeweld.GETUIGE_HUISELIJK_GEWELD,
                VormVanGeweld.SEKSUEEL_MISBRUIK
            };
            Set<VormVanGeweld> vormen =
                    partnergeweld ? Set.of(VormVanGeweld.PARTNERGEWELD) : Set.of(kind[random.nextInt(kind.length)]);
            return Signaal.of(
                    vandaag(),
                    disclosure
                            ? "De cliënt vertelde zelf over wat er thuis gebeurt."
                            : WAARNEMINGEN.get(random.nextInt(WAARNEMINGEN.size())),
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
                            "Een gesprek zou de cliënt in gevaar brengen.",
                            false,
                            vandaag());
        }

        private Afweging afweging(int nummer, boolean antwoord, @Nullable Onveiligheid onveiligheid) {
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
    }

    private static final List<String> WAARNEMINGEN = List.of(
            "Blauwe plekken op de bovenarm gezien bij het omkleden.",
            "Komt de laatste weken vaak zonder ontbijt en in dezelfde kleren.",
            "Schrikt erg bij harde geluiden en trekt zich terug in de groep.",
            "Vertelde over ruzie thuis waarbij met spullen werd gegooid.",
            "Wordt vaak te laat opgehaald; de ouder leek onder invloed.",
            "Is erg moe en valt in slaap tijdens de les.",
            "Gezien en gehoord tijdens het gesprek; vastgelegd zoals waargenomen.");
}
