package nl.schakel.keten;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.schakel.register.Pseudoniem;

/**
 * A Veilig Thuis region's registration of its involvement with the directbetrokkenen of a case in the national
 * VT-register (domain spec §3.8, rule 46): per person only a pseudonym (a keyed one-way function computed by the
 * region, the key never leaves the regions), the region, its own case reference and since when. No case content, no
 * BSN, no name. Sent when the region opens the case; ended by a {@link Beeindiging} when it closes.
 *
 * @param id the registration's own id, chosen by the sender (the message id across the chain)
 * @param regio the registering region
 * @param zaakReferentie the region's own reference of the case; the register returns it only to that region
 * @param personen the pseudonymised directbetrokkenen, at least one, each pseudonym once
 * @param sinds since when the region is involved (the case's opening)
 * @param contact how another region's case worker reaches this region about the case (e.g. a team's phone number),
 *     never a person's name or case content
 */
public record Registratie(
        UUID id, VeiligThuisRegio regio, UUID zaakReferentie, List<Persoon> personen, Instant sinds, String contact) {

    /** The largest number of persons one registration can carry. */
    public static final int MAX_PERSONEN = 50;

    /** The largest length of {@link #contact()}. */
    public static final int MAX_CONTACT = 200;

    /**
     * One directbetrokkene as the register sees it.
     *
     * @param pseudoniem HMAC-SHA256 of the BSN or of the normalised name and date of birth under the regions' key,
     *     base64url without padding (43 characters)
     * @param soort what the pseudonym was made from
     * @param sleutelversie the version of the regions' key it was made with (1 or more); pseudonyms of different
     *     versions never match
     */
    public record Persoon(String pseudoniem, Pseudoniemsoort soort, int sleutelversie) {

        public Persoon {
            Objects.requireNonNull(pseudoniem, "pseudoniem");
            Objects.requireNonNull(soort, "soort");
            if (!Pseudoniem.geldig(pseudoniem)) {
                throw new IllegalArgumentException("pseudoniem is not the base64url of 32 bytes");
            }
            if (sleutelversie < 1) {
                throw new IllegalArgumentException("sleutelversie must be 1 or more");
            }
        }

        @Override
        public String toString() {
            // never the pseudonym itself in logs
            return "Persoon[" + soort + ", v" + sleutelversie + "]";
        }
    }

    public Registratie {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(regio, "regio");
        Objects.requireNonNull(zaakReferentie, "zaakReferentie");
        Objects.requireNonNull(sinds, "sinds");
        Objects.requireNonNull(contact, "contact");
        personen = List.copyOf(personen);
        if (personen.isEmpty() || personen.size() > MAX_PERSONEN) {
            throw new IllegalArgumentException("a registration carries 1 to " + MAX_PERSONEN + " persons");
        }
        if (new HashSet<>(personen.stream().map(Persoon::pseudoniem).toList()).size() != personen.size()) {
            throw new IllegalArgumentException("a pseudonym occurs twice in one registration");
        }
        if (contact.isBlank() || contact.length() > MAX_CONTACT) {
            throw new IllegalArgumentException("contact is blank or longer than " + MAX_CONTACT);
        }
    }

    @Override
    public String toString() {
        return "Registratie[" + id + ", regio " + regio.id() + ", " + personen.size() + " personen]";
    }
}
