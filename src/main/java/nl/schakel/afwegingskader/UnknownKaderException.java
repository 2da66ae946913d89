package nl.schakel.afwegingskader;

import nl.schakel.shared.NotFoundException;

/** No kader has this code (the API answers 404). The message carries no input, as for every NotFoundException. */
public class UnknownKaderException extends NotFoundException {

    public UnknownKaderException() {
        super("Kader");
    }
}
