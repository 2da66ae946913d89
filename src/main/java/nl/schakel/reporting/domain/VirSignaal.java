package nl.schakel.reporting.domain;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One signal in the Verwijsindex Risicojongeren: active from {@code van} until {@code tot} (null while active). */
public record VirSignaal(
        @Nullable UUID team, Instant van, @Nullable Instant tot) {}
