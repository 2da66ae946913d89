package nl.schakel.reporting.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Synthetic read-model rows for the figure tests: a builder, and a seeded year of dossiers. */
final class Verlopen {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private Verlopen() {}

    static Instant op(LocalDate dag, int uur) {
        return LocalDateTime.of(dag, java.time.LocalTime.of(uur, 0))
                .atZone(ZONE)
                .toInstant();
    }

    /** A dossier opened on the day at 9:00 that went through steps 1..stappen, a day each, and nothing else. */
    static Bouwer dossier(@Nullable UUID team, LocalDate geopend) {
        return new Bouwer(team, op(geopend, 9));
    }

    static final class Bouwer {
        private final @Nullable UUID team;
        private final Instant geopend;
        private final @Nullable Instant[] stappen = new Instant[5];
        private @Nullable Instant kindcheck;
        private @Nullable Instant melding;
        private @Nullable Instant hulpplan;
        private @Nullable LocalDate herbeoordeling;
        private @Nullable Instant herbeoordeeld;
        private @Nullable Instant gesloten;
        private @Nullable Integer geslotenInStap;

        Bouwer(@Nullable UUID team, Instant geopend) {
            this.team = team;
            this.geopend = geopend;
        }

        Bouwer stap(int stap, Instant op) {
            stappen[stap - 1] = op;
            return this;
        }

        Bouwer kindcheck(Instant op) {
            kindcheck = op;
            return this;
        }

        Bouwer melding(Instant op) {
            melding = op;
            return this;
        }

        Bouwer hulpplan(Instant op, LocalDate herbeoordelen) {
            hulpplan = op;
            herbeoordeling = herbeoordelen;
            return this;
        }

        Bouwer herbeoordeeld(Instant op) {
            herbeoordeeld = op;
            return this;
        }

        Bouwer gesloten(Instant op, int inStap) {
            gesloten = op;
            geslotenInStap = inStap;
            return this;
        }

        DossierVerloop bouw() {
            return new DossierVerloop(
                    team,
                    geopend,
                    stappen,
                    kindcheck,
                    melding,
                    hulpplan,
                    herbeoordeling,
                    herbeoordeeld,
                    gesloten,
                    geslotenInStap);
        }
    }

    /**
     * A year of dossiers for the teams (and some without a team) in realistic shapes: each goes as far as a random
     * step with 1–20 days per step, some are closed, some got a hulpplan or a melding or a kindcheck.
     */
    static List<DossierVerloop> jaar(int jaar, List<UUID> teams, int aantal, long seed) {
        Random random = new Random(seed);
        List<DossierVerloop> dossiers = new ArrayList<>();
        for (int i = 0; i < aantal; i++) {
            UUID team = random.nextInt(10) == 0 ? null : teams.get(random.nextInt(teams.size()));
            LocalDate geopend = LocalDate.of(jaar, 1, 1).plusDays(random.nextInt(365));
            Bouwer b = dossier(team, geopend);
            Instant moment = op(geopend, 9);
            int tot = 1 + random.nextInt(5);
            for (int stap = 1; stap <= tot; stap++) {
                moment = moment.plus(java.time.Duration.ofHours(1 + random.nextInt(20 * 24)));
                b.stap(stap, moment);
            }
            if (random.nextInt(4) == 0) {
                b.kindcheck(moment);
            }
            if (tot == 5 && random.nextBoolean()) {
                b.melding(moment);
            } else if (tot >= 4 && random.nextBoolean()) {
                b.hulpplan(moment, LocalDate.ofInstant(moment, ZONE).plusDays(random.nextInt(90)));
            }
            if (random.nextInt(3) > 0) {
                b.gesloten(moment.plus(java.time.Duration.ofHours(1 + random.nextInt(24 * 30))), tot);
            }
            dossiers.add(b.bouw());
        }
        return dossiers;
    }
}
