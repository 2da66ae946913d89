package nl.schakel.veiligthuis.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.schakel.shared.journal.JournalEntry;
import org.jspecify.annotations.Nullable;

/**
 * The overdracht offered to one receiving party (domain spec §3.2, §3.6; rules 36–38): who the party is, how to reach
 * them and what they are asked to take over, with responsibility for "zicht op veiligheid". The risk factors (rule 45)
 * and the veiligheidsvoorwaarden in force at the moment of the offer are copied in, so that they travel with it and
 * stay as the party saw them.
 *
 * @param partij the party's own id on this case, which its answer names
 * @param naam the person or team that receives it
 * @param organisatie the organisation; may be empty (e.g. for the directbetrokkenen themselves)
 * @param contact how the party is reached; may be empty
 * @param overname what the party takes over
 * @param risicofactoren the risk factors recorded on the case, oldest first
 * @param voorwaarden the veiligheidsvoorwaarden in force, as worded at the offer
 * @param ketenOverdrachtId the id under which the offer crossed the chain to the melder's Schakel dossier; {@code null}
 *     when Veilig Thuis records the answer itself
 */
public record OverdrachtAangeboden(
        UUID partij,
        Ontvanger soort,
        String naam,
        String organisatie,
        String contact,
        String overname,
        List<String> risicofactoren,
        List<Voorwaarde> voorwaarden,
        @Nullable UUID ketenOverdrachtId)
        implements EntryPayload {

    public static final int MAX_NAAM = 200;

    /** A veiligheidsvoorwaarde as it was worded when the overdracht was offered. */
    public record Voorwaarde(String tekst, String betreft, String controle) {}

    public OverdrachtAangeboden {
        risicofactoren = List.copyOf(risicofactoren);
        voorwaarden = List.copyOf(voorwaarden);
    }

    /**
     * Checks the offer as the worker filled it in and copies the risk factors and the voorwaarden in force from the
     * case's journal; throws with every problem at once.
     *
     * @param soort the kind of party; {@code null} when not chosen
     */
    public static OverdrachtAangeboden of(
            @Nullable Ontvanger soort,
            String naam,
            String organisatie,
            String contact,
            String overname,
            List<JournalEntry<EntryPayload>> journal) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (soort == null) {
            errors.put("soort", "overdracht.fout.soort");
        }
        String n = Teksten.verplicht(errors, "naam", naam, "overdracht.fout.naam");
        if (n.length() > MAX_NAAM) {
            errors.put("naam", "overdracht.fout.naam");
        }
        String o = organisatie.strip();
        if (o.length() > MAX_NAAM) {
            errors.put("organisatie", "overdracht.fout.organisatie");
        }
        String c = contact.strip();
        if (c.length() > MAX_NAAM) {
            errors.put("contact", "overdracht.fout.contact");
        }
        String w = Teksten.verplicht(errors, "overname", overname, "overdracht.fout.overname");
        Teksten.gooiAlsFout(errors);
        if (soort == null) {
            throw new IllegalStateException("checked above");
        }
        return new OverdrachtAangeboden(
                UUID.randomUUID(), soort, n, o, c, w, risicofactoren(journal), voorwaarden(journal), null);
    }

    /** The same offer, sent through the chain under this id. */
    public OverdrachtAangeboden viaSchakel(UUID ketenOverdrachtId) {
        return new OverdrachtAangeboden(
                partij, soort, naam, organisatie, contact, overname, risicofactoren, voorwaarden, ketenOverdrachtId);
    }

    /** The risk factors recorded on the case (rule 45, {@link VbStand#overdracht()}), oldest first. */
    public static List<String> risicofactoren(List<JournalEntry<EntryPayload>> journal) {
        return VbStand.van(journal).risicofactoren().stream()
                .map(Risicofactor::omschrijving)
                .toList();
    }

    /** The veiligheidsvoorwaarden in force, each with its wording in force. */
    public static List<Voorwaarde> voorwaarden(List<JournalEntry<EntryPayload>> journal) {
        return Veiligheidsvoorwaarden.van(journal).alle().stream()
                .map(v -> new Voorwaarde(
                        v.geldend().tekst(), v.geldend().betreft(), v.geldend().controle()))
                .toList();
    }

    @Override
    public String toString() {
        return "OverdrachtAangeboden[" + partij + ", " + soort + "]";
    }
}
