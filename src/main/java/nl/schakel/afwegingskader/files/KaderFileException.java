package nl.schakel.afwegingskader.files;

/**
 * A kader data file is missing, unreadable or wrong (ADR-0027). Thrown while the kaders load at start, so the
 * application does not start with a broken kader; the message names the file and the problem.
 */
public class KaderFileException extends IllegalStateException {

    KaderFileException(String file, String problem) {
        super("Kader file " + file + ": " + problem);
    }

    KaderFileException(String file, String problem, Throwable cause) {
        super("Kader file " + file + ": " + problem, cause);
    }
}
