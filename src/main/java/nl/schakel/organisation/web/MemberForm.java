package nl.schakel.organisation.web;

import org.jspecify.annotations.Nullable;

/** The form to add a member; strings as typed, checked by the facade. */
public record MemberForm(
        @Nullable String gebruikersnaam,
        @Nullable String naam,
        @Nullable String wachtwoord,
        @Nullable String rol,
        @Nullable String team,
        @Nullable String beroepscluster) {

    public static MemberForm empty() {
        return new MemberForm(null, null, null, null, null, null);
    }

    @Override
    public String toString() {
        return "MemberForm[***]";
    }
}
