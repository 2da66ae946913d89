package nl.schakel.afwegingskader;

import java.util.List;
import java.util.Optional;
import nl.schakel.afwegingskader.files.KaderFiles;
import nl.schakel.shared.Beroepscluster;
import org.jspecify.annotations.Nullable;

/**
 * The kaders of the 11 beroepsclusters, looked up by code or by cluster: the newest version of each is the current
 * one, and every older version stays loadable by its {@link KaderVersion}, since each recorded afweging names the
 * version it was answered under.
 *
 * <p>The kaders are the data files {@code afwegingskader/<code>-<versie>.json} (ADR-0027), read and checked once by
 * {@link KaderFiles#shipped()}: at the application's start ({@code afwegingskader.files.KaderFilesCheck}, so a
 * broken file stops the start with a message naming the file), or at the first lookup in a plain unit test.
 */
public final class Kaders {

    private static volatile @Nullable KaderCatalogue catalogue;

    private Kaders() {}

    /** The current kader of each cluster, in the order of {@link Beroepscluster}. */
    public static List<Kader> all() {
        return catalogue().current();
    }

    /** The current version of the kader with this code. */
    public static Optional<Kader> find(String code) {
        return catalogue().find(code);
    }

    /** The kader with this code, in its current version; an unknown code throws {@link UnknownKaderException}. */
    public static Kader get(String code) {
        return find(code).orElseThrow(UnknownKaderException::new);
    }

    /** The current kader of this cluster; every cluster has one (rule 15: never left blank). */
    public static Kader of(Beroepscluster beroepscluster) {
        return catalogue().of(beroepscluster);
    }

    /** The kader in exactly this version, current or older: the one a recorded afweging was answered under. */
    public static Optional<Kader> find(KaderVersion version) {
        return catalogue().find(version);
    }

    /** Every loaded version of every kader: per cluster in the order of {@link Beroepscluster}, oldest first. */
    public static List<Kader> allVersions() {
        return catalogue().allVersions();
    }

    private static KaderCatalogue catalogue() {
        KaderCatalogue loaded = catalogue;
        if (loaded == null) {
            synchronized (Kaders.class) {
                loaded = catalogue;
                if (loaded == null) {
                    loaded = new KaderCatalogue(KaderFiles.shipped());
                    catalogue = loaded;
                }
            }
        }
        return loaded;
    }
}
