package nl.schakel.dossier;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The help to offer or organise as typed: what, by whom, and when afweging 5 is evaluated again. */
public record NewHulpplan(String plan, String wie, @Nullable LocalDate herbeoordeling) {

    @Override
    public String toString() {
        return "NewHulpplan[***]";
    }
}
