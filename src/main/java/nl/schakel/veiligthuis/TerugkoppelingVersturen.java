package nl.schakel.veiligthuis;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.schakel.audit.ActionCode;
import nl.schakel.keten.KetenManagement;
import nl.schakel.keten.Terugkoppeling;
import nl.schakel.keten.VeiligThuisRegio;
import nl.schakel.shared.Actor;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.veiligthuis.domain.AdviesAfgerond;
import nl.schakel.veiligthuis.domain.AdviesUitkomst;
import nl.schakel.veiligthuis.domain.Besluit;
import nl.schakel.veiligthuis.domain.OnderzoekAfgerond;
import nl.schakel.veiligthuis.domain.TerugkoppelingGegeven;
import nl.schakel.veiligthuis.domain.Terugkoppelplicht;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The loop back to the melder (spec §3.5; rules 41, 42): after the besluit of the veiligheidsbeoordeling took effect,
 * and again after an onderzoek by Veilig Thuis ended, Veilig Thuis tells the melder whether it started a follow-up, the receiving parties, and, when the melder has a role
 * in it, the conditions and agreements that concern them. A melder with a Schakel dossier receives it there through
 * {@code keten}; for any other melder the worker records how and when it was given. The content rule of rule 41 is the
 * chain contract's ({@link Terugkoppeling#of}); it is checked for every terugkoppeling, sent or not.
 */
@Service
public class TerugkoppelingVersturen {

    private final ZaakAccess access;
    private final KetenManagement keten;
    private final Clock clock;

    TerugkoppelingVersturen(ZaakAccess access, KetenManagement keten, Clock clock) {
        this.access = access;
        this.keten = keten;
        this.clock = clock;
    }

    /**
     * Whether the case's melder is owed a terugkoppeling now: after the veiligheidsbeoordeling, or after the
     * onderzoek (rule 41).
     */
    public static boolean mogelijk(ZaakView zaak) {
        return moment(zaak).isPresent();
    }

    /**
     * The moment whose terugkoppeling the melder is owed now, the earliest first: a known melder (not an adviesvrager
     * or informant, rule 42); after the veiligheidsbeoordeling once its besluit took effect, and after each onderzoek
     * that ended; each once.
     */
    public static Optional<TerugkoppelingGegeven.Moment> moment(ZaakView zaak) {
        if (zaak.zaak().besluit() == null || !melderKrijgtTerugkoppeling(zaak)) {
            return Optional.empty();
        }
        if (gegeven(zaak, TerugkoppelingGegeven.Moment.NA_VEILIGHEIDSBEOORDELING) == 0) {
            return Optional.of(TerugkoppelingGegeven.Moment.NA_VEILIGHEIDSBEOORDELING);
        }
        if (gegeven(zaak, TerugkoppelingGegeven.Moment.NA_ONDERZOEK)
                < zaak.all(OnderzoekAfgerond.class).size()) {
            return Optional.of(TerugkoppelingGegeven.Moment.NA_ONDERZOEK);
        }
        return Optional.empty();
    }

    /**
     * Whether Veilig Thuis started a follow-up, as the terugkoppeling due now tells it: the besluit's after the
     * veiligheidsbeoordeling, the end of the onderzoek's after the onderzoek.
     */
    public static boolean vervolg(ZaakView zaak) {
        return moment(zaak).orElse(TerugkoppelingGegeven.Moment.NA_VEILIGHEIDSBEOORDELING)
                        == TerugkoppelingGegeven.Moment.NA_ONDERZOEK
                ? zaak.latest(OnderzoekAfgerond.class).orElseThrow().vervolg()
                : zaak.zaak().besluit() != null && zaak.zaak().besluit().vervolg();
    }

    private static boolean melderKrijgtTerugkoppeling(ZaakView zaak) {
        AdviesUitkomst advies =
                zaak.latest(AdviesAfgerond.class).map(AdviesAfgerond::uitkomst).orElse(null);
        return Terugkoppelplicht.geldt(Terugkoppelplicht.van(zaak.zaak().soort(), advies), zaak.heeftMelder());
    }

