package nl.schakel.organisation.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.schakel.organisation.Aandachtsfunctionaris;
import nl.schakel.organisation.Bewaartermijn;
import nl.schakel.organisation.Checkinstructie;
import nl.schakel.organisation.Kaderregel;
import nl.schakel.organisation.Medewerkerroute;
import nl.schakel.organisation.Meldprotocol;
import nl.schakel.organisation.SocialeKaartContact;
import nl.schakel.organisation.SpecifiekeVorm;
import nl.schakel.organisation.Stapverdeling;
import nl.schakel.organisation.Team;
import nl.schakel.organisation.Verwijsindexafspraak;
import nl.schakel.organisation.VormCode;
import nl.schakel.shared.Beroepscluster;
import nl.schakel.shared.FormValues;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.Role;
import nl.schakel.shared.TeamId;
import nl.schakel.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

/**
 * Reads the form for a new meldprotocol version (plain fields, one row per team, member, code and kader rule, and
 * numbered rows for retention terms and the sociale kaart) into a {@link Meldprotocol}; a field that does not parse
 * is empty, for the rules to refuse. Empty numbered rows are left out; the errors of the kept rows are put back on
 * the row the user filled in.
 */
final class MeldprotocolFormulier {

    /** How many empty numbered rows the form offers after the filled ones. */
    static final int LEGE_RIJEN = 2;

    private static final Pattern RIJ = Pattern.compile("^(bewaartermijn|kaart)-(\\d+)-(.*)$");

    private final MultiValueMap<String, String> form;
    private final List<Integer> termijnRijen = new ArrayList<>();
    private final List<Integer> kaartRijen = new ArrayList<>();

    MeldprotocolFormulier(MultiValueMap<String, String> form) {
        this.form = form;
    }

    /** The version the form describes; unreadable dates are refused here, with the field they belong to. */
    Meldprotocol lees(MeldprotocolWeergave w, List<VormCode> vormen) {
        LocalDate op = FormValues.date(form.getFirst("vastgesteldOp"));
        LocalDate ingang = FormValues.date(form.getFirst("ingangsdatum"));
        Meldprotocol p = new Meldprotocol(
                tekst("vastgesteldDoor"),
                op == null ? LocalDate.MIN : op,
                ingang == null ? LocalDate.MIN : ingang,
                List.of(tekst("stap1"), tekst("stap2"), tekst("stap3"), tekst("stap4"), tekst("stap5")),
                verdelingen(w.deelnemers().teams()),
                regels(w),
                tekst("kaderVoorIedereen"),
                aandachtsfunctionarissen(w),
                vormen(vormen),
                check("kindcheck"),
                check("mantelzorgcheck"),
                new Verwijsindexafspraak(aan("magSignaleren"), tekst("verwijsindexInstructie")),
                new Medewerkerroute(
                        aan("medewerkerroute"),
                        tekst("houder"),
                        tekst("vertrouwensinspecteur"),
                        tekst("medewerkerrouteInstructie")),
                termijnen(),
                tekst("veiligThuisRegios")
                        .lines()
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList(),
                kaart());
        Map<String, String> fouten = new LinkedHashMap<>();
        if (op == null) {
            fouten.put("vastgesteldOp", "meldprotocol.fout.vastgesteldOp");
        }
        if (ingang == null) {
            fouten.put("ingangsdatum", "meldprotocol.fout.ingangsdatum");
        }
        if (!fouten.isEmpty()) {
            throw new Onleesbaar(p, new InvalidInputException(fouten));
        }
        return p;
    }

    /** The rules' errors with each numbered row's error on the row as the form numbered it. */
    InvalidInputException opFormulierRijen(InvalidInputException e) {
        Map<String, String> fouten = new LinkedHashMap<>();
        e.fieldErrors().forEach((veld, key) -> {
            Matcher m = RIJ.matcher(veld);
            if (m.matches()) {
                List<Integer> rijen = m.group(1).equals("kaart") ? kaartRijen : termijnRijen;
                int i = Integer.parseInt(m.group(2));
                veld = m.group(1) + "-" + (i < rijen.size() ? rijen.get(i) : i) + "-" + m.group(3);
            }
            fouten.put(veld, key);
        });
        return new InvalidInputException(fouten);
    }

    /** A form whose dates could not be read: the version as far as it was, to show again, and the errors. */
    static final class Onleesbaar extends RuntimeException {
        final transient Meldprotocol inhoud;
        final InvalidInputException fouten;

        Onleesbaar(Meldprotocol inhoud, InvalidInputException fouten) {
            super("unreadable meldprotocol form");
            this.inhoud = inhoud;
            this.fouten = fouten;
        }
    }

