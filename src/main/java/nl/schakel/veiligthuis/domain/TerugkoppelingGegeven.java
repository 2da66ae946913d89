package nl.schakel.veiligthuis.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The terugkoppeling Veilig Thuis gave the melder (spec §3.5, rule 41): after which moment, whether Veilig Thuis
 * started a follow-up, the receiving parties, and the safety conditions and monitoring agreements when the melder has
 * a role in the follow-up; how it was given and when. Through Schakel when the melder used a Schakel dossier, else by
 * telephone, letter, e-mail or in person, as recorded.
 *
 * @param ketenTerugkoppelingId the id under which it crossed the chain, when given through Schakel
 */
public record TerugkoppelingGegeven(
        Moment moment,
        Besluit besluit,
        boolean vervolg,
        List<String> ontvangendePartijen,
        @Nullable String voorwaardenEnAfspraken,
        String toelichting,
        Wijze wijze,
        LocalDate datum,
        @Nullable UUID ketenTerugkoppelingId)
        implements EntryPayload {

    public TerugkoppelingGegeven {
        ontvangendePartijen = List.copyOf(ontvangendePartijen);
    }

    /** After which step the terugkoppeling is given. */
    public enum Moment {
        NA_VEILIGHEIDSBEOORDELING,
        NA_ONDERZOEK
    }

    /** How the terugkoppeling reached the melder. */
    public enum Wijze {
        SCHAKEL,
        TELEFOON,
        BRIEF,
        EMAIL,
        GESPREK
    }

    @Override
    public String toString() {
        return "TerugkoppelingGegeven[" + moment + ", " + wijze + "]";
    }
}
