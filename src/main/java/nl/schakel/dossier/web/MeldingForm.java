package nl.schakel.dossier.web;

import org.jspecify.annotations.Nullable;

/** The form for a melding to Veilig Thuis; strings as typed, checked by the facade. */
public record MeldingForm(
        @Nullable String regio,
        @Nullable String watBlijfIkDoen,
        @Nullable String clientGeinformeerd,
        @Nullable String redenNietGeinformeerd,
        @Nullable String anoniemNaarGezin,
        @Nullable String contact,
        @Nullable String nogmaals) {

    public static MeldingForm empty() {
        return new MeldingForm(null, null, null, null, null, null, null);
    }

    /** This form with the contact details filled in, as Schakel knows them; the member may change them. */
    public MeldingForm metContact(@Nullable String bekend) {
        return new MeldingForm(
                regio, watBlijfIkDoen, clientGeinformeerd, redenNietGeinformeerd, anoniemNaarGezin, bekend, nogmaals);
    }

    @Override
    public String toString() {
        return "MeldingForm[***]";
    }
}
