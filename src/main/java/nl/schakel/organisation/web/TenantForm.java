package nl.schakel.organisation.web;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The form to create a tenant with its first beheerder. */
public record TenantForm(
        @Nullable String naam,
        @Nullable String soort,
        @Nullable String sectoren,
        @Nullable List<String> beroepsclusters,
        @Nullable String gebruikersnaam,
        @Nullable String beheerderNaam,
        @Nullable String wachtwoord) {

    public static TenantForm empty() {
        return new TenantForm(null, null, null, null, null, null, null);
    }

    @Override
    public String toString() {
        return "TenantForm[***]";
    }
}