    private List<Stapverdeling> verdelingen(List<Team> teams) {
        List<Stapverdeling> rijen = new ArrayList<>();
        rijen.add(verdeling("rest", null));
        teams.forEach(t -> rijen.add(verdeling(t.id().toString(), t.id())));
        return rijen;
    }

    private Stapverdeling verdeling(String sleutel, @Nullable TeamId team) {
        String p = "verdeling-" + sleutel + "-";
        return new Stapverdeling(
                team, aan(p + "alleenSignaleren"), lid(p + "uitvoerder"), lid(p + "eindverantwoordelijke"));
    }

    private List<Kaderregel> regels(MeldprotocolWeergave w) {
        List<Kaderregel> regels = new ArrayList<>();
        w.deelnemers().teams().forEach(t -> regel(regels, Kaderregel.Soort.TEAM, t.id().toString()));
        for (Role r : EnumSet.of(Role.BEROEPSKRACHT, Role.AANDACHTSFUNCTIONARIS)) {
            regel(regels, Kaderregel.Soort.ROL, r.name());
        }
        for (Beroepscluster c : Beroepscluster.values()) {
            regel(regels, Kaderregel.Soort.BEROEPSCLUSTER, c.name());
        }
        return regels;
    }

    private void regel(List<Kaderregel> regels, Kaderregel.Soort soort, String waarde) {
        String kader = tekst("regel-" + soort.name().toLowerCase(java.util.Locale.ROOT) + "-" + waarde);
        if (!kader.isBlank()) {
            regels.add(new Kaderregel(soort, waarde, kader));
        }
    }

    private List<Aandachtsfunctionaris> aandachtsfunctionarissen(MeldprotocolWeergave w) {
        return w.deelnemers().clientLeden().keySet().stream()
                .filter(id -> aan("af-" + id + "-aan"))
                .map(id -> new Aandachtsfunctionaris(id, tekst("af-" + id + "-contact"), tekst("af-" + id + "-uren")))
                .toList();
    }

    private List<SpecifiekeVorm> vormen(List<VormCode> vormen) {
        return vormen.stream()
                .filter(v -> aan("vorm-" + v.code() + "-aan"))
                .map(v -> new SpecifiekeVorm(
                        v.code(), tekst("vorm-" + v.code() + "-deskundige"), tekst("vorm-" + v.code() + "-instructie")))
                .toList();
    }

    private Checkinstructie check(String naam) {
        Set<Checkinstructie.Moment> momenten = EnumSet.noneOf(Checkinstructie.Moment.class);
        List<String> gekozen = form.getOrDefault(naam + "Moment", List.of());
        for (Checkinstructie.Moment m : Checkinstructie.Moment.values()) {
            if (gekozen.contains(m.name())) {
                momenten.add(m);
            }
        }
        return new Checkinstructie(tekst(naam + "Instructie"), momenten);
    }

    private List<Bewaartermijn> termijnen() {
        List<Bewaartermijn> termijnen = new ArrayList<>();
        for (int i = 0; form.containsKey("bewaartermijn-" + i + "-dossiersoort"); i++) {
            String p = "bewaartermijn-" + i + "-";
            if (!(tekst(p + "dossiersoort").isBlank()
                    && tekst(p + "jaren").isBlank()
                    && tekst(p + "grondslag").isBlank())) {
                Integer jaren = FormValues.number(form.getFirst(p + "jaren"));
                termijnen.add(new Bewaartermijn(
                        tekst(p + "dossiersoort"), jaren == null ? 0 : jaren, tekst(p + "grondslag")));
                termijnRijen.add(i);
            }
        }
        return termijnen;
    }

    private List<SocialeKaartContact> kaart() {
        List<SocialeKaartContact> kaart = new ArrayList<>();
        for (int i = 0; form.containsKey("kaart-" + i + "-naam"); i++) {
            String p = "kaart-" + i + "-";
            if (!(tekst(p + "naam").isBlank()
                    && tekst(p + "omschrijving").isBlank()
                    && tekst(p + "bereikbaar").isBlank())) {
                kaart.add(
                        new SocialeKaartContact(tekst(p + "naam"), tekst(p + "omschrijving"), tekst(p + "bereikbaar")));
                kaartRijen.add(i);
            }
        }
        return kaart;
    }

    private @Nullable UserId lid(String veld) {
        return Forms.uuid(form.getFirst(veld)).map(UserId::new).orElse(null);
    }

    private boolean aan(String veld) {
        return FormValues.JA.equals(form.getFirst(veld));
    }

    private String tekst(String veld) {
        return FormValues.text(form.getFirst(veld)).strip();
    }
}
