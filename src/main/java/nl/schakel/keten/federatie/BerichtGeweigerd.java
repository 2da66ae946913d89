package nl.schakel.keten.federatie;

/**
 * A received message is refused: its sender may not send it, or it does not refer to what it should. The reason is a
 * short code without personal data (it goes into the access log's purpose and nowhere else).
 */
public class BerichtGeweigerd extends RuntimeException {

    private final String reden;

    public BerichtGeweigerd(String reden) {
        super("bericht geweigerd: " + reden, null, false, false);
        this.reden = reden;
    }

    public String reden() {
        return reden;
    }
}
