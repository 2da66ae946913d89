package nl.schakel.concept.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.schakel.concept.Concept;
import nl.schakel.concept.Concepten;
import nl.schakel.shared.Actor;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Saves a form's draft while the user types ({@code /js/concept.js} posts the whole form here a moment after the
 * last key stroke) and gives it back when the form is opened again. Only the signed-in user's own drafts.
 */
@RestController
class ConceptController {

    private final Concepten concepten;

    ConceptController(Concepten concepten) {
        this.concepten = concepten;
    }

    @PostMapping("/concepten")
    ResponseEntity<Map<String, Object>> save(
            @AuthenticationPrincipal Actor actor, @RequestParam(Concept.FIELD) String key, HttpServletRequest request) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> fields.put(name, Arrays.asList(values)));
        Instant at = concepten.save(actor.userId(), key, fields);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(Map.of("opgeslagenOp", at.toString()));
    }

    @GetMapping("/concepten")
    ResponseEntity<Map<String, Object>> find(
            @AuthenticationPrincipal Actor actor, @RequestParam("sleutel") String key) {
        return concepten
                .find(actor.userId(), key)
                .map(c -> ResponseEntity.ok()
                        .cacheControl(CacheControl.noStore())
                        .body(Map.<String, Object>of(
                                "velden",
                                c.fields(),
                                "opgeslagenOp",
                                c.savedAt().toString())))
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    @PostMapping("/concepten/verwijderen")
    ResponseEntity<Void> remove(@AuthenticationPrincipal Actor actor, @RequestParam(Concept.FIELD) String key) {
        concepten.remove(actor.userId(), key);
        return ResponseEntity.noContent().build();
    }
}
