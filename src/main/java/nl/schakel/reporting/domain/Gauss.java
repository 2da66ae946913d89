package nl.schakel.reporting.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Row reduction of a homogeneous system of sums: which unknowns it pins down. */
final class Gauss {

    private static final double NUL = 1e-9;

    private Gauss() {}

    /**
     * The columns whose unknown the rows determine: after reduction to reduced row echelon form, a pivot row with no
     * other non-zero entry fixes its unknown.
     */
    static Set<Integer> bepaaldeKolommen(List<double[]> rijen, int kolommen) {
        double[][] m = rijen.toArray(new double[0][]);
        int rij = 0;
        int[] spil = new int[m.length];
        for (int k = 0; k < kolommen && rij < m.length; k++) {
            int beste = rij;
            for (int r = rij + 1; r < m.length; r++) {
                if (Math.abs(m[r][k]) > Math.abs(m[beste][k])) {
                    beste = r;
                }
            }
            if (Math.abs(m[beste][k]) < NUL) {
                continue;
            }
            double[] wissel = m[rij];
            m[rij] = m[beste];
            m[beste] = wissel;
            double deler = m[rij][k];
            for (int c = 0; c < kolommen; c++) {
                m[rij][c] /= deler;
            }
            for (int r = 0; r < m.length; r++) {
                if (r != rij && Math.abs(m[r][k]) > NUL) {
                    double factor = m[r][k];
                    for (int c = 0; c < kolommen; c++) {
                        m[r][c] -= factor * m[rij][c];
                    }
                }
            }
            spil[rij] = k;
            rij++;
        }
        Set<Integer> bepaald = new HashSet<>();
        for (int r = 0; r < rij; r++) {
            int nietNul = 0;
            for (int c = 0; c < kolommen; c++) {
                if (Math.abs(m[r][c]) > NUL) {
                    nietNul++;
                }
            }
            if (nietNul == 1) {
                bepaald.add(spil[r]);
            }
        }
        return bepaald;
    }
}
