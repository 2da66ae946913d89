package nl.schakel.organisation;

/**
 * One entry of the organisation's sociale kaart (F11): Veilig Thuis, the local team, police, an expert.
 *
 * @param naam the organisation or person
 * @param omschrijving what they are for
 * @param bereikbaar phone, e-mail or website
 */
public record SocialeKaartContact(String naam, String omschrijving, String bereikbaar) {}
