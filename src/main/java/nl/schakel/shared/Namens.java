package nl.schakel.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On an {@link Actor} parameter of an API handler method: the member the calling API client acts for, named in the
 * {@value ActingFor#HEADER} header (ADR-0014). The web layer resolves it with {@link ActingFor#member}, so a missing
 * or unknown name is an {@link InvalidInputException} (a 400 problem) and the refusal is logged; it also documents
 * the header, required, on exactly the operations that have such a parameter.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Namens {

    /** How the OpenAPI document describes the {@value ActingFor#HEADER} header. */
    String DESCRIPTION = "De gebruikersnaam van de medewerker van deze organisatie voor wie de"
            + " koppeling werkt (een beroepskracht of aandachtsfunctionaris). Verplicht.";
}
