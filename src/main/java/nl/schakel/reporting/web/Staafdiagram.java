package nl.schakel.reporting.web;

import java.util.ArrayList;
import java.util.List;
import nl.schakel.reporting.domain.Cel;

/**
 * A bar chart drawn as SVG on the server: one group of bars per category (a month), one bar per series, each bar with
 * its figure written above it, so that the chart reads without colour; a hidden figure has no bar, only its label.
 */
public record Staafdiagram(
        String id, List<String> categorieen, List<Reeks> reeksen, List<Staaf> staven, List<Lijn> raster) {

    public static final int BREEDTE = 720;
    public static final int HOOGTE = 260;
    public static final int LINKS = 36;
    public static final int BOVEN = 24;
    public static final int ONDER = 32;

    /** A series: its name and its cells per category. */
    public record Reeks(String naam, List<Cel> cellen) {}

    /** One bar: its place, its height, which series (0 solid, 1 hatched, ...) and the text above it. */
    public record Staaf(int x, int y, int breedte, int hoogte, int reeks, String label, int labelX, int labelY) {}

    /** A horizontal grid line with its value. */
    public record Lijn(int y, String waarde) {}

    static int basislijn() {
        return HOOGTE - ONDER;
    }

    static Staafdiagram van(String id, List<String> categorieen, List<Reeks> reeksen, Labels labels) {
        int hoogste = reeksen.stream()
                .flatMap(r -> r.cellen().stream())
                .filter(Cel::zichtbaar)
                .mapToInt(c -> c.getal() == null ? 0 : c.getal())
                .max()
                .orElse(0);
        int schaal = Math.max(5, rond(hoogste));
        int ruimte = basislijn() - BOVEN;
        int vak = (BREEDTE - LINKS) / categorieen.size();
        int staafBreedte = Math.max(4, (vak - 8) / reeksen.size());
        List<Staaf> staven = new ArrayList<>();
        for (int c = 0; c < categorieen.size(); c++) {
            for (int r = 0; r < reeksen.size(); r++) {
                Cel cel = reeksen.get(r).cellen().get(c);
                int waarde = cel.zichtbaar() && cel.getal() != null ? cel.getal() : 0;
                int hoogte = waarde * ruimte / schaal;
                int x = LINKS + c * vak + 4 + r * staafBreedte;
                staven.add(new Staaf(
                        x,
                        basislijn() - hoogte,
                        staafBreedte - 2,
                        hoogte,
                        r,
                        labels.cel(cel),
                        x + (staafBreedte - 2) / 2,
                        basislijn() - hoogte - 4));
            }
        }
        List<Lijn> raster = new ArrayList<>();
        for (int i = 0; i <= 4; i++) {
            raster.add(new Lijn(basislijn() - i * ruimte / 4, String.valueOf(schaal * i / 4)));
        }
        return new Staafdiagram(id, categorieen, reeksen, staven, raster);
    }

    /** The x of the middle of a category, for its label under the axis. */
    public int midden(int categorie) {
        int vak = (BREEDTE - LINKS) / categorieen.size();
        return LINKS + categorie * vak + vak / 2;
    }

    /** A round top for the scale, divisible by four so the grid lines get whole numbers. */
    private static int rond(int hoogste) {
        int stap = hoogste <= 20 ? 4 : hoogste <= 100 ? 20 : 100;
        return ((hoogste + stap - 1) / stap) * stap;
    }

    /** How a cell reads as text: a number, "< 5", or "verborgen". */
    interface Labels {
        String cel(Cel cel);
    }
}
