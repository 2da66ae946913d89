package nl.schakel.veiligthuis.domain;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Who made the melding or asked for advies, kept apart from the case (rule 43): Veilig Thuis must know the melder,
 * but when {@code afgeschermd} the family must never learn who it was. Shown only to the roles that need it, each time
 * with a reason that is logged.
 *
 * @param organisatie the melder's organisation, for a professional
 * @param contact how Veilig Thuis reaches the melder (telephone number or e-mail address)
 * @param afgeschermd whether the identity is shielded from the family
 */
public record Melder(String naam, @Nullable String organisatie, String contact, boolean afgeschermd) {

    public static final int MAX_TEKST = 200;

    static @Nullable Melder check(
            Map<String, String> errors, String naam, String organisatie, String contact, boolean afgeschermd) {
        String cleanNaam = naam.strip();
        String cleanContact = contact.strip();
        String cleanOrganisatie = organisatie.strip();
        if (cleanNaam.isEmpty() || cleanNaam.length() > MAX_TEKST) {
            errors.put("melderNaam", "vt.fout.melder.naam");
        }
        if (cleanContact.isEmpty() || cleanContact.length() > MAX_TEKST) {
            errors.put("melderContact", "vt.fout.melder.contact");
        }
        if (cleanOrganisatie.length() > MAX_TEKST) {
            errors.put("melderOrganisatie", "vt.fout.melder.organisatie");
        }
        if (errors.containsKey("melderNaam") || errors.containsKey("melderContact")) {
            return null;
        }
        return new Melder(cleanNaam, cleanOrganisatie.isEmpty() ? null : cleanOrganisatie, cleanContact, afgeschermd);
    }

    @Override
    public String toString() {
        return "Melder[***]";
    }
}
