package nl.schakel.organisation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.schakel.shared.Beroepscluster;

/**
 * The retention terms a new meldprotocol starts from, per beroepscluster of the organisation (domain spec §1.8: no
 * meldcode-specific term exists; the meldcode steps live in the sector's dossier and follow its term). The
 * organisation may change each term; the sources, looked up for issue 13:
 *
 * <ul>
 *   <li>Medical dossier (WGBO): 20 years from the last change, art. 7:454 lid 3 BW since 1 January 2020 (before: 15
 *       years per document). Source: Dirkzwager, "Wijzigingen van de WGBO per 1 januari 2020 (2)",
 *       https://www.dirkzwager.nl/kennis/artikelen/wijzigingen-van-de-wgbo-per-1-januari-2020-2-verlenging-bewaartermijn-en-aanpassing-aanvangsdatum/;
 *       Lex Digitalis, "Het medisch dossier (en het jeugdhulpdossier); enkele bewaarkwesties (1/3)", 2024.
 *   <li>Jeugdhulp dossier: 20 years from the last change, Jeugdwet art. 7.3.10, changed with the WGBO in 2020 (Lex
 *       Digitalis, above; zorg-informatie.nl). ⚠ Rijksoverheid's Q&A "dossier jeugdhulp bewaartermijn" still said 15
 *       years when it was read; the article number comes from the issue and was not read in the wet text itself.
 *   <li>Psychologists and pedagogues: the WGBO term where they give a geneeskundige behandeling; ⚠ the NVO's
 *       beroepscode names 1 to 5 years unless a law sets another term (nvo.nl FAQ "bewaartermijn van dossiers").
 *   <li>Education: ⚠ no statutory term for the leerlingdossier; the usual guidance is 2 years after the pupil left
 *       (AVG art. 5 lid 1 onder e, storage limitation; VGS, onderwijsconsument.nl); the leerlingadministratie (in- and
 *       unenrolment, absence) 5 years after unenrolment under the Bekostigingsbesluit WPO (AVS) — article not read.
 *   <li>Childcare and the justice clusters: ⚠ no statutory term found; the organisation sets its own (AVG art. 5 lid 1
 *       onder e). The childcare default of 2 years is Schakel's proposal, following the school guidance.
 * </ul>
 */
public final class Bewaartermijnen {

    private static final Bewaartermijn MEDISCH = new Bewaartermijn(
            "Medisch dossier",
            20,
            "WGBO, art. 7:454 lid 3 BW: 20 jaar na de laatste wijziging (sinds 1 januari 2020).");
    private static final Bewaartermijn JEUGDHULP = new Bewaartermijn(
            "Jeugdhulpdossier", 20, "Jeugdwet, art. 7.3.10: 20 jaar na de laatste wijziging (sinds 1 januari 2020).");
    private static final Bewaartermijn CLIENT = new Bewaartermijn(
            "Cliëntdossier",
            20,
            "WGBO, art. 7:454 lid 3 BW, bij een geneeskundige behandeling. Anders geldt de eigen beroepscode;"
                    + " controleer deze termijn.");
    private static final Bewaartermijn LEERLING = new Bewaartermijn(
            "Leerlingdossier",
            2,
            "Geen wettelijke termijn. Richtlijn: 2 jaar nadat de leerling de school verliet (AVG, art. 5 lid 1"
                    + " onder e: niet langer dan nodig).");
    private static final Bewaartermijn ADMINISTRATIE = new Bewaartermijn(
            "Leerlingadministratie (in- en uitschrijving, verzuim)",
            5,
            "Bekostigingsbesluit WPO: 5 jaar na uitschrijving.");
    private static final Bewaartermijn KIND = new Bewaartermijn(
            "Kinddossier",
            2,
            "Geen wettelijke termijn gevonden. Voorstel: 2 jaar na het einde van de opvang (AVG, art. 5 lid 1"
                    + " onder e: niet langer dan nodig). Stel de eigen termijn vast.");

    private Bewaartermijnen() {}

    /** The starting terms for an organisation with these beroepsclusters, each dossier type once. */
    public static List<Bewaartermijn> standaard(Set<Beroepscluster> clusters) {
        Map<String, Bewaartermijn> termijnen = new LinkedHashMap<>();
        clusters.stream()
                .sorted()
                .flatMap(c -> van(c).stream())
                .forEach(t -> termijnen.putIfAbsent(t.dossiersoort(), t));
        return List.copyOf(termijnen.values());
    }

    private static List<Bewaartermijn> van(Beroepscluster cluster) {
        return switch (cluster) {
            case ARTSEN, VERPLEEGKUNDIGEN_EN_VERZORGENDEN, PARAMEDICI, VERLOSKUNDIGEN -> List.of(MEDISCH);
            case PSYCHOLOGEN_PEDAGOGEN_PSYCHOTHERAPEUTEN -> List.of(CLIENT);
            case SOCIAAL_WERK_JEUGD_EN_GEZIN -> List.of(JEUGDHULP);
            case ONDERWIJS -> List.of(LEERLING, ADMINISTRATIE);
            case KINDEROPVANG -> List.of(KIND);
            case JUSTITIE_DJI, JUSTITIE_RECLASSERING, JUSTITIE_HALT -> List.of();
        };
    }
}
