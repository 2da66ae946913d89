package nl.schakel.identity.web;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The login page (the form posts to Spring Security's login filter). */
@Controller
class LoginController {

    @GetMapping("/inloggen")
    String login(
            @Nullable Authentication authentication,
            @RequestParam(required = false) @Nullable String fout,
            @RequestParam(required = false) @Nullable String afgeremd,
            @RequestParam(required = false) @Nullable String uitgelogd,
            @RequestParam(required = false) @Nullable String verlopen,
            Model model) {
        if (authentication != null && Factors.hasSecondFactor(authentication)) {
            return "redirect:/";
        }
        String error = fout != null ? "inloggen.fout" : afgeremd != null ? "inloggen.afgeremd" : null;
        String notice = uitgelogd != null
                ? "inloggen.uitgelogd"
                : "formulier".equals(verlopen)
                        ? "inloggen.sessieverlopen"
                        : verlopen != null ? "inloggen.verlopen" : null;
        model.addAttribute("foutmelding", error);
        model.addAttribute("melding", notice);
        return "identity/login";
    }
}
