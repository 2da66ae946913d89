package nl.schakel.veiligthuis.web;

import java.util.UUID;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Where a worker lands after a step on a case was saved: back on the case, with the step's notice shown. */
final class NaarZaak {

    private NaarZaak() {}

    /** The redirect to the case, with the notice (a message key) shown there once. */
    static String met(UUID id, String melding, RedirectAttributes redirect) {
        redirect.addFlashAttribute("melding", melding);
        return "redirect:/veilig-thuis/zaken/" + id;
    }
}
