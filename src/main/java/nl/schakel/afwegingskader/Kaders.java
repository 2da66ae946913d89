package nl.schakel.afwegingskader;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.schakel.shared.Beroepscluster;

/** The current kader of each of the 11 beroepsclusters, looked up by code or by cluster. */
public final class Kaders {

    private static final List<Kader> ALL = KaderData.all();

    private static final Map<String, Kader> BY_CODE =
            ALL.stream().collect(Collectors.toUnmodifiableMap(Kader::code, Function.identity()));

    private static final Map<Beroepscluster, Kader> BY_CLUSTER =
            ALL.stream().collect(Collectors.toUnmodifiableMap(Kader::beroepscluster, Function.identity()));

    static {
        List<Beroepscluster> without = Arrays.stream(Beroepscluster.values())
                .filter(cluster -> !BY_CLUSTER.containsKey(cluster))
                .toList();
        if (!without.isEmpty()) {
            throw new IllegalStateException("no kader for beroepscluster " + without);
        }
    }

    private Kaders() {}

    /** All kaders, in the order of {@link Beroepscluster}. */
    public static List<Kader> all() {
        return ALL;
    }

    public static Optional<Kader> find(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }

    /** The kader with this code; an unknown code throws {@link UnknownKaderException}. */
    public static Kader get(String code) {
        return find(code).orElseThrow(UnknownKaderException::new);
    }

    /** The kader of this cluster; every cluster has one (rule 15: never left blank). */
    public static Kader of(Beroepscluster beroepscluster) {
        return Objects.requireNonNull(BY_CLUSTER.get(beroepscluster));
    }
}
