package nl.schakel.veiligthuis;

import java.util.UUID;
import nl.schakel.shared.Actor;
import nl.schakel.shared.journal.JournalEntry;
import nl.schakel.veiligthuis.domain.Besluit;
import nl.schakel.veiligthuis.domain.BesluitVoorgesteld;
import nl.schakel.veiligthuis.domain.EntryPayload;
import nl.schakel.veiligthuis.domain.Intake;
import nl.schakel.veiligthuis.domain.Taxatie;
import nl.schakel.veiligthuis.domain.Veiligheidsvoorwaarde;
import nl.schakel.veiligthuis.domain.VoorwaardeWijziging;
import nl.schakel.veiligthuis.domain.VoorwaardeWijzigingBeoordeeld;

/**
 * A melding of the worker's region in "voorwaarden en vervolg": the besluit approved by a second person, one
 * veiligheidsvoorwaarde set ({@link #V1}) and changed by an approved decision ({@link #V2}), written as the journal
 * keeps them, for the tests of what reads the voorwaarden. Not a bean: a test makes one from the beans it has.
 */
final class TestVoorwaarden {

    static final String V1 = "Als vader drinkt, heeft hij geen contact met de kinderen.";
    static final String V2 = "Vader drinkt geen alcohol als de kinderen thuis zijn.";

    /** The case and its voorwaarde. */
    record Zaak(UUID id, UUID voorwaarde) {}

    private final VeiligThuisManagement veiligThuis;
    private final Veiligheidsbeoordeling vb;
    private final ZaakAccess access;

    TestVoorwaarden(VeiligThuisManagement veiligThuis, Veiligheidsbeoordeling vb, ZaakAccess access) {
        this.veiligThuis = veiligThuis;
        this.vb = vb;
        this.access = access;
    }

    /** Registers the melding by the worker, has the besluit approved by the gedragswetenschapper, and sets V1 then V2. */
    Zaak zaak(Actor vt, Actor gw, Intake melding) {
        UUID zaak = veiligThuis.registreer(vt, melding);
        vb.taxatie(vt, zaak, Taxatie.of(false, "Geen direct gevaar.", true, "Vader drinkt al jaren.", false, "Nee."));
        vb.stelVoor(vt, zaak, BesluitVoorgesteld.of(Besluit.VOORWAARDEN_EN_VERVOLG, "Voorwaarden nodig om de drank."));
        vb.beoordeel(gw, zaak, true, "Eens met de voorwaarden.");
        Veiligheidsvoorwaarde v = Veiligheidsvoorwaarde.of(V1, "Vader", "Wijkteam, elke week");
        schrijf(vt, zaak, v);
        JournalEntry<EntryPayload> wijziging = schrijf(
                vt,
                zaak,
                VoorwaardeWijziging.of(v.voorwaarde(), V2, "Vader", "Wijkteam, elke week", "Na het huisbezoek."));
        schrijf(gw, zaak, VoorwaardeWijzigingBeoordeeld.of(wijziging.id(), true, ""));
        return new Zaak(zaak, v.voorwaarde());
    }

    /** Appends the entry to the case's journal as the actor. */
    JournalEntry<EntryPayload> schrijf(Actor by, UUID zaak, nl.schakel.veiligthuis.domain.EntryPayload payload) {
        return access.insert(by, veiligThuis.zaak(by, zaak), payload);
    }
}
