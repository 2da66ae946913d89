package nl.schakel.dossier.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.schakel.shared.journal.Journal;
import org.jspecify.annotations.Nullable;

/**
 * The five steps of the meldcode (domain spec §1.2) as the dossier page shows them: per step its status, why, what to
 * do now and what this member may do there, and which step is next. Decided here, once, from the journal, the
 * betrokkenen and {@link Voortgang} (steps 4 and 5); the page only renders it.
 *
 * <ul>
 *   <li>Step 1 is done once a signaal is recorded, unless the kindcheck of rule 18 is still needed.
 *   <li>Steps 2 and 3 are not needed on the accelerated path with acute onveiligheid (rule 26), may be done later;
 *       with honour-related violence or VGV step 2 asks for a named expert (rule 25); a gesprek skipped with a
 *       reason (rule 16) is not needed, unless it will be held later.
 *   <li>The afwegingen are in step 4, or in step 5 for the kaders that place them there (artsen); on the
 *       employee-offence route neither the afwegingen nor the beslissingen of the home situation apply (rule 27).
 *   <li>Step 5 is done once the beslissingen are recorded (beslissing 2 also after a melding, rule 11) and, where
 *       melden is needed, the melding is sent.
 *   <li>A member who only signals records signalen only; steps 2 to 5 are the uitvoerder's (rule 24).
 * </ul>
 *
 * @param stappen the five steps, in order
 * @param volgende the number of the step to do now; {@code null} when none (the dossier is closed, or all is done)
 * @param gesloten the dossier is closed: nothing is offered but a restart
 */
public record Stappenplan(List<Stap> stappen, @Nullable Integer volgende, boolean gesloten) {

    /** Where one step stands. */
    public enum Status {
        NIET_BEGONNEN,
        BEZIG,
        GEDAAN,
        NIET_NODIG
    }

    /** What a member may do from the step list: each a page of the dossier, by its path below the dossier. */
    public enum Actie {
        SIGNAAL("signalen"),
        KINDCHECK("kindcheck"),
        MANTELZORGCHECK("mantelzorgcheck"),
        CONSULTATIE("consultaties"),
        GESPREK("gesprek"),
        AFWEGINGEN("afwegingen"),
        MEDEWERKER("medewerker"),
        BESLISSINGEN("afwegingen#beslissingen"),
        MELDING("melding"),
        AFSLUITEN("afsluiten");

        private final String pad;

        Actie(String pad) {
            this.pad = pad;
        }

        /** The path below {@code /dossiers/{id}/}. */
        public String pad() {
            return pad;
        }
    }

    /**
     * One step.
     *
     * @param nummer 1 to 5
     * @param naam the message key of the step's name
     * @param reden the message key of why it has this status, or {@code null} when that needs no words
     * @param hint the message key of what to do now in this step, or {@code null} when nothing
     * @param link the page the step's name links to; {@code null} when this member may not work on this step
     * @param acties further pages this member may open from this step
     */
    public record Stap(
            int nummer,
            String naam,
            Status status,
            @Nullable String reden,
            @Nullable String hint,
            @Nullable Actie link,
            List<Actie> acties) {

        public Stap {
            acties = List.copyOf(acties);
        }

        /** Whether nothing is left to do in this step. */
        public boolean af() {
            return status == Status.GEDAAN || status == Status.NIET_NODIG;
        }
    }

    public Stappenplan {
        stappen = List.copyOf(stappen);
    }

    /**
     * What the dossier knows and who looks at it.
     *
     * @param voortgang where steps 4 and 5 stand; {@code null} while no kader applies yet (a member without a
     *     beroepscluster who has not chosen one for the dossier, rule 15)
     * @param today today's date, for the betrokkenen's ages
     * @param alleenSignaleren the member only signals (rule 24)
     * @param medewerkerRouteMogelijk the member's beroepscluster has the employee-offence route (rule 27)
     * @param gesloten the dossier is closed
     */
    public record Gegevens(
            Journal<EntryPayload> journal,
            @Nullable Voortgang voortgang,
            List<Betrokkene> betrokkenen,
            LocalDate today,
            boolean alleenSignaleren,
            boolean medewerkerRouteMogelijk,
            boolean gesloten) {}

