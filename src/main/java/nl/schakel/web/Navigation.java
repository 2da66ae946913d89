package nl.schakel.web;

import java.util.ArrayList;
import java.util.List;
import nl.schakel.shared.Actor;
import nl.schakel.shared.Role;

/** Which pages each role finds in the main navigation. Access itself is checked by the module facades. */
final class Navigation {

    private Navigation() {}

    static List<NavItem> forActor(Actor actor) {
        List<NavItem> items = new ArrayList<>();
        items.add(new NavItem("/", "nav.home"));
        switch (actor.role()) {
            case BEROEPSKRACHT -> items.add(new NavItem("/dossiers", "nav.dossiers"));
            case AANDACHTSFUNCTIONARIS -> {
                items.add(new NavItem("/dossiers", "nav.dossiers"));
                items.add(new NavItem("/beheer/meldprotocol", "nav.meldprotocol"));
            }
            case BEHEERDER -> {
                items.add(new NavItem("/beheer/leden", "nav.leden"));
                items.add(new NavItem("/beheer/teams", "nav.teams"));
                items.add(new NavItem("/beheer/meldprotocol", "nav.meldprotocol"));
            }
            case VT_MEDEWERKER, GEDRAGSWETENSCHAPPER -> {
                items.add(new NavItem("/veilig-thuis/wachtrij", "nav.vt.wachtrij"));
                items.add(new NavItem("/veilig-thuis/zaken", "nav.vt.zaken"));
                items.add(new NavItem("/veilig-thuis/nieuw", "nav.vt.nieuw"));
                if (actor.role() == Role.GEDRAGSWETENSCHAPPER) {
                    items.add(new NavItem("/veilig-thuis/besluiten", "nav.vt.besluiten"));
                }
            }
            case VT_TEAMLEIDER -> {
                items.add(new NavItem("/veilig-thuis/wachtrij", "nav.vt.wachtrij"));
                items.add(new NavItem("/veilig-thuis/zaken", "nav.vt.zaken"));
                items.add(new NavItem("/veilig-thuis/termijnen", "nav.vt.termijnen"));
            }
            case PLATFORMBEHEERDER -> {
                items.add(new NavItem("/platform/organisaties", "nav.organisaties"));
                items.add(new NavItem("/platform/codelijsten", "nav.codelijsten"));
                items.add(new NavItem("/platform/kalender", "nav.kalender"));
                items.add(new NavItem("/platform/keten", "nav.keten"));
            }
            case LOGVERANTWOORDELIJKE -> {
                items.add(new NavItem("/toegangslog", "nav.toegangslog"));
                items.add(new NavItem("/toegangslog/controle", "nav.toegangslogcontrole"));
            }
            default -> {}
        }
        items.add(new NavItem("/help", "nav.help"));
        return items;
    }

    static boolean is(Actor actor, Role role) {
        return actor.role() == role;
    }
}
