package nl.schakel.reporting.domain;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The management information of one year for the whole organisation and each team: every figure of the year, its
 * quarters and its months, protected together (ADR-0032). Because a page or export only ever shows cells of this one
 * protected table, no choice of period or team reveals what the table hides.
 */
public final class Managementcijfers {

    /** A figure of a unit in a period. */
    public record Sleutel(Eenheid eenheid, Periode periode, Kengetal kengetal) {}

    /** The time in a step of a unit in a period. */
    public record TijdSleutel(Eenheid eenheid, Periode periode, int stap) {}

    private final int jaar;
    private final List<Eenheid> eenheden;
    private final Map<Sleutel, Cel> cellen;
    private final Map<TijdSleutel, Tijdcel> tijden;

    private Managementcijfers(
            int jaar, List<Eenheid> eenheden, Map<Sleutel, Cel> cellen, Map<TijdSleutel, Tijdcel> tijden) {
        this.jaar = jaar;
        this.eenheden = eenheden;
        this.cellen = cellen;
        this.tijden = tijden;
    }

    /**
     * Computes and protects the figures of the year.
     *
     * @param teams the organisation's teams (a team without dossiers shows zeros)
     * @param vandaag the day stock figures of the running period are counted on
     */
    public static Managementcijfers bereken(
            int jaar,
            List<UUID> teams,
            List<DossierVerloop> dossiers,
            List<VirSignaal> signalen,
            ZoneId zone,
            LocalDate vandaag) {
        List<Eenheid> eenheden = eenheden(teams, dossiers, signalen);
        List<Periode> perioden = Periode.vanJaar(jaar);
        Map<Sleutel, Integer> waarden = new HashMap<>();
        Map<TijdSleutel, List<Duration>> duren = new HashMap<>();
        for (Eenheid e : eenheden) {
            List<DossierVerloop> eigen =
                    dossiers.stream().filter(d -> e.omvat(d.team())).toList();
            List<VirSignaal> eigenSignalen =
                    signalen.stream().filter(s -> e.omvat(s.team())).toList();
            for (Periode p : perioden) {
                Telling.tel(eigen, eigenSignalen, p, zone, vandaag)
                        .forEach((k, v) -> waarden.put(new Sleutel(e, p, k), v));
                for (int stap = 1; stap <= DossierVerloop.STAPPEN; stap++) {
                    duren.put(new TijdSleutel(e, p, stap), Telling.tijdenInStap(eigen, stap, p, zone));
                }
            }
        }
        Map<Sleutel, Cel> cellen = Afscherming.scherm(waarden, sommen(eenheden, perioden));
        return new Managementcijfers(jaar, eenheden, cellen, tijden(eenheden, perioden, duren));
    }

    private static List<Eenheid> eenheden(List<UUID> teams, List<DossierVerloop> dossiers, List<VirSignaal> signalen) {
        Set<UUID> alle = new LinkedHashSet<>(teams);
        dossiers.stream().map(DossierVerloop::team).filter(Objects::nonNull).forEach(alle::add);
        signalen.stream().map(VirSignaal::team).filter(Objects::nonNull).forEach(alle::add);
        List<Eenheid> eenheden = new ArrayList<>();
        eenheden.add(Eenheid.ORGANISATIE);
        alle.forEach(t -> eenheden.add(Eenheid.team(t)));
        if (dossiers.stream().anyMatch(d -> d.team() == null)
                || signalen.stream().anyMatch(s -> s.team() == null)) {
            eenheden.add(Eenheid.ZONDER_TEAM);
        }
        return eenheden;
    }

