package nl.schakel.afwegingskader;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.schakel.shared.Beroepscluster;

/**
 * Checked kaders of every version, with the current one per cluster and code: the newest version of a cluster is
 * current, and older versions stay findable by their {@link KaderVersion} (ADR-0027). Plain data; {@link Kaders}
 * holds the one the shipped files make.
 */
final class KaderCatalogue {

    private final List<Kader> all;
    private final List<Kader> current;
    private final Map<String, Kader> byCode;
    private final Map<Beroepscluster, Kader> byCluster;
    private final Map<KaderVersion, Kader> byVersion;

    /**
     * @param kaders every version of every kader, as {@code afwegingskader.files.KaderFiles} checked them: each
     *     beroepscluster has at least one, and no version twice
     */
    KaderCatalogue(List<Kader> kaders) {
        this.all = kaders.stream()
                .sorted(Comparator.comparing(Kader::beroepscluster).thenComparing(Kader.OLDEST_FIRST))
                .toList();
        this.byVersion = all.stream().collect(Collectors.toUnmodifiableMap(Kader::kaderVersion, Function.identity()));
        this.byCluster = all.stream()
                .collect(Collectors.toUnmodifiableMap(
                        Kader::beroepscluster, Function.identity(), (older, newer) -> newer));
        this.current = Arrays.stream(Beroepscluster.values())
                .map(cluster -> Objects.requireNonNull(byCluster.get(cluster), () -> "no kader for " + cluster))
                .toList();
        this.byCode = current.stream().collect(Collectors.toUnmodifiableMap(Kader::code, Function.identity()));
    }

    List<Kader> current() {
        return current;
    }

    List<Kader> allVersions() {
        return all;
    }

    Optional<Kader> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    Kader of(Beroepscluster beroepscluster) {
        return Objects.requireNonNull(byCluster.get(beroepscluster));
    }

    Optional<Kader> find(KaderVersion version) {
        return Optional.ofNullable(byVersion.get(version));
    }
}
