package nl.schakel.shared;

/** The actor may not do this. Facades log the denial before they throw. */
public class AccessDeniedException extends RuntimeException {

    public AccessDeniedException(String what) {
        super("access denied: " + what);
    }
}
