package nl.schakel.web;

import java.util.List;
import nl.schakel.shared.Actor;
import nl.schakel.shared.Herinneringen;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page (its content follows the role, with the user's reminders) and the help page. */
@Controller
class HomeController {

    private final List<Herinneringen> herinneringen;

    HomeController(List<Herinneringen> herinneringen) {
        this.herinneringen = herinneringen;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal @Nullable Actor actor, Model model) {
        if (actor != null) {
            model.addAttribute(
                    "herinneringen",
                    herinneringen.stream().flatMap(h -> h.open(actor).stream()).toList());
        }
        return "web/home";
    }

    @GetMapping("/help")
    String help() {
        return "web/help";
    }
}
