package nl.schakel.dossier.web;

import static nl.schakel.shared.FormValues.name;
import static nl.schakel.shared.FormValues.string;

import java.util.List;
import java.util.stream.Collectors;
import nl.schakel.dossier.domain.Kindcheck;
import org.jspecify.annotations.Nullable;

/** The form for a kindcheck; strings as typed, checked by {@link Kindcheck#of}. */
public record KindcheckForm(
        @Nullable List<String> aanleidingen,
        @Nullable String anders,
        @Nullable String minderjarigen,
        @Nullable String aantal,
        @Nullable String leeftijden,
        @Nullable String zorg,
        @Nullable String zwangerschap,
        @Nullable String overgenomenDoor) {

    public static KindcheckForm empty() {
        return new KindcheckForm(null, null, null, null, null, null, null, null);
    }

    static KindcheckForm of(Kindcheck k) {
        return new KindcheckForm(
                k.aanleidingen().stream().map(Enum::name).toList(),
                k.anders(),
                name(k.minderjarigen()),
                string(k.aantal()),
                k.leeftijden().stream().map(String::valueOf).collect(Collectors.joining(", ")),
                name(k.zorg()),
                name(k.zwangerschap()),
                k.overgenomenDoor());
    }

    public boolean chosen(String aanleiding) {
        return aanleidingen != null && aanleidingen.contains(aanleiding);
    }

    @Override
    public String toString() {
        return "KindcheckForm[***]";
    }
}
