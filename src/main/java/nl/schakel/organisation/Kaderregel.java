package nl.schakel.organisation;

/**
 * One rule of the meldprotocol saying which afwegingskader applies (minimum requirement "afwegingskaders"; rule 15:
 * never blank): for the members of a team, of a role, or of a beroepscluster. The most specific rule wins (team, then
 * role, then beroepscluster); whoever no rule names gets the protocol's {@code kaderVoorIedereen}.
 *
 * @param soort what the rule matches on
 * @param waarde the team id, the {@code Role} name or the {@code Beroepscluster} name
 * @param kaderCode the code of the kader ({@code afwegingskader.Kaders})
 */
public record Kaderregel(Soort soort, String waarde, String kaderCode) {

    /** What a kaderregel matches on, most specific first. */
    public enum Soort {
        TEAM,
        ROL,
        BEROEPSCLUSTER
    }
}
