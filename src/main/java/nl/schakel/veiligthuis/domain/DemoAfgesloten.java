package nl.schakel.veiligthuis.domain;

/**
 * Demo data only: an earlier melding of the demo region closed without the steps of a veiligheidsbeoordeling, so that
 * the own-records search has an earlier, closed case to find. The entry says so in its own words.
 *
 * @param toelichting what happened, as the demo data tells it
 */
public record DemoAfgesloten(String toelichting) implements EntryPayload {

    @Override
    public String toString() {
        return "DemoAfgesloten[]";
    }
}
