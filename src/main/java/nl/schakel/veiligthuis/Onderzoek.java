package nl.schakel.veiligthuis;

import java.time.LocalDate;
import java.util.UUID;
import nl.schakel.audit.ActionCode;
import nl.schakel.shared.Actor;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.veiligthuis.domain.AntwoordRaad;
import nl.schakel.veiligthuis.domain.Dienststand;
import nl.schakel.veiligthuis.domain.Intake;
import nl.schakel.veiligthuis.domain.OnderzoekAfgerond;
import nl.schakel.veiligthuis.domain.OnderzoekRapport;
import nl.schakel.veiligthuis.domain.OnderzoekStand;
import nl.schakel.veiligthuis.domain.OnderzoekTermijn;
import nl.schakel.veiligthuis.domain.Overgang;
import nl.schakel.veiligthuis.domain.VerzoekRaad;
import nl.schakel.veiligthuis.domain.ZaakStatus;
import nl.schakel.veiligthuis.persistence.ZaakStore;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The onderzoek by Veilig Thuis (domain spec §3.2 service 6; rules 35, 56) and the verzoek tot onderzoek aan de Raad
 * voor de Kinderbescherming: the ten-week term set when a case enters the onderzoek, the report with the findings per
 * form of violence, the end of the onderzoek with a follow-up (overdracht, needs a veiligheidsvoorwaarde) or with the
 * end of Veilig Thuis's involvement, and the verzoek aan de Raad with its answer. Every move goes through {@link
 * ZaakAccess#beweeg}; a VT-medewerker or gedragswetenschapper of the region records, anyone else is refused and logged.
 */
@Service
public class Onderzoek {

    static final String PAGINA = "veiligthuis.onderzoek";
    static final String RAPPORT = "veiligthuis.onderzoek.rapport";
    static final String AFRONDING = "veiligthuis.onderzoek.afronding";
    static final String VERZOEK = "veiligthuis.raad.verzoek";
    static final String ANTWOORD = "veiligthuis.raad.antwoord";

    private final ZaakAccess access;
    private final ZaakStore store;
    private final OnderzoekTermijn.Start start;

    Onderzoek(
            ZaakAccess access,
            ZaakStore store,
            @Value("${schakel.veilig-thuis.onderzoek-start:BESLUIT}") String start) {
        this.access = access;
        this.store = store;
        this.start = OnderzoekTermijn.Start.van(start);
    }

    /** Today in Dutch time: the day the term is counted on and the last day a recorded date may be. */
    public LocalDate vandaag() {
        return access.vandaag();
    }

    /** Where the ten weeks start in this installation. */
    public OnderzoekTermijn.Start start() {
        return start;
    }

    /**
     * Refuses (and logs) anyone who may not record the onderzoek or the verzoek aan de Raad of a case, before its
     * page is served: only a VT-medewerker or gedragswetenschapper records; a teamleider reads the case only.
     */
    public void magVastleggen(Actor by, UUID id) {
        access.requireRole(by, ZaakAccess.MELDER_ROLLEN, PAGINA, id);
    }

    /**
     * Records the report of the onderzoek the case is in (rule 56: an outcome with its reasoning for every form of
     * violence investigated, every form the melding named among them). A later report replaces it.
     */
    @Transactional
    public void rapporteer(Actor by, UUID id, OnderzoekInvoer invoer) {
        ZaakView zaak = vastleggen(by, id, RAPPORT);
        if (zaak.zaak().status() != ZaakStatus.ONDERZOEK) {
            throw new InvalidInputException("", "onderzoek.fout.status");
        }
        OnderzoekRapport rapport = OnderzoekRapport.of(
                zaak.intake().vormen(),
                invoer.bevindingen(),
                invoer.informatieOpgevraagd(),
                invoer.geinformeerd(),
                invoer.geinformeerdOp(),
                invoer.nietGeinformeerdReden(),
                invoer.voortijdig(),
                invoer.voortijdigReden(),
                invoer.conclusie(),
                access.vandaag());
        access.append(by, zaak, RAPPORT, "onderzoek", rapport);
    }

