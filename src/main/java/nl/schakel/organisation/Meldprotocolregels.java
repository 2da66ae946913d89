package nl.schakel.organisation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.schakel.shared.Beroepscluster;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.Role;
import nl.schakel.shared.TeamId;
import nl.schakel.shared.UserId;
import org.jspecify.annotations.Nullable;

/**
 * The rules of a meldprotocol version, plain Java: what a new version must satisfy (each broken rule a Dutch message
 * key on the form field it concerns, in the order of the form), and which of the six minimum requirements a version
 * proves.
 */
public final class Meldprotocolregels {

    /** The longest short text (a name, a contact, the hours). */
    public static final int MAX_KORT = 200;
    /** The longest instruction. */
    public static final int MAX_TEKST = 4000;
    /** The longest retention term in years. */
    public static final int MAX_JAREN = 115;

    private static final Set<Role> KADERROLLEN = EnumSet.of(Role.BEROEPSKRACHT, Role.AANDACHTSFUNCTIONARIS);

    private Meldprotocolregels() {}

    /** Refuses a version that breaks a rule, with every broken rule on its field. */
    public static void controleer(Meldprotocol p, MeldprotocolKeuzes keuzes) {
        Map<String, String> fouten = new LinkedHashMap<>();
        vaststelling(p, keuzes, fouten);
        for (int i = 0; i < p.stappen().size(); i++) {
            lengte(fouten, "stap" + (i + 1), p.stappen().get(i), MAX_TEKST);
        }
        if (p.stappen().size() != Meldprotocol.STAPPEN) {
            fouten.put("stap1", "meldprotocol.fout.stappen");
        }
        verdelingen(p, keuzes, fouten);
        kaders(p, keuzes, fouten);
        aandachtsfunctionarissen(p, keuzes, fouten);
        vormen(p, keuzes, fouten);
        lengte(fouten, "kindcheckInstructie", p.kindcheck().instructie(), MAX_TEKST);
        lengte(fouten, "mantelzorgcheckInstructie", p.mantelzorgcheck().instructie(), MAX_TEKST);
        lengte(fouten, "verwijsindexInstructie", p.verwijsindex().instructie(), MAX_TEKST);
        medewerkerroute(p.medewerkerroute(), fouten);
        bewaartermijnen(p.bewaartermijnen(), fouten);
        regiosEnKaart(p, fouten);
        if (!fouten.isEmpty()) {
            throw new InvalidInputException(fouten);
        }
    }

    private static void vaststelling(Meldprotocol p, MeldprotocolKeuzes keuzes, Map<String, String> fouten) {
        verplicht(fouten, "vastgesteldDoor", p.vastgesteldDoor(), MAX_KORT, "meldprotocol.fout.vastgesteldDoor");
        if (p.vastgesteldOp().isAfter(keuzes.vandaag())) {
            fouten.put("vastgesteldOp", "meldprotocol.fout.vastgesteldOp");
        }
        if (p.ingangsdatum().isBefore(p.vastgesteldOp())) {
            fouten.put("ingangsdatum", "meldprotocol.fout.ingangsdatumVoorBesluit");
        } else if (p.ingangsdatum().isBefore(keuzes.vandaag())) {
            fouten.put("ingangsdatum", "meldprotocol.fout.ingangsdatumVerleden");
        }
    }

    private static void verdelingen(Meldprotocol p, MeldprotocolKeuzes keuzes, Map<String, String> fouten) {
        Set<@Nullable TeamId> gezien = new HashSet<>();
        if (p.stapverdelingen().stream().noneMatch(Stapverdeling::voorDeRest)) {
            fouten.put("verdeling-rest-alleenSignaleren", "meldprotocol.fout.verdelingRest");
        }
        for (int i = 0; i < p.stapverdelingen().size(); i++) {
            Stapverdeling v = p.stapverdelingen().get(i);
            String veld = "verdeling-" + (v.team() == null ? "rest" : v.team()) + "-";
            if (!gezien.add(v.team()) || (v.team() != null && !keuzes.teams().contains(v.team()))) {
                fouten.put(veld + "team", "meldprotocol.fout.team");
            }
            UserId uitvoerder = v.uitvoerder();
            if (uitvoerder != null) {
                MeldprotocolKeuzes.ClientLid lid = keuzes.clientLeden().get(uitvoerder);
                if (lid == null || p.alleenSignaleren(lid.team(), lid.role())) {
                    fouten.put(veld + "uitvoerder", "meldprotocol.fout.uitvoerder");
                }
            }
            UserId eind = v.eindverantwoordelijke();
            if (eind != null && !keuzes.leden().contains(eind)) {
                fouten.put(veld + "eindverantwoordelijke", "meldprotocol.fout.eindverantwoordelijke");
            }
        }
    }