    /** The steps of one dossier for one member. */
    public static Stappenplan van(Gegevens g) {
        return new Bepaling(g).plan();
    }

    /** The step with this number (1 to 5). */
    public Stap stap(int nummer) {
        return stappen.get(nummer - 1);
    }

    /** The step to do now, if any. */
    public Optional<Stap> volgendeStap() {
        return volgende == null ? Optional.empty() : Optional.of(stap(volgende));
    }

    /** A step's status with its reason and hint (message keys). */
    private record Stand(
            Status status, @Nullable String reden, @Nullable String hint) {}

    /** Rule 26: on the accelerated path a step may wait until after the melding. */
    private static final Stand VERSNELD =
            new Stand(Status.NIET_NODIG, "stappenplan.reden.versneld", "stappenplan.hint.later");

    /** The working-out of one plan: what the journal holds, read once. */
    private static final class Bepaling {
        private final Gegevens g;
        private final @Nullable Voortgang v;
        private final boolean acuut;
        private final boolean medewerkerRoute;
        private final boolean gemeld;
        private final boolean werkt;
        private final int stapVanAfwegingen;

        Bepaling(Gegevens g) {
            this.g = g;
            this.v = g.voortgang();
            List<Signaal> signalen = g.journal().current(Signaal.class);
            this.acuut = v == null ? signalen.stream().anyMatch(Signaal::disclosure) : v.acuteOnveiligheid();
            this.medewerkerRoute = !MedewerkerRoute.homeAfwegingskaderApplies(g.journal());
            this.gemeld = g.journal().latest(Melding.class).isPresent();
            this.werkt = !g.gesloten();
            this.stapVanAfwegingen = v == null ? 4 : v.stapVanAfwegingen();
        }

        Stappenplan plan() {
            List<Stap> stappen = List.of(stap1(), stap2(), stap3(), stap4(), stap5());
            return new Stappenplan(stappen, volgende(stappen), g.gesloten());
        }

        private @Nullable Integer volgende(List<Stap> stappen) {
            if (g.gesloten()) {
                return null;
            }
            if (g.alleenSignaleren() || stappen.getFirst().status() == Status.NIET_BEGONNEN) {
                return 1;
            }
            if (versneldMelden()) {
                return 5;
            }
            return stappen.stream()
                    .filter(s -> !s.af())
                    .map(Stap::nummer)
                    .findFirst()
                    .orElse(null);
        }

        /** Rule 26: with acute onveiligheid the melding comes first, before the steps that may wait. */
        private boolean versneldMelden() {
            return acuut && !gemeld && !medewerkerRoute && meldenMogelijk();
        }

        private boolean meldenMogelijk() {
            return v == null ? acuut : v.meldenMogelijk();
        }

        private boolean meldenNodig() {
            return v == null ? acuut : v.meldenNodig();
        }

        /** Whether this member may work on steps 2 to 5 now (rule 24). */
        private boolean uitvoerend() {
            return werkt && !g.alleenSignaleren();
        }

        private Stap stap(int nummer, String naam, Stand stand, Actie link, List<Actie> acties) {
            return stap(nummer, naam, stand.status(), stand.reden(), stand.hint(), link, acties);
        }

        private Stap stap(
                int nummer,
                String naam,
                Status status,
                @Nullable String reden,
                @Nullable String hint,
                Actie link,
                List<Actie> acties) {
            boolean mag = nummer == 1 ? werkt : uitvoerend();
            String h = mag ? hint : null;
            if (nummer > 1 && werkt && g.alleenSignaleren()) {
                h = "stappenplan.hint.uitvoerder";
            }
            return new Stap(nummer, naam, status, reden, h, mag ? link : null, mag ? acties : List.of());
        }