    /**
     * Ends the onderzoek after its report: with a follow-up the case goes to the overdracht (at least one
     * veiligheidsvoorwaarde is set), without one Veilig Thuis's involvement ends and the case closes.
     *
     * @param vervolg {@code null} when not chosen
     * @return the state the case is in now
     */
    @Transactional
    public ZaakStatus rondAf(Actor by, UUID id, @Nullable Boolean vervolg, String toelichting) {
        ZaakView zaak = vastleggen(by, id, AFRONDING);
        OnderzoekAfgerond afgerond = OnderzoekAfgerond.of(vervolg, toelichting);
        ZaakStatus naar = access.beweeg(
                zaak, new Overgang.OnderzoekAfronden(afgerond.vervolg()), Dienststand.van(zaak.journal()));
        access.append(by, zaak, AFRONDING, "onderzoek", afgerond);
        return naar;
    }

    /**
     * Records the verzoek tot onderzoek aan de Raad voor de Kinderbescherming: after the besluit to ask the Raad (the
     * case already waits for it), or during an onderzoek, which then waits for the Raad's answer.
     */
    @Transactional
    public void vraagRaad(Actor by, UUID id, String reden, @Nullable LocalDate datum) {
        ZaakView zaak = vastleggen(by, id, VERZOEK);
        VerzoekRaad verzoek = VerzoekRaad.of(reden, datum, access.vandaag());
        if (zaak.zaak().status() == ZaakStatus.VERZOEK_RAAD) {
            if (OnderzoekStand.van(zaak.journal()).verzoekZonderAntwoord().isPresent()) {
                throw new InvalidInputException("", "raad.fout.alverzocht");
            }
        } else {
            access.beweeg(zaak, new Overgang.RaadVragen(), Dienststand.van(zaak.journal()));
        }
        access.append(by, zaak, VERZOEK, "raad", verzoek);
    }

    /**
     * Records the Raad's answer to the verzoek: it investigates (the case goes to the overdracht) or not (Veilig Thuis
     * does the onderzoek itself, with its ten-week term from the answer's day or the melding, as configured).
     *
     * @param onderzoekt {@code null} when not chosen
     * @return the state the case is in now
     */
    @Transactional
    public ZaakStatus antwoordRaad(
            Actor by, UUID id, @Nullable LocalDate datum, @Nullable Boolean onderzoekt, String toelichting) {
        ZaakView zaak = vastleggen(by, id, ANTWOORD);
        VerzoekRaad verzoek = zaak.zaak().status() == ZaakStatus.VERZOEK_RAAD
                ? OnderzoekStand.van(zaak.journal()).verzoekZonderAntwoord().orElse(null)
                : null;
        if (verzoek == null) {
            throw new InvalidInputException("", "raad.fout.geenverzoek");
        }
        AntwoordRaad antwoord = AntwoordRaad.of(datum, onderzoekt, toelichting, verzoek.datum(), access.vandaag());
        ZaakStatus naar =
                access.beweeg(zaak, new Overgang.RaadAntwoord(antwoord.onderzoekt()), Dienststand.van(zaak.journal()));
        access.append(by, zaak, ANTWOORD, "raad", antwoord);
        if (naar == ZaakStatus.ONDERZOEK) {
            begin(zaak.zaak(), antwoord.datum());
        }
        return naar;
    }

    /**
     * Sets the ten-week term of the onderzoek the case enters now (rule 35), counted from the day it was decided
     * ({@code besloten}) or from the melding's receipt, as configured.
     */
    void begin(Zaak zaak, LocalDate besloten) {
        store.zetOnderzoekUiterlijk(
                zaak.id(),
                OnderzoekTermijn.uiterlijk(start, besloten, LocalDate.ofInstant(zaak.ontvangenOp(), Intake.NL)));
    }

    private ZaakView vastleggen(Actor by, UUID id, String event) {
        ZaakView zaak = access.accessible(by, id, event, ActionCode.C);
        access.requireRole(by, ZaakAccess.MELDER_ROLLEN, event, id);
        return zaak;
    }
}
