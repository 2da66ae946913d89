package nl.schakel.reporting.domain;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Whose figures: the whole organisation, one team, or the dossiers whose owner had no team. */
public record Eenheid(Soort soort, @Nullable UUID team) {

    public enum Soort {
        ORGANISATIE,
        TEAM,
        ZONDER_TEAM
    }

    public static final Eenheid ORGANISATIE = new Eenheid(Soort.ORGANISATIE, null);
    public static final Eenheid ZONDER_TEAM = new Eenheid(Soort.ZONDER_TEAM, null);

    public static Eenheid team(UUID team) {
        return new Eenheid(Soort.TEAM, team);
    }

    /** Whether a dossier or signal of this team belongs to this unit. */
    public boolean omvat(@Nullable UUID vanTeam) {
        return switch (soort) {
            case ORGANISATIE -> true;
            case TEAM -> team != null && team.equals(vanTeam);
            case ZONDER_TEAM -> vanTeam == null;
        };
    }

    /** For URLs and the CSV: {@code organisatie}, {@code zonder-team} or the team's id. */
    public String code() {
        return switch (soort) {
            case ORGANISATIE -> "organisatie";
            case ZONDER_TEAM -> "zonder-team";
            case TEAM -> String.valueOf(team);
        };
    }
}
