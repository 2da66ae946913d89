package nl.schakel.organisation;

import java.util.Locale;
import java.util.Optional;
import nl.schakel.shared.InvalidInputException;

/**
 * The rules for a document uploaded as evidence, in plain Java: at most {@value #MAX_GROOTTE} bytes (5 MB), and a kind
 * of {@link Bestandssoort} proved by its content; the file name is cleaned and given the extension of what the file
 * really is.
 */
public final class Bewijsregels {

    /** The largest document: 5 MB. */
    public static final int MAX_GROOTTE = 5 * 1024 * 1024;

    /** The longest file name kept. */
    public static final int MAX_NAAM = 120;

    private Bewijsregels() {}

    /**
     * What the document is, by its content; refused with a Dutch message for the field {@code bestand} when it is empty,
     * too large or not an allowed kind.
     */
    public static Bestandssoort soort(byte[] inhoud) {
        if (inhoud.length == 0) {
            throw new InvalidInputException("bestand", "invoering.fout.geenbestand");
        }
        if (inhoud.length > MAX_GROOTTE) {
            throw new InvalidInputException("bestand", "invoering.fout.tegroot");
        }
        return Bestandssoort.herken(inhoud)
                .orElseThrow(() -> new InvalidInputException("bestand", "invoering.fout.soort"));
    }

    /**
     * The name to keep: without folders and control characters, at most {@value #MAX_NAAM} characters, ending in the
     * extension of what the file is ({@code plan.exe} that is a PDF becomes {@code plan.exe.pdf}).
     */
    public static String bestandsnaam(String naam, Bestandssoort soort) {
        String kaal = naam.substring(Math.max(naam.lastIndexOf('/'), naam.lastIndexOf('\\')) + 1)
                .replaceAll("[\\p{Cntrl}\\p{Cf}\"]", "")
                .strip();
        String basis = Optional.of(kaal).filter(n -> !n.isBlank()).orElse("bewijsstuk");
        boolean goed = basis.toLowerCase(Locale.ROOT).endsWith(soort.extensie())
                || (soort == Bestandssoort.JPEG
                        && basis.toLowerCase(Locale.ROOT).endsWith(".jpeg"));
        String metExtensie = goed ? basis : basis + soort.extensie();
        if (metExtensie.length() <= MAX_NAAM) {
            return metExtensie;
        }
        return metExtensie.substring(0, MAX_NAAM - soort.extensie().length()) + soort.extensie();
    }
}