    private static void kaders(Meldprotocol p, MeldprotocolKeuzes keuzes, Map<String, String> fouten) {
        if (!keuzes.kaderCodes().contains(p.kaderVoorIedereen())) {
            fouten.put("kaderVoorIedereen", "meldprotocol.fout.kaderVoorIedereen");
        }
        Set<String> gezien = new HashSet<>();
        for (int i = 0; i < p.kaderregels().size(); i++) {
            Kaderregel r = p.kaderregels().get(i);
            String veld = "regel-" + r.soort().name().toLowerCase(java.util.Locale.ROOT) + "-" + r.waarde();
            if (!gezien.add(r.soort() + ":" + r.waarde()) || !bestaat(r, keuzes)) {
                fouten.put(veld, "meldprotocol.fout.regel");
            } else if (!keuzes.kaderCodes().contains(r.kaderCode())) {
                fouten.put(veld, "meldprotocol.fout.kader");
            }
        }
    }

    private static boolean bestaat(Kaderregel r, MeldprotocolKeuzes keuzes) {
        return switch (r.soort()) {
            case TEAM -> keuzes.teams().stream().anyMatch(t -> t.toString().equals(r.waarde()));
            case ROL -> KADERROLLEN.stream().anyMatch(role -> role.name().equals(r.waarde()));
            case BEROEPSCLUSTER ->
                EnumSet.allOf(Beroepscluster.class).stream()
                        .anyMatch(c -> c.name().equals(r.waarde()));
        };
    }

    private static void aandachtsfunctionarissen(
            Meldprotocol p, MeldprotocolKeuzes keuzes, Map<String, String> fouten) {
        Set<UserId> gezien = new HashSet<>();
        for (int i = 0; i < p.aandachtsfunctionarissen().size(); i++) {
            Aandachtsfunctionaris af = p.aandachtsfunctionarissen().get(i);
            String veld = "af-" + af.lid() + "-";
            if (!keuzes.clientLeden().containsKey(af.lid())) {
                fouten.put(veld + "lid", "meldprotocol.fout.afLid");
            } else if (!gezien.add(af.lid())) {
                fouten.put(veld + "lid", "meldprotocol.fout.afDubbel");
            }
            verplicht(fouten, veld + "contact", af.contact(), MAX_KORT, "meldprotocol.fout.afContact");
            lengte(fouten, veld + "uren", af.uren(), MAX_KORT);
        }
    }

    private static void vormen(Meldprotocol p, MeldprotocolKeuzes keuzes, Map<String, String> fouten) {
        Set<String> gezien = new HashSet<>();
        for (int i = 0; i < p.specifiekeVormen().size(); i++) {
            SpecifiekeVorm v = p.specifiekeVormen().get(i);
            String veld = "vorm-" + v.vormCode() + "-";
            if (!keuzes.vormCodes().contains(v.vormCode()) || !gezien.add(v.vormCode())) {
                fouten.put(veld + "aan", "meldprotocol.fout.vorm");
            }
            verplicht(fouten, veld + "deskundige", v.deskundige(), MAX_KORT, "meldprotocol.fout.deskundige");
            lengte(fouten, veld + "instructie", v.instructie(), MAX_TEKST);
        }
    }

    private static void medewerkerroute(Medewerkerroute route, Map<String, String> fouten) {
        if (route.ingesteld()) {
            verplicht(fouten, "houder", route.houder(), MAX_KORT, "meldprotocol.fout.houder");
        } else {
            lengte(fouten, "houder", route.houder(), MAX_KORT);
        }
        lengte(fouten, "vertrouwensinspecteur", route.vertrouwensinspecteur(), MAX_KORT);
        lengte(fouten, "medewerkerrouteInstructie", route.instructie(), MAX_TEKST);
    }

    private static void bewaartermijnen(List<Bewaartermijn> termijnen, Map<String, String> fouten) {
        for (int i = 0; i < termijnen.size(); i++) {
            Bewaartermijn t = termijnen.get(i);
            String veld = "bewaartermijn-" + i + "-";
            verplicht(fouten, veld + "dossiersoort", t.dossiersoort(), MAX_KORT, "meldprotocol.fout.dossiersoort");
            if (t.jaren() < 1 || t.jaren() > MAX_JAREN) {
                fouten.put(veld + "jaren", "meldprotocol.fout.jaren");
            }
            lengte(fouten, veld + "grondslag", t.grondslag(), MAX_TEKST);
        }
    }

