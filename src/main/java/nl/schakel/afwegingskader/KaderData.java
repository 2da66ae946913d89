package nl.schakel.afwegingskader;

import java.util.ArrayList;
import java.util.List;
import nl.schakel.shared.Beroepscluster;

/**
 * The 11 kaders as data, version 2019.1: the kaders in force since 1 January 2019, first edition in Schakel. Only
 * facts from the domain spec (§1.2, §2.5, §2.6). Where the spec has no detail for a cluster, the kader takes the
 * shared Basisdocument text; each such place says so.
 */
final class KaderData {

    static final String VERSION = "2019.1";

    /**
     * Basisdocument: the guiding questions for acute onveiligheid (domain spec §2.5 [S10]), the lack of basic care
     * from its definition, and disclosure (§2.3).
     */
    static final List<String> BASISDOCUMENT_ACUUT = List.of(
            "Is er direct (levens)gevaar?",
            "Is er ernstig letsel waarvan u vermoedt dat het is toegebracht, of een poging daartoe?",
            "Is er sprake van mensenhandel, zoals uitbuiting of gedwongen prostitutie?",
            "Brengt een verantwoordelijke volwassene kinderen of kwetsbare volwassenen in gevaar door overmatig"
                    + " middelengebruik of een acute psychische crisis?",
            "Is er een acute dreiging van doden, ernstig verwonden of vrijheidsberoving van zichzelf en een naaste,"
                    + " zoals ontvoering, familiedrama, eerwraak, huwelijksdwang of vrouwelijke genitale verminking?",
            "Leidt geweld of verwaarlozing tot verminking, handicap of de dood?",
            "Ontbreekt bij een kind of afhankelijke volwassene de meest basale zorg: eten, drinken, kleding of"
                    + " onderdak?",
            "Vertelt een slachtoffer uit zichzelf over onveiligheid thuis (disclosure)?");

    /**
     * Structurele onveiligheid (domain spec §2.5). The spec's examples come from KNMG bijlage 6 [S9]; the exact
     * Basisdocument wording was not retrieved (⚠ spec §9 item 5), so every kader uses this list for now.
     */
    static final List<String> STRUCTUREEL = List.of(
            "Een kind (of ongeboren kind) groeit op bij ouders met ernstige problemen, zoals een verstandelijke"
                    + " beperking, verslaving of psychiatrische problemen, die de veiligheid steeds opnieuw"
                    + " bedreigen.",
            "Een afhankelijke volwassene of oudere leeft in zo'n situatie.",
            "Een kind is stelselmatig getuige van huiselijk geweld.",
            "Er is escalerende, langdurige stalking in een (ex-)partnerrelatie.");

    /** KNMG-meldcode 2018, bijlage 5 (domain spec §2.5 [S8]). */
    static final List<String> KNMG_ACUUT = List.of(
            "(Ernstig) letsel, waaronder al het letsel dat medische behandeling nodig heeft.",
            "Een poging tot wurging.",
            "Gebruik van een wapen.",
            "Seksueel misbruik of seksuele uitbuiting door iemand in het huishouden of in een afhankelijkheidsrelatie,"
                    + " met een reële kans op herhaling.",
            "Kindermishandeling door falsificatie.",
            "Disclosure door het slachtoffer of de pleger.",
            "(Dreigende) suïcide, zelfbeschadiging, een acute psychiatrische toestand of intoxicatie van een ouder,"
                    + " waardoor de zorg wegvalt.",
            "Gedwongen vlucht uit huis.",
            "Alcohol- of drugsgebruik door, of geweld tegen, een zwangere vrouw, dat moeder of ongeboren kind acuut"
                    + " bedreigt.",
            "Een kind blootstellen aan oorlogsgeweld, door te verhuizen naar een oorlogsgebied of zich aan te sluiten"
                    + " bij een strijdgroep.");

    static final String BASISDOCUMENT = "Basisdocument afwegingskader meldcode (VWS 2018)";

    private KaderData() {}

    static List<Kader> all() {
        return List.of(
                // KNMG-meldcode 2018 (also tandartsen via KNMT): afwegingen in step 5, KNMG examples (spec §2.6).
                new Kader(
                        "artsen",
                        VERSION,
                        Beroepscluster.ARTSEN,
                        5,
                        KNMG_ACUUT,
                        STRUCTUREEL,
                        "KNMG-meldcode kindermishandeling en huiselijk geweld 2018, stap 5 en bijlagen 5 en 6"),
                basisdocument(
                        "psychologen-pedagogen-psychotherapeuten",
                        Beroepscluster.PSYCHOLOGEN_PEDAGOGEN_PSYCHOTHERAPEUTEN),
                basisdocument("sociaal-werk-jeugd-en-gezin", Beroepscluster.SOCIAAL_WERK_JEUGD_EN_GEZIN),
                basisdocument("onderwijs", Beroepscluster.ONDERWIJS),
                basisdocument("paramedici", Beroepscluster.PARAMEDICI),
                // The employee-offence route of childcare (rule 27) is not part of this kader (spec §2.6).
                basisdocument("kinderopvang", Beroepscluster.KINDEROPVANG),
                basisdocument("verpleegkundigen-en-verzorgenden", Beroepscluster.VERPLEEGKUNDIGEN_EN_VERZORGENDEN),
                basisdocument("justitie-dji", Beroepscluster.JUSTITIE_DJI),
                basisdocument("justitie-reclassering", Beroepscluster.JUSTITIE_RECLASSERING),
                basisdocument("justitie-halt", Beroepscluster.JUSTITIE_HALT),
                // KNOV afwegingskader 2018 in steps 4-5, focus on pregnancy and the unborn child (spec §2.6);
                // its own example list was not retrieved, so the Basisdocument list plus the pregnancy example.
                new Kader(
                        "verloskundigen",
                        VERSION,
                        Beroepscluster.VERLOSKUNDIGEN,
                        4,
                        withPregnancy(BASISDOCUMENT_ACUUT),
                        STRUCTUREEL,
                        "Afwegingskader meldcode KNOV 2018; voorbeelden uit het Basisdocument en de KNMG-meldcode"));
    }

    /**
     * A kader of which the spec holds no cluster-specific text (⚠ spec §2.6: only that the cluster has its own
     * framework), so it takes the shared Basisdocument text: afwegingen in step 4, beslissingen in step 5 (spec
     * §1.2), the Basisdocument examples.
     */
    private static Kader basisdocument(String code, Beroepscluster beroepscluster) {
        return new Kader(code, VERSION, beroepscluster, 4, BASISDOCUMENT_ACUUT, STRUCTUREEL, BASISDOCUMENT);
    }

    private static List<String> withPregnancy(List<String> examples) {
        List<String> all = new ArrayList<>(examples);
        all.add("Alcohol- of drugsgebruik door, of geweld tegen, een zwangere vrouw, dat moeder of ongeboren kind"
                + " acuut bedreigt.");
        return List.copyOf(all);
    }
}