        private Stap stap1() {
            List<Actie> acties = new ArrayList<>();
            if (!g.alleenSignaleren()) {
                acties.add(Actie.KINDCHECK);
                if (Mantelzorgcheck.pastBij(Betrokkene.levensfaseVanClient(g.betrokkenen(), g.today()))
                        || g.journal().latest(Mantelzorgcheck.class).isPresent()) {
                    acties.add(Actie.MANTELZORGCHECK);
                }
            }
            boolean kindcheckNodig = Kindcheck.isRequired(g.betrokkenen(), g.journal(), g.today());
            if (g.journal().current(Signaal.class).isEmpty()) {
                return stap(
                        1,
                        "stappenplan.stap1",
                        Status.NIET_BEGONNEN,
                        null,
                        "stappenplan.hint.signaal",
                        Actie.SIGNAAL,
                        acties);
            }
            if (kindcheckNodig) {
                String hint = g.alleenSignaleren() ? "stappenplan.hint.meersignalen" : "stappenplan.hint.kindcheck";
                return stap(
                        1,
                        "stappenplan.stap1",
                        Status.BEZIG,
                        "stappenplan.reden.kindcheck",
                        hint,
                        Actie.SIGNAAL,
                        acties);
            }
            return stap(
                    1,
                    "stappenplan.stap1",
                    Status.GEDAAN,
                    null,
                    "stappenplan.hint.meersignalen",
                    Actie.SIGNAAL,
                    acties);
        }

        private Stap stap2() {
            List<CollegialeConsultatie> consultaties = g.journal().current(CollegialeConsultatie.class);
            boolean deskundigeNodig = Voortgang.deskundigeNodig(g.journal().current(Signaal.class));
            Stand stand;
            if (deskundigeNodig && !Voortgang.deskundigeGeraadpleegd(consultaties) && !acuut) {
                stand = new Stand(
                        consultaties.isEmpty() ? Status.NIET_BEGONNEN : Status.BEZIG,
                        "stappenplan.reden.deskundige",
                        "stappenplan.hint.deskundige");
            } else if (!consultaties.isEmpty()) {
                stand = new Stand(Status.GEDAAN, null, null);
            } else {
                stand = acuut ? VERSNELD : new Stand(Status.NIET_BEGONNEN, null, "stappenplan.hint.consultatie");
            }
            return stap(2, "stappenplan.stap2", stand, Actie.CONSULTATIE, List.of());
        }

        private Stap stap3() {
            Optional<Gesprek> gesprek = g.journal().latest(Gesprek.class);
            Stand stand;
            if (gesprek.isPresent() && gesprek.get().gevoerd()) {
                stand = new Stand(Status.GEDAAN, null, null);
            } else if (gesprek.isPresent() && Boolean.TRUE.equals(gesprek.get().alsnog())) {
                stand = new Stand(Status.BEZIG, "stappenplan.reden.gesprekalsnog", "stappenplan.hint.gesprekalsnog");
            } else if (gesprek.isPresent()) {
                stand = new Stand(Status.NIET_NODIG, "stappenplan.reden.gesprekovergeslagen", null);
            } else {
                stand = acuut ? VERSNELD : new Stand(Status.NIET_BEGONNEN, null, "stappenplan.hint.gesprek");
            }
            return stap(3, "stappenplan.stap3", stand, Actie.GESPREK, List.of());
        }

        private Stap stap4() {
            List<Actie> acties = g.medewerkerRouteMogelijk() ? List.of(Actie.MEDEWERKER) : List.of();
            if (medewerkerRoute) {
                return stap(
                        4,
                        "stappenplan.stap4",
                        Status.NIET_NODIG,
                        "stappenplan.reden.medewerkerroute",
                        null,
                        medewerkerLink(),
                        List.of());
            }
            if (stapVanAfwegingen == 5) {
                return stap(
                        4,
                        "stappenplan.stap4",
                        Status.NIET_NODIG,
                        "stappenplan.reden.afwegingeninstap5",
                        null,
                        Actie.AFWEGINGEN,
                        acties);
            }
            Stand a = afwegingen();
            return stap(4, "stappenplan.stap4", a, Actie.AFWEGINGEN, acties);
        }