    /** Every way the cells add up: teams to the organisation, steps and outcomes to closed, months to the year. */
    static List<Afscherming.Som<Sleutel>> sommen(List<Eenheid> eenheden, List<Periode> perioden) {
        List<Eenheid> delen = eenheden.subList(1, eenheden.size());
        List<Afscherming.Som<Sleutel>> sommen = new ArrayList<>();
        for (Periode p : perioden) {
            for (Kengetal k : Kengetal.values()) {
                sommen.add(new Afscherming.Som<>(
                        new Sleutel(Eenheid.ORGANISATIE, p, k),
                        delen.stream().map(e -> new Sleutel(e, p, k)).toList()));
            }
        }
        for (Eenheid e : eenheden) {
            for (Periode p : perioden) {
                for (List<Kengetal> opdeling : Kengetal.opdelingenVanGesloten()) {
                    sommen.add(new Afscherming.Som<>(
                            new Sleutel(e, p, Kengetal.GESLOTEN),
                            opdeling.stream().map(k -> new Sleutel(e, p, k)).toList()));
                }
                for (List<Periode> opdeling : p.opdelingen()) {
                    for (Kengetal k : Kengetal.values()) {
                        if (k.stroom()) {
                            sommen.add(new Afscherming.Som<>(
                                    new Sleutel(e, p, k),
                                    opdeling.stream()
                                            .map(q -> new Sleutel(e, q, k))
                                            .toList()));
                        }
                    }
                }
            }
        }
        return sommen;
    }

    /**
     * Median and longest from at least five dossiers. A longest of a whole (the organisation, a year) is shown only
     * when a shown part (a team, a month) has the same longest: else it would belong to a hidden small group.
     */
    private static Map<TijdSleutel, Tijdcel> tijden(
            List<Eenheid> eenheden, List<Periode> perioden, Map<TijdSleutel, List<Duration>> duren) {
        Map<TijdSleutel, Tijdcel> tijden = new HashMap<>();
        List<Eenheid> volgorde = new ArrayList<>(eenheden.subList(1, eenheden.size()));
        volgorde.add(Eenheid.ORGANISATIE);
        List<Periode> vanKleinNaarGroot = perioden.reversed();
        for (Eenheid e : volgorde) {
            for (Periode p : vanKleinNaarGroot) {
                for (int stap = 1; stap <= DossierVerloop.STAPPEN; stap++) {
                    TijdSleutel sleutel = new TijdSleutel(e, p, stap);
                    List<Duration> lijst = duren.get(sleutel);
                    if (lijst.size() < Afscherming.DREMPEL) {
                        tijden.put(sleutel, Tijdcel.VERBORGEN);
                        continue;
                    }
                    Duration langste = lijst.stream().max(Duration::compareTo).orElseThrow();
                    boolean herleidbaar = delen(sleutel, eenheden).stream()
                            .filter(deel -> !deel.isEmpty())
                            .anyMatch(deel -> deel.stream()
                                    .noneMatch(d -> langste.equals(tijden.get(d).langste())));
                    tijden.put(sleutel, new Tijdcel(Tijdcel.mediaan(lijst), herleidbaar ? null : langste));
                }
            }
        }
        return tijden;
    }

    /** The ways the cell splits into parts (the teams, the quarters, the months), each a list of part cells. */
    private static List<List<TijdSleutel>> delen(TijdSleutel s, List<Eenheid> eenheden) {
        List<List<TijdSleutel>> delen = new ArrayList<>();
        if (s.eenheid().equals(Eenheid.ORGANISATIE)) {
            delen.add(eenheden.subList(1, eenheden.size()).stream()
                    .map(e -> new TijdSleutel(e, s.periode(), s.stap()))
                    .toList());
        }
        for (List<Periode> opdeling : s.periode().opdelingen()) {
            delen.add(opdeling.stream()
                    .map(p -> new TijdSleutel(s.eenheid(), p, s.stap()))
                    .toList());
        }
        return delen;
    }

    public int jaar() {
        return jaar;
    }

    /** The organisation first, then each team, then "no team" when there are such dossiers. */
    public List<Eenheid> eenheden() {
        return eenheden;
    }

    public Cel cel(Eenheid eenheid, Periode periode, Kengetal kengetal) {
        return Objects.requireNonNull(cellen.get(new Sleutel(eenheid, periode, kengetal)), "no such cell");
    }

    public Tijdcel tijd(Eenheid eenheid, Periode periode, int stap) {
        return Objects.requireNonNull(tijden.get(new TijdSleutel(eenheid, periode, stap)), "no such cell");
    }
}
