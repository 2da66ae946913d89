package nl.schakel.veiligthuis.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.VormVanGeweld;
import org.jspecify.annotations.Nullable;

/**
 * A contact with Veilig Thuis as registered at intake (spec §3.2, services 1 and 2): advies or melding, when it was
 * received, who called, the melder (kept apart, see {@link Melder}), the directbetrokkenen, the forms of violence and
 * whether it is acute. The melder is absent only for an anonymous advies.
 *
 * @param vormCodes the codes of the code list "vormen van geweld" that were chosen
 * @param vormen the national categories of those codes
 * @param omschrijving what the caller told, in the worker's words
 */
public record Intake(
        ZaakSoort soort,
        Instant ontvangenOp,
        Beller beller,
        boolean anoniem,
        @Nullable Melder melder,
        MelderCategorie categorie,
        List<Directbetrokkene> betrokkenen,
        List<String> vormCodes,
        Set<VormVanGeweld> vormen,
        boolean acuut,
        String omschrijving) {

    public static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    public Intake {
        betrokkenen = List.copyOf(betrokkenen);
        vormCodes = List.copyOf(vormCodes);
        vormen = Set.copyOf(vormen);
    }

    /** A directbetrokkene as typed, before it is checked. */
    public record PersoonInvoer(
            String naam,
            @Nullable LocalDate geboortedatum,
            @Nullable Geslacht geslacht,
            String bsn,
            @Nullable BetrokkeneRol rol) {

        @Override
        public String toString() {
            return "PersoonInvoer[***]";
        }
    }

    /** The melder as typed; all blank for an anonymous caller. */
    public record MelderInvoer(String naam, String organisatie, String contact, boolean afgeschermd) {

        @Override
        public String toString() {
            return "MelderInvoer[***]";
        }
    }

    /**
     * Checks what was typed and builds the intake, or throws with every problem at once.
     *
     * <ul>
     *   <li>the time received may be in the past, never in the future;
     *   <li>a melding needs an identified melder (rule 43); an anonymous professional can only ask advies (rule 44);
     *   <li>a melding needs at least one directbetrokkene and the melder's category (rules 54, 57); a professional's
     *       category is one of the professional ones, a private person's is "niet beroepsmatig";
     *   <li>each directbetrokkene has a name, a date of birth not in the future, a sex, a role and, when given, a BSN
     *       that passes the elfproef.
     * </ul>
     *
     * @param vormen the categories of the chosen codes; a code not in the active code list is refused by the caller
     * @param now the current time
     */
    public static Intake of(
            @Nullable ZaakSoort soort,
            @Nullable Instant ontvangenOp,
            @Nullable Beller beller,
            boolean anoniem,
            MelderInvoer melder,
            @Nullable MelderCategorie categorie,
            List<PersoonInvoer> personen,
            List<String> vormCodes,
            Set<VormVanGeweld> vormen,
            boolean acuut,
            String omschrijving,
            Instant now) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (soort == null) {
            errors.put("soort", "vt.fout.soort");
        }
        if (ontvangenOp == null) {
            errors.put("ontvangenOp", "vt.fout.ontvangenop");
        } else if (ontvangenOp.isAfter(now)) {
            errors.put("ontvangenOp", "vt.fout.ontvangenoptoekomst");
        }
        if (beller == null) {
            errors.put("beller", "vt.fout.beller");
        }
        if (soort == ZaakSoort.MELDING && anoniem) {
            errors.put(
                    "anoniem",
                    beller == Beller.BEROEPSKRACHT ? "vt.fout.anoniemeprofessional" : "vt.fout.anoniemmelding");
        }
        Melder checkedMelder = anoniem
                ? null
                : Melder.check(errors, melder.naam(), melder.organisatie(), melder.contact(), melder.afgeschermd());
        MelderCategorie checkedCategorie = categorie;
        if (beller == Beller.PARTICULIER) {
            checkedCategorie = MelderCategorie.NIET_BEROEPSMATIG;
        } else if (beller == Beller.BEROEPSKRACHT && (categorie == null || !categorie.beroepsmatig())) {
            errors.put("categorie", "vt.fout.categorie");
        }
        LocalDate today = LocalDate.ofInstant(now, NL);
        List<Directbetrokkene> betrokkenen = new ArrayList<>();
        for (int i = 0; i < personen.size(); i++) {
            PersoonInvoer p = personen.get(i);
            Directbetrokkene d = Directbetrokkene.check(
                    errors,
                    "betrokkenen[" + i + "].",
                    p.naam(),
                    p.geboortedatum(),
                    p.geslacht(),
                    p.bsn(),
                    p.rol(),
                    today);
            if (d != null) {
                betrokkenen.add(d);
            }
        }
        if (soort == ZaakSoort.MELDING && personen.isEmpty()) {
            errors.put("betrokkenen", "vt.fout.geenbetrokkenen");
        }
        String cleanOmschrijving = Teksten.verplicht(errors, "omschrijving", omschrijving, "vt.fout.omschrijving");
        if (!errors.isEmpty() || soort == null || ontvangenOp == null || beller == null || checkedCategorie == null) {
            throw new InvalidInputException(errors);
        }
        return new Intake(
                soort,
                ontvangenOp,
                beller,
                anoniem,
                checkedMelder,
                checkedCategorie,
                betrokkenen,
                vormCodes,
                vormen,
                acuut,
                cleanOmschrijving);
    }

    /** The day the contact was received, in Dutch time: the day the legal terms count from. */
    public LocalDate ontvangenDag() {
        return LocalDate.ofInstant(ontvangenOp, NL);
    }

    @Override
    public String toString() {
        return "Intake[" + soort + "]";
    }
}
