package nl.schakel.shared;

/**
 * An object does not exist or the actor may not know it exists. Both answer the same (404), so that a probe with
 * another tenant's id learns nothing.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String objectType) {
        super(objectType + " not found");
    }
}
