package nl.schakel.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.schakel.Browser;
import nl.schakel.TestActors;
import nl.schakel.WebITSupport;
import nl.schakel.dossier.DossierManagement;
import nl.schakel.dossier.DossierManagement.NewBetrokkene;
import nl.schakel.shared.Relatie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The afwegingen page shows the afwegingskader's texts in the page's language (ADR-0027): the kader's examples from
 * its data file and the explanation from the message bundles, in Dutch by default and in English after ?taal=en.
 */
class AfwegingskaderTaalIT extends WebITSupport {

    @Autowired
    DossierManagement dossiers;

    @Test
    void theKadersExamplesAndTheExplanationAreInThePagesLanguage() {
        UUID id = dossiers.open(
                TestActors.actor(jdbc, "leerkracht"),
                List.of(new NewBetrokkene("Sam Taal", LocalDate.of(2016, 3, 1), "", Relatie.KIND)));
        Browser b = browser().login("leerkracht");
        String page = "/dossiers/" + id + "/afwegingen";

        String dutch = b.get(page).body();
        String english = b.get(page + "?taal=en").body();

        assertThat(dutch)
                .contains("Is er direct (levens)gevaar?")
                .contains("Een kind is stelselmatig getuige van huiselijk geweld.")
                .contains("Beantwoord nu afweging 1: Heeft u een vermoeden van (dreiging van) huiselijk geweld");
        assertThat(english)
                .contains("Is there immediate danger (to life)?")
                .contains("A child repeatedly witnesses domestic violence.")
                // the Dutch term is marked as Dutch on the English page (DutchTerms, ADR-0029)
                .contains("Answer now <span lang=\"nl\">afweging</span> 1: Do you suspect (a threat of) domestic"
                        + " violence or child abuse?")
                .doesNotContain("Is er direct (levens)gevaar?")
                .doesNotContain("Een kind is stelselmatig getuige")
                .doesNotContain("Beantwoord nu");
    }
}
