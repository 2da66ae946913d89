package nl.schakel.organisation;

import nl.schakel.shared.UserId;

/**
 * An aandachtsfunctionaris the meldprotocol names (domain spec §1.3, F5): a member of the organisation who works with
 * clients, how colleagues reach them and the hours they have for the role. Their training status comes from the
 * training register.
 *
 * @param lid the member
 * @param contact how to reach them (phone, e-mail, room)
 * @param uren the hours for the role, as the organisation agreed them ("4 uur per week")
 */
public record Aandachtsfunctionaris(UserId lid, String contact, String uren) {}
