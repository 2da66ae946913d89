package nl.schakel.veiligthuis;

import nl.schakel.keten.KetenManagement;
import nl.schakel.keten.KetenOverdrachten;
import nl.schakel.keten.OverdrachtAntwoord;
import nl.schakel.keten.OverdrachtBeantwoordSent;
import nl.schakel.keten.VeiligThuisRegio;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Receives a professional's answer to an overdracht, given in their Schakel dossier (rule 38): after the sender's
 * commit, reads the copy through {@code keten} and records it on the case of the melding, once per answer; the first
 * acceptance moves the case on ({@link OverdrachtManagement#ontvangAntwoord}).
 */
@Component
class OverdrachtAntwoordOntvangst {

    private final KetenManagement keten;
    private final KetenOverdrachten overdrachten;
    private final OverdrachtManagement overdracht;

    OverdrachtAntwoordOntvangst(
            KetenManagement keten, KetenOverdrachten overdrachten, OverdrachtManagement overdracht) {
        this.keten = keten;
        this.overdrachten = overdrachten;
        this.overdracht = overdracht;
    }

    @ApplicationModuleListener
    void on(OverdrachtBeantwoordSent sent) {
        VeiligThuisRegio regio = keten.regio(sent.aan())
                .orElseThrow(() -> new IllegalStateException("answer addressed to an unknown region"));
        OverdrachtAntwoord a = overdrachten
                .antwoord(sent.antwoordId())
                .orElseThrow(() -> new IllegalStateException("answer " + sent.antwoordId() + " not found"));
        overdracht.ontvangAntwoord(regio, a);
    }
}
