package nl.schakel.organisation;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.VormVanGeweld;

/** The rules of the code list "vormen van geweld", plain Java: which codes are well-formed and what they map to. */
public final class Codelijst {

    public static final int MAX_CODE = 60;
    public static final int MAX_LABEL = 120;

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Codelijst() {}

    /**
     * The national categories of the chosen codes. Only active codes may be chosen; an unknown or inactive code is
     * refused on the field {@code vormen}.
     *
     * @param codes all codes of the list, active or not
     */
    public static Set<VormVanGeweld> categorieen(List<VormCode> codes, Set<String> gekozen) {
        Map<String, VormCode> actief =
                codes.stream().filter(VormCode::actief).collect(Collectors.toMap(VormCode::code, Function.identity()));
        Set<VormVanGeweld> result = EnumSet.noneOf(VormVanGeweld.class);
        for (String code : gekozen) {
            VormCode found = actief.get(code);
            if (found == null) {
                throw new InvalidInputException("vormen", "codelijst.fout.onbekend");
            }
            result.add(found.categorie());
        }
        return result;
    }

    /** Whether a code is a lower-case slug (letters, digits, single dashes) of at most {@value #MAX_CODE} chars. */
    public static boolean isSlug(String code) {
        return code.length() <= MAX_CODE && SLUG.matcher(code).matches();
    }

    /** The code of a national category: its name lower-cased with dashes. */
    public static String code(VormVanGeweld categorie) {
        return categorie.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
