package nl.schakel.web;

import java.util.List;
import java.util.Set;
import nl.schakel.shared.Actor;
import nl.schakel.shared.Herinneringen;
import nl.schakel.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page (its content follows the role, with the user's reminders; a Veilig Thuis worker goes to their own
 * page about their work) and the help page.
 */
@Controller
class HomeController {

    private final List<Herinneringen> herinneringen;
    private final TransactionTemplate oneTransaction;

    /**
     * The reminders of all modules are read in one transaction: each module's facade joins it (and writes its
     * access-log rows in it) instead of opening one of its own, one connection and one commit per page view
     * (ADR-0035).
     */
    HomeController(List<Herinneringen> herinneringen, PlatformTransactionManager transactions) {
        this.herinneringen = herinneringen;
        this.oneTransaction = new TransactionTemplate(transactions);
    }

    /** The roles whose home page is the Veilig Thuis worker's own, about their work (served by {@code veiligthuis}). */
    private static final Set<Role> VEILIG_THUIS =
            Set.of(Role.VT_MEDEWERKER, Role.GEDRAGSWETENSCHAPPER, Role.VT_TEAMLEIDER);

    @GetMapping("/")
    String home(@AuthenticationPrincipal @Nullable Actor actor, Model model) {
        if (actor != null && VEILIG_THUIS.contains(actor.role())) {
            return "forward:/veilig-thuis";
        }
        if (actor != null) {
            model.addAttribute(
                    "herinneringen",
                    oneTransaction.execute(t -> herinneringen.stream()
                            .flatMap(h -> h.open(actor).stream())
                            .toList()));
        }
        return "web/home";
    }

    @GetMapping("/help")
    String help() {
        return "web/help";
    }
}
