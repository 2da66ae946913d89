package nl.schakel.nationaal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import nl.schakel.shared.Role;
import nl.schakel.shared.VormVanGeweld;
import nl.schakel.shared.journal.JournalCodec;
import nl.schakel.shared.kalender.Werkdagkalender;
import nl.schakel.veiligthuis.domain.AdviesAfgerond;
import nl.schakel.veiligthuis.domain.AdviesUitkomst;
import nl.schakel.veiligthuis.domain.Beller;
import nl.schakel.veiligthuis.domain.Besluit;
import nl.schakel.veiligthuis.domain.BesluitBeoordeeld;
import nl.schakel.veiligthuis.domain.BesluitVoorgesteld;
import nl.schakel.veiligthuis.domain.BetrokkeneRol;
import nl.schakel.veiligthuis.domain.Bron;
import nl.schakel.veiligthuis.domain.Classificatie;
import nl.schakel.veiligthuis.domain.Directbetrokkene;
import nl.schakel.veiligthuis.domain.EntryPayload;
import nl.schakel.veiligthuis.domain.Geslacht;
import nl.schakel.veiligthuis.domain.IntakeVastgelegd;
import nl.schakel.veiligthuis.domain.MelderCategorie;
import nl.schakel.veiligthuis.domain.Taxatie;
import nl.schakel.veiligthuis.domain.Termijnen;
import nl.schakel.veiligthuis.domain.Veiligheidscheck;
import nl.schakel.veiligthuis.domain.Verrijking;
import nl.schakel.veiligthuis.domain.ZaakSoort;
import org.jspecify.annotations.Nullable;

/**
 * The Veilig Thuis cases of the national data set: 20 years at today's national volumes (CBS 2023, domain spec
 * §4.3: 127,340 meldingen and 143,210 adviezen a year), spread over the 26 regions by a weight per region, received
 * evenly over the years within a region. An advies: the intake and its outcome (advice and support, or no domestic
 * violence). A melding: the intake, a safety check, a source consulted, the taxatie, the besluit "einde bemoeienis"
 * proposed by a VT-medewerker and approved by a gedragswetenschapper (four eyes); the meldingen of the last days are
 * still in their veiligheidsbeoordeling, each where its course reached today. Melders by CBS's shares (two thirds of
 * the meldingen from police and justice), kinds of violence by CBS's shares, rule 55's classification by the shares
 * of hermeldingen and vervolgmeldingen. The services after a besluit (voorwaarden, onderzoek, monitoring, overdracht)
 * are not generated.
 */
final class VeiligThuisZaken {

    private final NationaleDataset.Instellingen instellingen;
    private final NationaleDataset.Organisaties org;
    private final Termijnen termijnen;
    private final @Nullable Connection verbinding;
    private final BiConsumer<Kopie, String> klaar;
    private final long seed;
    private final Map<LocalDate, LocalDate> uiterlijk = new HashMap<>();
    private long betrokkeneTeller;
    private long entryTeller;

    VeiligThuisZaken(
            NationaleDataset.Instellingen instellingen,
            NationaleDataset.Organisaties org,
            Werkdagkalender kalender,
            @Nullable Connection verbinding,
            BiConsumer<Kopie, String> klaar) {
        this.instellingen = instellingen;
        this.org = org;
        this.termijnen = new Termijnen(kalender);
        this.verbinding = verbinding;
        this.klaar = klaar;
        this.seed = instellingen.seed();
    }

    /** How many cases region {@code regio} has: its share of 20 years of the national meldingen and adviezen. */
    static long[] aantallen(NationaleDataset.Instellingen instellingen, int regio) {
        Random r = new Random(instellingen.seed() ^ 0x7265676961L);
        double[] gewicht = new double[instellingen.regios()];
        double som = 0;
        for (int i = 0; i < gewicht.length; i++) {
            gewicht[i] = 0.4 + 1.2 * r.nextDouble();
            som += gewicht[i];
        }
        double aandeel = gewicht[regio] / som;
        long meldingen =
                Math.max(1, Math.round(instellingen.meldingenPerJaar() * instellingen.jarenVeiligThuis() * aandeel));
        long adviezen =
                Math.max(1, Math.round(instellingen.adviezenPerJaar() * instellingen.jarenVeiligThuis() * aandeel));
        return new long[] {meldingen, adviezen};
    }

