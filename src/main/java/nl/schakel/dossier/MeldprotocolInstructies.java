package nl.schakel.dossier;

import java.util.List;
import java.util.Set;
import nl.schakel.organisation.Medewerkerroute;
import nl.schakel.organisation.Meldprotocol;
import nl.schakel.organisation.SpecifiekeVorm;
import nl.schakel.organisation.Verwijsindexafspraak;
import org.jspecify.annotations.Nullable;

/**
 * What the organisation's meldprotocol the dossier runs under tells the professional where they need it (issue 13):
 * the expert and instruction of each specific form of violence the protocol switched on that a signaal in force names,
 * the kindcheck and mantelzorgcheck instructions, whether and how the organisation signals in the Verwijsindex, and
 * the route for a suspicion against a colleague. A dossier opened without a meldprotocol has none: it shows nothing,
 * and the Verwijsindex and the colleague route follow the beroepscluster as before.
 *
 * @param versie the version, or {@code null} for a dossier that runs under none
 * @param specifiekeVormen the switched-on specific forms that a signaal in force names, in the protocol's order
 * @param kindcheck the kindcheck instruction; blank when none is given
 * @param mantelzorgcheck the mantelzorgcheck instruction; blank when none is given
 * @param verwijsindex the protocol's Verwijsindex agreement; {@code null} without a meldprotocol
 * @param medewerkerroute the protocol's route for a suspicion against a colleague; {@code null} without one
 */
public record MeldprotocolInstructies(
        @Nullable Integer versie,
        List<SpecifiekeVorm> specifiekeVormen,
        String kindcheck,
        String mantelzorgcheck,
        @Nullable Verwijsindexafspraak verwijsindex,
        @Nullable Medewerkerroute medewerkerroute) {

    /** A dossier that runs under no meldprotocol. */
    static final MeldprotocolInstructies GEEN = new MeldprotocolInstructies(null, List.of(), "", "", null, null);

    public MeldprotocolInstructies {
        specifiekeVormen = List.copyOf(specifiekeVormen);
    }

    /** What version {@code versie} with this content says for a dossier whose signalen name these codes. */
    static MeldprotocolInstructies van(int versie, Meldprotocol inhoud, Set<String> genoemdeCodes) {
        return new MeldprotocolInstructies(
                versie,
                inhoud.specifiekeVormen().stream()
                        .filter(v -> genoemdeCodes.contains(v.vormCode()))
                        .toList(),
                inhoud.kindcheck().instructie(),
                inhoud.mantelzorgcheck().instructie(),
                inhoud.verwijsindex(),
                inhoud.medewerkerroute());
    }

    /** Whether the organisation may signal in the Verwijsindex: its meldprotocol says so, or it has none. */
    public boolean verwijsindexToegestaan() {
        return verwijsindex == null || verwijsindex.magSignaleren();
    }

    /** Whether the organisation has the route for a suspicion against a colleague: configured, or no meldprotocol. */
    public boolean medewerkerrouteIngesteld() {
        return medewerkerroute == null || medewerkerroute.ingesteld();
    }

    /** The instruction about the Verwijsindex, blank without one. */
    public String verwijsindexInstructie() {
        return verwijsindex == null ? "" : verwijsindex.instructie();
    }
}
