package nl.schakel.veiligthuis.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.schakel.shared.FormValues;
import nl.schakel.shared.MelderAfscherming;
import org.jspecify.annotations.Nullable;

/**
 * The registration form of a new advies or melding as submitted. The directbetrokkenen come as rows named
 * {@code betrokkenen[i].naam} and so on (the same names as the rules' error keys), {@code rijen} telling how many rows
 * the form had; a row left completely blank is ignored.
 */
public record IntakeForm(
        @Nullable String soort,
        @Nullable String ontvangenDatum,
        @Nullable String ontvangenTijd,
        @Nullable String beller,
        boolean anoniem,
        @Nullable String melderNaam,
        @Nullable String melderOrganisatie,
        @Nullable String melderContact,
        @Nullable String afgeschermd,
        @Nullable String clientGeinformeerd,
        @Nullable String categorie,
        List<Persoon> betrokkenen,
        List<String> vormen,
        boolean acuut,
        @Nullable String omschrijving) {

    /** The rows a new form starts with. */
    static final int RIJEN = 3;
    /** More rows than anyone needs in one contact; protects the server against a crafted form. */
    static final int MAX_RIJEN = 50;

    public IntakeForm {
        betrokkenen = List.copyOf(betrokkenen);
        vormen = List.copyOf(vormen);
    }

    /** One row of directbetrokkenen as typed. */
    public record Persoon(
            @Nullable String naam,
            @Nullable String geboortedatum,
            @Nullable String geslacht,
            @Nullable String bsn,
            @Nullable String rol) {

        static Persoon leeg() {
            return new Persoon(null, null, null, null, null);
        }

        /** Whether nothing at all was typed or chosen in the row. */
        boolean isLeeg() {
            return isBlank(naam) && isBlank(geboortedatum) && isBlank(geslacht) && isBlank(bsn) && isBlank(rol);
        }

        @Override
        public String toString() {
            return "Persoon[***]";
        }
    }

    /** The choice "follow the rule" of {@link MelderAfscherming} for shielding the melder. */
    static final String REGEL = "regel";

    /**
     * Whether the melder is shielded from the family: their own choice ("ja"/"nee"), or else the one rule of
     * {@link MelderAfscherming} from whether the client knows of the melding (unknown counts as not told).
     */
    boolean afschermen() {
        return MelderAfscherming.afgeschermd(jaNee(clientGeinformeerd), jaNee(afgeschermd));
    }

    private static @Nullable Boolean jaNee(@Nullable String value) {
        return FormValues.JA.equals(value) ? Boolean.TRUE : "nee".equals(value) ? Boolean.FALSE : null;
    }

    /** An empty form: received now (Dutch time), shielding by the rule, three empty rows. */
    static IntakeForm empty(LocalDateTime now) {
        return new IntakeForm(
                null,
                now.toLocalDate().toString(),
                now.format(DateTimeFormatter.ofPattern("HH:mm")),
                null,
                false,
                null,
                null,
                null,
                REGEL,
                null,
                null,
                leeg(RIJEN),
                List.of(),
                false,
                null);
    }

    static IntakeForm from(HttpServletRequest request) {
        Integer gegeven = FormValues.number(request.getParameter("rijen"));
        int rijen = Math.clamp(gegeven == null ? RIJEN : gegeven, 1, MAX_RIJEN);
        List<Persoon> personen = new ArrayList<>();
        for (int i = 0; i < rijen; i++) {
            String p = "betrokkenen[" + i + "].";
            personen.add(new Persoon(
                    request.getParameter(p + "naam"),
                    request.getParameter(p + "geboortedatum"),
                    request.getParameter(p + "geslacht"),
                    request.getParameter(p + "bsn"),
                    request.getParameter(p + "rol")));
        }
        String[] vormen = request.getParameterValues("vormen");
        return new IntakeForm(
                request.getParameter("soort"),
                request.getParameter("ontvangenDatum"),
                request.getParameter("ontvangenTijd"),
                request.getParameter("beller"),
                FormValues.JA.equals(request.getParameter("anoniem")),
                request.getParameter("melderNaam"),
                request.getParameter("melderOrganisatie"),
                request.getParameter("melderContact"),
                request.getParameter("afgeschermd"),
                request.getParameter("clientGeinformeerd"),
                request.getParameter("categorie"),
                personen,
                vormen == null ? List.of() : Arrays.asList(vormen),
                FormValues.JA.equals(request.getParameter("acuut")),
                request.getParameter("omschrijving"));
    }

    /** The rows with something in them, in their order: what the rules check (error keys count in this list). */
    List<Persoon> ingevuld() {
        return betrokkenen.stream().filter(p -> !p.isLeeg()).toList();
    }

    /** The same form with the filled rows first, then blank rows up to at least {@code minimum} rows. */
    IntakeForm metRijen(int minimum) {
        List<Persoon> rows = new ArrayList<>(ingevuld());
        while (rows.size() < Math.min(Math.max(minimum, RIJEN), MAX_RIJEN)) {
            rows.add(Persoon.leeg());
        }
        return new IntakeForm(
                soort,
                ontvangenDatum,
                ontvangenTijd,
                beller,
                anoniem,
                melderNaam,
                melderOrganisatie,
                melderContact,
                afgeschermd,
                clientGeinformeerd,
                categorie,
                rows,
                vormen,
                acuut,
                omschrijving);
    }

    public boolean chosen(String code) {
        return vormen.contains(code);
    }

    private static List<Persoon> leeg(int n) {
        List<Persoon> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(Persoon.leeg());
        }
        return rows;
    }

    private static boolean isBlank(@Nullable String s) {
        return s == null || s.isBlank();
    }

    @Override
    public String toString() {
        return "IntakeForm[***]";
    }
}
