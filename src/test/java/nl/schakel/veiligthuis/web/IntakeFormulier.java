package nl.schakel.veiligthuis.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The registration form as a browser submits it, for the web tests: a complete melding, each field replaceable. */
final class IntakeFormulier {

    private final Map<String, String> velden = new LinkedHashMap<>();
    private final List<String> vormen =
            new ArrayList<>(List.of("kindermishandeling-lichamelijk", "getuige-huiselijk-geweld"));

    /** A complete melding of a professional with a shielded melder, received an hour before {@code now}. */
    static IntakeFormulier melding(Instant now, String melderNaam, String organisatie, String contact) {
        LocalDateTime ontvangen =
                LocalDateTime.ofInstant(now.minus(Duration.ofHours(1)), ZoneId.of("Europe/Amsterdam"));
        IntakeFormulier f = new IntakeFormulier();
        f.set("soort", "MELDING")
                .set("ontvangenDatum", ontvangen.toLocalDate().toString())
                .set("ontvangenTijd", ontvangen.format(DateTimeFormatter.ofPattern("HH:mm")))
                .set("beller", "BEROEPSKRACHT")
                .set("melderNaam", melderNaam)
                .set("melderOrganisatie", organisatie)
                .set("melderContact", contact)
                .set("afgeschermd", "ja")
                .set("categorie", "ONDERWIJS")
                .set("rijen", "3")
                .set("betrokkenen[0].naam", "Lotte Intakekind")
                .set("betrokkenen[0].geboortedatum", "2016-04-05")
                .set("betrokkenen[0].geslacht", "VROUW")
                .set("betrokkenen[0].bsn", "111222333")
                .set("betrokkenen[0].rol", "SLACHTOFFER")
                .set("omschrijving", "De juf zag blauwe plekken op de armen.");
        return f;
    }

    IntakeFormulier set(String naam, String waarde) {
        velden.put(naam, waarde);
        return this;
    }

    IntakeFormulier zonder(String naam) {
        velden.remove(naam);
        return this;
    }

    IntakeFormulier vormen(String... codes) {
        vormen.clear();
        vormen.addAll(List.of(codes));
        return this;
    }

    String[] alsVelden() {
        List<String> uit = new ArrayList<>();
        velden.forEach((k, v) -> {
            uit.add(k);
            uit.add(v);
        });
        for (String v : vormen) {
            uit.add("vormen");
            uit.add(v);
        }
        return uit.toArray(String[]::new);
    }
}