        /** On the employee-offence route the route's own page, for a member whose beroepscluster has it. */
        private Actie medewerkerLink() {
            return g.medewerkerRouteMogelijk() ? Actie.MEDEWERKER : Actie.AFWEGINGEN;
        }

        private record Afwegingen(
                Status status,
                @Nullable String reden,
                @Nullable String hint) {}

        /** Where the afwegingen stand, in whichever step the kader places them. */
        private Stand afwegingen() {
            if (v == null) {
                return new Stand(Status.NIET_BEGONNEN, "stappenplan.reden.kaderkeuze", "stappenplan.hint.kaderkeuze");
            }
            if (v.antwoorden().stream().noneMatch(Voortgang.Antwoord::vanKracht)) {
                return new Stand(Status.NIET_BEGONNEN, null, "stappenplan.hint.afwegingen");
            }
            if (v.hulpplanNodig()) {
                return new Stand(Status.BEZIG, "stappenplan.reden.hulpbieden", "stappenplan.hint.hulpplan");
            }
            var vraag = v.vraag();
            if (vraag == nl.schakel.afwegingskader.Afweging.RESULTAAT) {
                return new Stand(Status.BEZIG, "stappenplan.reden.hulpbieden", "stappenplan.hint.afweging5");
            }
            if (vraag != null) {
                return new Stand(Status.BEZIG, null, "stappenplan.hint.afwegingverder");
            }
            return new Stand(Status.GEDAAN, null, null);
        }

        private Stap stap5() {
            String naam = stapVanAfwegingen == 5 ? "stappenplan.stap5.metafwegingen" : "stappenplan.stap5";
            if (medewerkerRoute) {
                return stap(
                        5,
                        naam,
                        Status.NIET_NODIG,
                        "stappenplan.reden.medewerkerroute",
                        null,
                        medewerkerLink(),
                        List.of());
            }
            List<Actie> acties = new ArrayList<>();
            if (meldenMogelijk() && !gemeld) {
                acties.add(Actie.MELDING);
            }
            if (werkt) {
                acties.add(Actie.AFSLUITEN);
            }
            boolean b1 = v != null && v.beslissing(1).isPresent();
            boolean b2Klaar = v != null && (v.beslissing(2).isPresent() || (b1 && !v.beslissing2Gevraagd()));
            boolean meldingKlaar = !meldenNodig() || gemeld;
            Status status;
            String reden = null;
            String hint = null;
            if (b1 && b2Klaar && meldingKlaar) {
                status = Status.GEDAAN;
                hint = v.afsluitenAdvies() ? "stappenplan.hint.afsluiten" : null;
            } else if (b1 || gemeld) {
                status = Status.BEZIG;
                hint = !meldingKlaar && meldenMogelijk()
                        ? "stappenplan.hint.melden"
                        : b1 ? "stappenplan.hint.beslissing2" : "stappenplan.hint.beslissing1";
            } else {
                status = Status.NIET_BEGONNEN;
                if (versneldMelden()) {
                    reden = "stappenplan.reden.versneldmelden";
                    hint = "stappenplan.hint.melden";
                } else if (v != null && !v.beslissingenMogelijk()) {
                    reden = v.blokkades().getFirst();
                } else {
                    hint = v == null ? null : "stappenplan.hint.beslissing1";
                }
            }
            if (stapVanAfwegingen == 5 && status != Status.GEDAAN && !b1 && !gemeld) {
                Stand a = afwegingen();
                if (a.status() != Status.GEDAAN && !versneldMelden()) {
                    return stap(5, naam, a, Actie.AFWEGINGEN, acties);
                }
            }
            return stap(5, naam, status, reden, hint, Actie.BESLISSINGEN, acties);
        }
    }
}