    private static long gegeven(ZaakView zaak, TerugkoppelingGegeven.Moment moment) {
        return zaak.all(TerugkoppelingGegeven.class).stream()
                .filter(t -> t.moment() == moment)
                .count();
    }

    /** Whether the melder will receive it in their Schakel dossier. */
    public static boolean viaSchakel(ZaakView zaak) {
        return zaak.zaak().ketenMeldingId() != null;
    }

    /**
     * Gives the terugkoppeling due now ({@link #moment}), after the veiligheidsbeoordeling or after the onderzoek: sends it through the chain to a Schakel melder, or
     * records how it was given; appends it to the case's journal with its log row.
     */
    @Transactional
    public void geef(Actor by, UUID id, TerugkoppelingInvoer invoer) {
        String event = "veiligthuis.terugkoppeling";
        ZaakView zaak = access.accessible(by, id, event, ActionCode.C);
        access.requireRole(by, ZaakAccess.MELDER_ROLLEN, event, id);
        Besluit besluit = zaak.zaak().besluit();
        if (besluit == null || !melderKrijgtTerugkoppeling(zaak)) {
            throw new InvalidInputException("", "vt.fout.geenterugkoppeling");
        }
        TerugkoppelingGegeven.Moment moment =
                moment(zaak).orElseThrow(() -> new InvalidInputException("", "vt.fout.terugkoppelingalgegeven"));
        boolean naOnderzoek = moment == TerugkoppelingGegeven.Moment.NA_ONDERZOEK;
        OnderzoekAfgerond onderzoek =
                naOnderzoek ? zaak.latest(OnderzoekAfgerond.class).orElseThrow() : null;
        UUID ketenMelding = zaak.zaak().ketenMeldingId();
        VeiligThuisRegio regio = keten.regio(zaak.zaak().tenantId()).orElseThrow();
        LocalDate today = access.vandaag();
        Map<String, String> errors = new LinkedHashMap<>();
        Terugkoppeling inhoud = null;
        try {
            inhoud = Terugkoppeling.of(
                    ketenMelding != null ? ketenMelding : id,
                    regio,
                    Terugkoppeling.Moment.valueOf(moment.name()),
                    onderzoek != null ? onderzoek.vervolg() : besluit.vervolg(),
                    onderzoek != null ? onderzoek.omschrijving() : besluit.omschrijving(),
                    invoer.ontvangendePartijen(),
                    invoer.melderHeeftRol(),
                    invoer.voorwaardenEnAfspraken(),
                    invoer.toelichting(),
                    by.displayName(),
                    clock.instant());
        } catch (InvalidInputException e) {
            errors.putAll(e.fieldErrors());
        }
        TerugkoppelingGegeven.Wijze wijze = ketenMelding != null ? TerugkoppelingGegeven.Wijze.SCHAKEL : invoer.wijze();
        LocalDate datum = ketenMelding != null ? today : invoer.datum();
        if (wijze == null || (ketenMelding == null && wijze == TerugkoppelingGegeven.Wijze.SCHAKEL)) {
            errors.put("wijze", "vt.fout.wijze");
        }
        if (datum == null || datum.isAfter(today)) {
            errors.put("datum", "vt.fout.terugkoppeldatum");
        }
        if (!errors.isEmpty() || inhoud == null || wijze == null || datum == null) {
            throw new InvalidInputException(errors);
        }
        UUID verzonden = ketenMelding != null ? keten.terugkoppelen(by, inhoud) : null;
        access.append(
                by,
                zaak,
                event,
                "terugkoppeling",
                new TerugkoppelingGegeven(
                        moment,
                        besluit,
                        inhoud.vervolg(),
                        inhoud.ontvangendePartijen(),
                        inhoud.voorwaardenEnAfspraken(),
                        inhoud.toelichting(),
                        wijze,
                        datum,
                        verzonden));
    }
}
