package nl.schakel.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page (its content follows the role) and the help page. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "web/home";
    }

    @GetMapping("/help")
    String help() {
        return "web/help";
    }
}