    private static void regiosEnKaart(Meldprotocol p, Map<String, String> fouten) {
        if (p.veiligThuisRegios().isEmpty()) {
            fouten.put("veiligThuisRegios", "meldprotocol.fout.regio");
        }
        p.veiligThuisRegios()
                .forEach(r -> verplicht(fouten, "veiligThuisRegios", r, MAX_KORT, "meldprotocol.fout.regio"));
        for (int i = 0; i < p.socialeKaart().size(); i++) {
            SocialeKaartContact c = p.socialeKaart().get(i);
            String veld = "kaart-" + i + "-";
            verplicht(fouten, veld + "naam", c.naam(), MAX_KORT, "meldprotocol.fout.kaartNaam");
            lengte(fouten, veld + "omschrijving", c.omschrijving(), MAX_KORT);
            verplicht(fouten, veld + "bereikbaar", c.bereikbaar(), MAX_KORT, "meldprotocol.fout.kaartBereikbaar");
        }
    }

    private static void verplicht(Map<String, String> fouten, String veld, String tekst, int max, String key) {
        if (tekst.isBlank()) {
            fouten.putIfAbsent(veld, key);
        } else {
            lengte(fouten, veld, tekst, max);
        }
    }

    private static void lengte(Map<String, String> fouten, String veld, String tekst, int max) {
        if (tekst.strip().length() > max) {
            fouten.putIfAbsent(veld, max == MAX_TEKST ? "meldprotocol.fout.tekstTeLang" : "meldprotocol.fout.teLang");
        }
    }

    /** Per minimum requirement whether this version proves it, and why (no client data in the arguments). */
    public static List<MinimumeisStatus> minimumeisen(MeldprotocolVersie versie) {
        Meldprotocol p = versie.inhoud();
        List<MinimumeisStatus> result = new ArrayList<>();
        result.add(new MinimumeisStatus(
                Minimumeis.STAPPENPLAN,
                true,
                "meldprotocol.eis.stappenplan",
                List.of(
                        String.valueOf(versie.versie()),
                        String.valueOf(p.stapverdelingen().size()))));
        result.add(new MinimumeisStatus(
                Minimumeis.AFWEGINGSKADERS,
                true,
                "meldprotocol.eis.kaders",
                List.of(String.valueOf(p.kaderregels().size()))));
        result.add(rollen(p));
        int vormen = p.specifiekeVormen().size();
        result.add(new MinimumeisStatus(
                Minimumeis.SPECIFIEKE_VORMEN,
                vormen > 0,
                vormen > 0 ? "meldprotocol.eis.vormen" : "meldprotocol.eis.geenVormen",
                List.of(String.valueOf(vormen))));
        boolean vir = !p.verwijsindex().instructie().isBlank();
        result.add(new MinimumeisStatus(
                Minimumeis.VERWIJSINDEX,
                vir,
                !vir
                        ? "meldprotocol.eis.geenVerwijsindex"
                        : p.verwijsindex().magSignaleren()
                                ? "meldprotocol.eis.verwijsindexSignaleert"
                                : "meldprotocol.eis.verwijsindexNiet",
                List.of()));
        boolean kind = p.kindcheck().gegeven();
        result.add(new MinimumeisStatus(
                Minimumeis.KIND_EN_MANTELZORGCHECK,
                kind,
                !kind
                        ? "meldprotocol.eis.geenKindcheck"
                        : p.mantelzorgcheck().gegeven() ? "meldprotocol.eis.beideChecks" : "meldprotocol.eis.kindcheck",
                List.of()));
        return List.copyOf(result);
    }

    private static MinimumeisStatus rollen(Meldprotocol p) {
        long zonderEind = p.stapverdelingen().stream()
                .filter(v -> v.eindverantwoordelijke() == null)
                .count();
        boolean zonderUitvoerder = p.aandachtsfunctionarissen().isEmpty()
                && p.stapverdelingen().stream().anyMatch(v -> v.alleenSignaleren() && v.uitvoerder() == null);
        if (zonderUitvoerder) {
            return new MinimumeisStatus(Minimumeis.ROLLEN, false, "meldprotocol.eis.geenUitvoerder", List.of());
        }
        return zonderEind > 0
                ? new MinimumeisStatus(
                        Minimumeis.ROLLEN,
                        false,
                        "meldprotocol.eis.geenEindverantwoordelijke",
                        List.of(String.valueOf(zonderEind)))
                : new MinimumeisStatus(Minimumeis.ROLLEN, true, "meldprotocol.eis.rollen", List.of());
    }

    /** Nothing in force: every requirement unmet. */
    public static List<MinimumeisStatus> zonderMeldprotocol() {
        return EnumSet.allOf(Minimumeis.class).stream()
                .map(eis -> new MinimumeisStatus(eis, false, "meldprotocol.eis.geenprotocol", List.of()))
                .toList();
    }
}
