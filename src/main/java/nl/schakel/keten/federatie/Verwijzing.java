package nl.schakel.keten.federatie;

import java.util.UUID;
import nl.schakel.keten.persistence.MeldingStore;
import nl.schakel.shared.TenantId;
import org.springframework.stereotype.Component;

/** The check every soort about a melding makes: the melding is in our keten tables, between these two tenants. */
@Component
class Verwijzing {

    private final MeldingStore meldingen;

    Verwijzing(MeldingStore meldingen) {
        this.meldingen = meldingen;
    }

    /**
     * @throws BerichtGeweigerd unless the melding is in this instance's keten tables, sent by {@code organisatie} to
     *     {@code regio}
     */
    void melding(UUID meldingId, TenantId organisatie, TenantId regio) {
        boolean van =
                meldingen.sentBy(meldingId).map(organisatie.value()::equals).orElse(false);
        boolean aan =
                meldingen.addressedTo(meldingId).map(regio.value()::equals).orElse(false);
        if (!van || !aan) {
            throw new BerichtGeweigerd("melding onbekend tussen van en aan");
        }
    }

    /** @throws BerichtGeweigerd unless the two are equal (what the body says against what the envelope says) */
    static void gelijk(Object envelop, Object inhoud, String wat) {
        if (!envelop.equals(inhoud)) {
            throw new BerichtGeweigerd(wat + " wijkt af van de envelop");
        }
    }
}