    static UUID id(NationaleDataset.Instellingen instellingen, int regio, long k) {
        return Namen.id(0x20, ((long) regio << 34) | k, instellingen.seed());
    }

    private static long stap(NationaleDataset.Instellingen instellingen, long aantal) {
        return Math.max(
                1, Duration.ofDays(365L * instellingen.jarenVeiligThuis()).toSeconds() / aantal);
    }

    private static Instant begin(NationaleDataset.Instellingen instellingen) {
        return instellingen.nu().minus(Duration.ofDays(365L * instellingen.jarenVeiligThuis()));
    }

    /** A case of the region received in the 60 days before {@code at}, for the access log (its workers read it). */
    static UUID eenZaakVoor(NationaleDataset.Instellingen instellingen, int regio, Instant at, Random r) {
        long[] n = aantallen(instellingen, regio);
        long totaal = n[0] + n[1];
        long stap = stap(instellingen, totaal);
        long voor = Math.min(
                totaal, Math.max(1, (at.getEpochSecond() - begin(instellingen).getEpochSecond()) / stap));
        long recent = Math.max(1, Math.min(voor, Duration.ofDays(60).toSeconds() / stap));
        return id(instellingen, regio, voor - 1 - r.nextLong(recent));
    }

    void maak() {
        try (Kopie zaken = NationaleDataset.kopie(
                        verbinding,
                        "veiligthuis.zaak",
                        "id, tenant_id, soort, status, ontvangen_op, acuut, vb_uiterlijk, classificatie,"
                                + " laatste_veiligheidscheck, besluit, besluit_op, created_at");
                Kopie betrokkenen = NationaleDataset.kopie(
                        verbinding,
                        "veiligthuis.betrokkene",
                        "id, zaak_id, position, naam, naam_normaal, geboortedatum, geslacht, bsn, rol");
                Kopie melders = NationaleDataset.kopie(
                        verbinding, "veiligthuis.melder", "zaak_id, naam, organisatie, contact, afgeschermd");
                Kopie journal = NationaleDataset.kopie(
                        verbinding,
                        "veiligthuis.journal_entry",
                        "id, zaak_id, recorded_at, author_id, author_name, author_role, on_behalf_of, kind, payload")) {
            Tabellen t = new Tabellen(zaken, betrokkenen, melders, journal);
            for (int regio = 0; regio < instellingen.regios(); regio++) {
                long[] n = aantallen(instellingen, regio);
                long totaal = n[0] + n[1];
                long stap = stap(instellingen, totaal);
                for (long k = 0; k < totaal; k++) {
                    boolean melding = (k + 1) * n[0] / totaal > k * n[0] / totaal;
                    new Zaak(regio, k, melding, stap, t).maak();
                }
            }
            klaar.accept(zaken, "veiligthuis.zaak");
            klaar.accept(betrokkenen, "veiligthuis.betrokkene");
            klaar.accept(melders, "veiligthuis.melder");
            klaar.accept(journal, "veiligthuis.journal_entry");
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

    private record Tabellen(Kopie zaken, Kopie betrokkenen, Kopie melders, Kopie journal) {}

    private static final EntryPayload VEILIGHEIDSCHECK =
            Veiligheidscheck.of("Met de melder en een ouder gebeld: de kinderen zijn op dit moment veilig.");
    private static final EntryPayload TAXATIE = Taxatie.of(
            false,
            "Geen acute dreiging; de pleger woont niet meer thuis.",
            false,
            "Geen eerdere meldingen en het gezin werkt mee.",
            false,
            "Geen andere problemen in het gezin bekend.");
    private static final EntryPayload VOORSTEL = BesluitVoorgesteld.of(
            Besluit.EINDE_BEMOEIENIS, "Het gezin heeft zelf hulp gezocht; er is geen onveiligheid meer.");
    private static final Map<EntryPayload, String> JSON = Map.of(
            VEILIGHEIDSCHECK, JournalCodec.write(VEILIGHEIDSCHECK),
            TAXATIE, JournalCodec.write(TAXATIE),
            VOORSTEL, JournalCodec.write(VOORSTEL));

    /** Melder categories of meldingen by professionals, by CBS 2023's counts (domain spec §4.3). */
    private static final Map<MelderCategorie, Integer> MELDERS = Map.of(
            MelderCategorie.JUSTITIE_EN_VEILIGHEID, 85_590,
            MelderCategorie.GEZONDHEIDSZORG, 10_395,
            MelderCategorie.ONDERWIJS, 5_400,
            MelderCategorie.JEUGDZORG, 2_720,
            MelderCategorie.GEESTELIJKE_GEZONDHEIDSZORG, 2_110,
            MelderCategorie.KINDEROPVANG, 615,
            MelderCategorie.BUREAU_LEERPLICHT, 150,
            MelderCategorie.VEILIG_THUIS_ANDERE_REGIO, 800,
            MelderCategorie.ANDERE_ORGANISATIE, 8_740);

    /** Adviesvragers among professionals, by CBS 2023's counts. */
    private static final Map<MelderCategorie, Integer> ADVIESVRAGERS = Map.of(
            MelderCategorie.ONDERWIJS, 12_650,
            MelderCategorie.GEZONDHEIDSZORG, 12_040,
            MelderCategorie.JEUGDZORG, 10_665,
            MelderCategorie.JUSTITIE_EN_VEILIGHEID, 8_990,
            MelderCategorie.GEESTELIJKE_GEZONDHEIDSZORG, 6_830,
            MelderCategorie.KINDEROPVANG, 2_275,
            MelderCategorie.ANDERE_ORGANISATIE, 24_585);

    private static final List<MelderCategorie> VOLGORDE = List.of(MelderCategorie.values());

    /** One case's course from its intake until it closes or today is reached. */
    private final class Zaak {

        private final int regio;
        private final boolean melding;
        private final Tabellen t;
        private final Random r;
        private final UUID id;
        private final UUID tenant;
        private final Instant ontvangen;
        private final NationaleDataset.Lid medewerker;
        private final NationaleDataset.Lid gedragswetenschapper;
        private final Instant nu;
        private Instant moment;

        Zaak(int regio, long k, boolean melding, long stap, Tabellen t) {
            this.regio = regio;
            this.melding = melding;
            this.t = t;
            this.r = new Random(seed * 0x5DEECE66DL + ((long) regio << 40) + k);
            this.id = id(instellingen, regio, k);
            this.tenant = org.regios().get(regio);
            this.ontvangen = begin(instellingen).plusSeconds(k * stap + r.nextLong(stap));
            List<NationaleDataset.Lid> vt = org.vtMedewerkers().get(tenant);
            List<NationaleDataset.Lid> gw = org.gedragswetenschappers().get(tenant);
            this.medewerker = vt.get(r.nextInt(vt.size()));
            this.gedragswetenschapper = gw.get(r.nextInt(gw.size()));
            this.nu = instellingen.nu();
            this.moment = ontvangen;
        }

        void maak() {
            LocalDate dag = NationaleDataset.dag(ontvangen);
            Beller beller = r.nextInt(100) < (melding ? 8 : 45) ? Beller.PARTICULIER : Beller.BEROEPSKRACHT;
            boolean anoniem = !melding && r.nextInt(100) < (beller == Beller.PARTICULIER ? 30 : 10);
            MelderCategorie categorie = beller == Beller.PARTICULIER
                    ? MelderCategorie.NIET_BEROEPSMATIG
                    : trek(melding ? MELDERS : ADVIESVRAGERS);
            Set<VormVanGeweld> vormen = Set.of(vorm());
            List<String> codes = vormen.stream()
                    .map(v -> v.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
                    .toList();
            boolean acuut = melding && r.nextInt(100) < 5;
            Classificatie classificatie = melding ? classificatie() : Classificatie.NIEUW;
            int personen = melding ? 1 + r.nextInt(4) : r.nextInt(10) < 4 ? 0 : 1 + r.nextInt(2);
            for (int p = 0; p < personen; p++) {
                persoon(p, dag);
            }
            if (!anoniem) {
                t.melders()
                        .rij(
                                id,
                                Namen.naam(r),
                                beller == Beller.PARTICULIER ? null : "Organisatie " + Namen.plaats(r),
                                "06-" + (10_000_000 + r.nextInt(89_999_999)),
                                r.nextInt(10) < 2);
            }
            String omschrijving = melding
                    ? "Melding over "
                            + vormen.iterator()
                                    .next()
                                    .name()
                                    .toLowerCase(java.util.Locale.ROOT)
                                    .replace('_', ' ') + "; de melder maakt zich zorgen om de veiligheid thuis."
                    : "De adviesvrager wil weten wat te doen bij zorgen over geweld thuis.";
            entry(
                    medewerker,
                    0,
                    new IntakeVastgelegd(
                            melding ? ZaakSoort.MELDING : ZaakSoort.ADVIES,
                            beller,
                            anoniem,
                            categorie,
                            codes,
                            vormen,
                            acuut,
                            omschrijving,
                            null,
                            classificatie,
                            null));
            if (melding) {
                melding(dag, acuut, classificatie);
            } else {
                advies(anoniem, personen > 0);
            }
        }

        private void advies(boolean anoniem, boolean heeftBetrokkenen) {
            String status = "ADVIES";
            if (later(1, 3)) {
                AdviesUitkomst uitkomst = r.nextInt(10) < 8
                        ? AdviesUitkomst.ADVIES_EN_ONDERSTEUNING
                        : AdviesUitkomst.GEEN_HUISELIJK_GEWELD_OF_KINDERMISHANDELING;
                entry(
                        medewerker,
                        AdviesAfgerond.of(
                                uitkomst, "Advies gegeven over de volgende stappen.", anoniem, heeftBetrokkenen));
                status = "ADVIES_AFGEROND";
            }
            t.zaken().rij(id, tenant, "ADVIES", status, ontvangen, false, null, "NIEUW", null, null, null, ontvangen);
        }

        private void melding(LocalDate dag, boolean acuut, Classificatie classificatie) {
            LocalDate vb = uiterlijk.computeIfAbsent(dag, termijnen::veiligheidsbeoordelingUiterlijk);
            String status = "VEILIGHEIDSBEOORDELING";
            Instant check = null;
            Instant besluitOp = null;
            if (later(0, 1)) {
                check = entry(medewerker, VEILIGHEIDSCHECK);
                if (later(1, 3)) {
                    LocalDate vandaag = NationaleDataset.dag(moment);
                    entry(
                            medewerker,
                            Verrijking.of(
                                    BRONNEN.get(r.nextInt(BRONNEN.size())),
                                    "Geraadpleegd; niets bekend dat de zorg vergroot.",
                                    vandaag,
                                    vandaag));
                    if (later(1, 2)) {
                        entry(medewerker, TAXATIE);
                        if (later(0, 1)) {
                            UUID voorstel = nieuwId();
                            entry(
                                    voorstel,
                                    medewerker,
                                    JSON.get(VOORSTEL),
                                    VOORSTEL.kind().name());
                            status = "BESLUIT_VOORGESTELD";
                            if (later(0, 2)) {
                                entry(gedragswetenschapper, BesluitBeoordeeld.of(voorstel, true, "Akkoord."));
                                status = "AFGESLOTEN";
                                besluitOp = moment;
                            }
                        }
                    }
                }
            }
            t.zaken()
                    .rij(
                            id,
                            tenant,
                            "MELDING",
                            status,
                            ontvangen,
                            acuut,
                            vb,
                            classificatie.name(),
                            check,
                            besluitOp == null ? null : Besluit.EINDE_BEMOEIENIS.name(),
                            besluitOp,
                            ontvangen);
        }

        /** Moves on some days (at least minutes); false when that lies in the future: the case stays where it is. */
        private boolean later(int minDagen, int maxDagen) {
            Instant op = moment.plus(Duration.ofDays(minDagen + r.nextInt(maxDagen - minDagen + 1)))
                    .plus(Duration.ofMinutes(5 + r.nextInt(180)));
            if (op.isAfter(nu.minus(Duration.ofHours(1)))) {
                return false;
            }
            moment = op;
            return true;
        }

        private void persoon(int positie, LocalDate dag) {
            BetrokkeneRol rol = positie == 0
                    ? BetrokkeneRol.SLACHTOFFER
                    : positie == 1 ? BetrokkeneRol.VERMOEDELIJKE_PLEGER : BetrokkeneRol.KIND_IN_HUISHOUDEN;
            boolean kind = rol != BetrokkeneRol.VERMOEDELIJKE_PLEGER && r.nextInt(10) < 6;
            LocalDate geboren =
                    dag.minusYears(kind ? r.nextInt(17) : 18 + r.nextInt(60)).minusDays(r.nextInt(365));
            String naam = Namen.naam(r);
            Geslacht geslacht = Geslacht.values()[r.nextInt(10) < 9 ? r.nextInt(2) : 3];
            t.betrokkenen()
                    .rij(
                            Namen.id(0x21, betrokkeneTeller++, seed),
                            id,
                            positie,
                            naam,
                            Directbetrokkene.normaal(naam),
                            geboren,
                            geslacht.name(),
                            r.nextInt(10) < 7 ? Namen.bsn(r) : null,
                            rol.name());
        }

        private VormVanGeweld vorm() {
            int k = r.nextInt(100);
            if (k < 50) {
                return List.of(
                                VormVanGeweld.KINDERMISHANDELING_LICHAMELIJK,
                                VormVanGeweld.KINDERMISHANDELING_PSYCHISCH,
                                VormVanGeweld.VERWAARLOZING,
                                VormVanGeweld.GETUIGE_HUISELIJK_GEWELD,
                                VormVanGeweld.SEKSUEEL_MISBRUIK)
                        .get(r.nextInt(5));
            }
            if (k < 88) {
                return VormVanGeweld.PARTNERGEWELD;
            }
            if (k < 90) {
                return VormVanGeweld.OUDERENMISHANDELING;
            }
            if (k < 92) {
                return VormVanGeweld.EERGERELATEERD_GEWELD;
            }
            return VormVanGeweld.KINDERMISHANDELING_PSYCHISCH;
        }

        /** Rule 55 by the national shares: 38% hermeldingen, 28.5% vervolgmeldingen (domain spec §3.8). */
        private Classificatie classificatie() {
            int k = r.nextInt(1000);
            return k < 380
                    ? Classificatie.HERMELDING
                    : k < 513
                            ? Classificatie.VERVOLG_TIJDENS_VEILIGHEIDSBEOORDELING
                            : k < 615 ? Classificatie.VERVOLG_NA_VEILIGHEIDSBEOORDELING : Classificatie.NIEUW;
        }

        private MelderCategorie trek(Map<MelderCategorie, Integer> aandelen) {
            int som = aandelen.values().stream().mapToInt(Integer::intValue).sum();
            int k = r.nextInt(som);
            for (MelderCategorie c : VOLGORDE) {
                Integer n = aandelen.get(c);
                if (n != null) {
                    if (k < n) {
                        return c;
                    }
                    k -= n;
                }
            }
            throw new IllegalStateException("unreachable");
        }

        private UUID nieuwId() {
            return Namen.id(0x22, entryTeller++, seed);
        }

        private Instant entry(NationaleDataset.Lid door, EntryPayload payload) {
            String json = payload == VEILIGHEIDSCHECK || payload == TAXATIE ? JSON.get(payload) : null;
            return entry(
                    nieuwId(),
                    door,
                    json == null ? JournalCodec.write(payload) : json,
                    payload.kind().name());
        }

        private Instant entry(NationaleDataset.Lid door, int minuten, EntryPayload payload) {
            moment = moment.plus(Duration.ofMinutes(minuten + r.nextInt(30)));
            return entry(door, payload);
        }

        private Instant entry(UUID entryId, NationaleDataset.Lid door, String json, String kind) {
            Role rol = door.rol();
            t.journal().rij(entryId, id, moment, door.id(), door.naam(), rol.name(), null, kind, json);
            return moment;
        }
    }

    private static final List<Bron> BRONNEN = List.of(
            Bron.EIGEN_REGISTRATIE,
            Bron.GEZAGSREGISTER,
            Bron.RAAD_VOOR_DE_KINDERBESCHERMING,
            Bron.VERWIJSINDEX,
            Bron.POLITIE_OM,
            Bron.KETENPARTNERS);
}
