package nl.schakel.dossier.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.schakel.afwegingskader.Afwegingskader;
import nl.schakel.afwegingskader.Answers;
import nl.schakel.afwegingskader.Evaluation;
import nl.schakel.afwegingskader.HulpVereiste;
import nl.schakel.afwegingskader.HulpVereisten;
import nl.schakel.afwegingskader.Kader;
import nl.schakel.afwegingskader.Outcome;
import nl.schakel.shared.ConsultatieMet;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.VormVanGeweld;
import nl.schakel.shared.journal.Journal;
import nl.schakel.shared.journal.JournalEntry;
import org.jspecify.annotations.Nullable;

/**
 * Where a dossier stands in steps 4 and 5, computed from its journal: the one place for the order of the afwegingen,
 * beslissingen and outcomes. The decision logic itself is the afwegingskader's ({@link Afwegingskader#evaluate});
 * this class feeds it the answers in force and adds what the dossier adds: a disclosure pre-sets afweging 2 (rule
 * 13, also refusing afweging 1 = nee), no beslissing before afweging 1 (rule 14), an expert consultation before the
 * beslissingen with honour-related violence or VGV (rule 25), the accelerated path with acute onveiligheid only, not
 * with structurele onveiligheid alone (rule 26), afwegingen 3 to 5 together with
 * Veilig Thuis (rule 3), and the re-evaluation of afweging 5 on the date of the hulpplan (rule 6).
 *
 * <p>Preconditions for step 5 are {@link Voorwaarde}s in {@link #VOORWAARDEN}: a new one (the kindcheck of rule 18,
 * the employee-offence route of rule 27) is one more entry there.
 */
public final class Voortgang {

    /** A precondition for recording the beslissingen of step 5; empty when met, else the message key of why not. */
    @FunctionalInterface
    public interface Voorwaarde {
        Optional<String> blokkade(Voortgang voortgang);
    }

    /**
     * The preconditions for the beslissingen of step 5, in the order they are shown. Add further ones here (for
     * example {@code Kindcheck.isRequired}, or the employee-offence route), each as a named method below.
     */
    private static final List<Voorwaarde> VOORWAARDEN = List.of(
            Voortgang::thuissituatie,
            Voortgang::afweging1Beantwoord,
            Voortgang::kindcheckGedaan,
            Voortgang::deskundigeGeraadpleegdBijEerOfVgv);

    /** One recorded afweging and whether it is still in force. */
    public record Antwoord(
            JournalEntry<EntryPayload> entry, Afweging afweging, boolean vanKracht, boolean samenMetVeiligThuis) {}

    private final Kader kader;
    private final boolean kindcheckNodig;
    private final boolean medewerkerRoute;
    private final List<JournalEntry<EntryPayload>> inForce;
    private final boolean disclosure;
    private final Map<Integer, JournalEntry<EntryPayload>> latestAfweging;
    private final Evaluation.Result evaluatie;
    private final Set<nl.schakel.afwegingskader.Afweging> nietToegestaan;

    /**
     * Where a dossier stands, without the betrokkenen: no kindcheck is asked for (rule 18 needs them).
     *
     * @param journal the dossier's journal
     * @param kader the kader the professional works with
     */
    public Voortgang(Journal<EntryPayload> journal, Kader kader) {
        this(journal, kader, List.of(), LocalDate.MIN);
    }

    /**
     * @param journal the dossier's journal
     * @param kader the kader the professional works with
     * @param betrokkenen the dossier's betrokkenen, for the kindcheck of rule 18
     * @param today today's date, for the betrokkenen's ages
     */
    public Voortgang(Journal<EntryPayload> journal, Kader kader, List<Betrokkene> betrokkenen, LocalDate today) {
        this.kader = kader;
        this.kindcheckNodig = Kindcheck.isRequired(betrokkenen, journal, today);
        this.medewerkerRoute = !MedewerkerRoute.homeAfwegingskaderApplies(journal);
        this.inForce = journal.inForce();
        this.disclosure = payloads(Signaal.class).stream().anyMatch(Signaal::disclosure);
        this.latestAfweging = new HashMap<>();
        for (JournalEntry<EntryPayload> e : inForce) {
            e.payload(Afweging.class).ifPresent(a -> latestAfweging.put(a.nummer(), e));
        }
        Evaluation evaluation = Afwegingskader.evaluate(kader, answers(latestAfweging, disclosure));
        this.evaluatie = switch (evaluation) {
            case Evaluation.Result result -> result;
            case Evaluation.NotAllowed notAllowed -> notAllowed.withoutThem();
        };
        this.nietToegestaan = evaluation instanceof Evaluation.NotAllowed n ? Set.copyOf(n.afwegingen()) : Set.of();
    }

    public Kader kader() {
        return kader;
    }

    /** The step in which this kader asks the afwegingen: 4, or 5 (artsen). The beslissingen are always in step 5. */
    public int stapVanAfwegingen() {
        return kader.stepOfAfwegingen();
    }

    public Evaluation.Result evaluatie() {
        return evaluatie;
    }

    /** A signaal in force is a disclosure: afweging 2 is pre-set to acute onveiligheid = ja (rule 13). */
    public boolean disclosure() {
        return disclosure;
    }

    // --- afwegingen ---

    /** Every recorded afweging not corrected, in the order recorded, with whether it is still in force. */
    public List<Antwoord> antwoorden() {
        List<Antwoord> all = new ArrayList<>();
        for (JournalEntry<EntryPayload> e : inForce) {
            e.payload(Afweging.class)
                    .ifPresent(a -> all.add(new Antwoord(e, a, vanKracht(e, a), samenMetVeiligThuis(a.nummer()))));
        }
        return all;
    }

    /** The answer in force to afweging {@code nummer}. */
    public Optional<Antwoord> antwoord(int nummer) {
        JournalEntry<EntryPayload> e = latestAfweging.get(nummer);
        if (e == null) {
            return Optional.empty();
        }
        Afweging a = (Afweging) e.payload();
        return vanKracht(e, a) ? Optional.of(new Antwoord(e, a, true, samenMetVeiligThuis(nummer))) : Optional.empty();
    }

    private boolean vanKracht(JournalEntry<EntryPayload> e, Afweging a) {
        return e.equals(latestAfweging.get(a.nummer())) && !nietToegestaan.contains(a.afweging());
    }

    /**
     * The afweging to answer now, one at a time as the afwegingskader branches (§2.1); {@code null} when the path has
     * ended, or when help is offered and the hulpplan is still to be recorded before afweging 5.
     */
    public nl.schakel.afwegingskader.@Nullable Afweging vraag() {
        var next = evaluatie.nextAfweging();
        if (next == nl.schakel.afwegingskader.Afweging.RESULTAAT && hulpplan().isEmpty()) {
            return null;
        }
        return next;
    }

    /**
     * The answers the branch allows for this afweging: after a disclosure afwegingen 1 and 2 are ja only (rule 13: a
     * disclosure is a vermoeden of acute onveiligheid, so melden is needed). A professional who finds the disclosure
     * withdrawn or misunderstood corrects that signaal first; then nee is possible again.
     */
    public Set<Boolean> toegestaneAntwoorden(nl.schakel.afwegingskader.Afweging afweging) {
        boolean jaNaDisclosure = afweging == nl.schakel.afwegingskader.Afweging.VERMOEDEN
                || afweging == nl.schakel.afwegingskader.Afweging.VEILIGHEID;
        return jaNaDisclosure && disclosure ? Set.of(true) : Set.of(true, false);
    }

    /** Afwegingen 3 to 5 are answered together with Veilig Thuis after a melding for acute or structurele onveiligheid (rule 3). */
    public boolean samenMetVeiligThuis(int nummer) {
        return nummer >= 3 && evaluatie.jointlyWithVeiligThuis();
    }

    /**
     * Refuses a new answer that is not the one asked now, or that the branch does not allow; and any answer when the
     * dossier follows the employee-offence route (rule 27), where the home-situation afwegingskader does not apply.
     */
    public void checkNieuw(Afweging nieuw) {
        thuissituatie().ifPresent(key -> {
            throw new InvalidInputException("", key);
        });
        var vraag = vraag();
        if (vraag == null || vraag.number() != nieuw.nummer()) {
            throw new InvalidInputException("", "afweging.fout.nietaandebeurt");
        }
        checkToegestaan(nieuw);
    }

    /** Refuses a change of an answer not in force, of another afweging, or to an answer the branch does not allow. */
    public void checkWijziging(UUID entryId, Afweging gewijzigd) {
        Optional<Antwoord> huidig = antwoord(gewijzigd.nummer());
        if (huidig.isEmpty() || !huidig.get().entry().id().equals(entryId)) {
            throw new InvalidInputException("", "afweging.fout.nietvankracht");
        }
        checkToegestaan(gewijzigd);
    }

    private void checkToegestaan(Afweging a) {
        if (!toegestaneAntwoorden(a.afweging()).contains(a.antwoord())) {
            throw new InvalidInputException(
                    "antwoord", a.nummer() == 1 ? "afweging.fout.disclosurevermoeden" : "afweging.fout.nietmogelijk");
        }
    }

    /**
     * Acute onveiligheid is established: a disclosure (rule 13), or afweging 2 = ja in force for acute onveiligheid
     * (or without the kind, from before Schakel asked for it: ADR-0018). Structurele onveiligheid alone is not acute:
     * it means melden, but not the accelerated path of rule 26.
     */
    public boolean acuteOnveiligheid() {
        return disclosure || acuutVolgensAfweging2();
    }

    /** Afweging 2 = ja in force for acute onveiligheid (or without the kind: ADR-0018), apart from a disclosure. */
    public boolean acuutVolgensAfweging2() {
        return antwoord(2).map(a -> a.afweging().acuut()).orElse(false);
    }

    /** Afweging 2 = ja in force for structurele onveiligheid (alone or with acute onveiligheid). */
    public boolean structureleOnveiligheid() {
        return antwoord(2).map(a -> a.afweging().structureel()).orElse(false);
    }

    // --- outcome "hulp bieden" ---

    public Optional<Hulpplan> hulpplan() {
        return latest(Hulpplan.class).map(e -> (Hulpplan) e.payload());
    }

    /** Help is to be offered (afwegingen 3 and 4 = ja) and its plan with the re-evaluation date is not recorded yet. */
    public boolean hulpplanNodig() {
        return evaluatie.nextAfweging() == nl.schakel.afwegingskader.Afweging.RESULTAAT
                && hulpplan().isEmpty();
    }

    /**
     * Afweging 5 is due for re-evaluation (rule 6): a hulpplan is in force, its date has come, and afweging 5 has not
     * been answered since the plan was recorded.
     */
    public boolean herbeoordelingNodig(LocalDate today) {
        return herbeoordelingNodig(inForce, today);
    }

    /** {@link #herbeoordelingNodig(LocalDate)} for a journal, for the scheduled reminder that has no kader at hand. */
    public static boolean herbeoordelingNodig(Journal<EntryPayload> journal, LocalDate today) {
        return herbeoordelingNodig(journal.inForce(), today);
    }

    private static boolean herbeoordelingNodig(List<JournalEntry<EntryPayload>> inForce, LocalDate today) {
        int planAt = -1;
        for (int i = 0; i < inForce.size(); i++) {
            if (inForce.get(i).payload() instanceof Hulpplan) {
                planAt = i;
            }
        }
        if (planAt < 0
                || ((Hulpplan) inForce.get(planAt).payload()).herbeoordeling().isAfter(today)) {
            return false;
        }
        return inForce.subList(planAt, inForce.size()).stream()
                .flatMap(e -> e.payload(Afweging.class).stream())
                .noneMatch(a -> a.nummer() == 5);
    }

    // --- beslissingen ---

    /** Why the beslissingen of step 5 cannot be recorded yet: message keys, empty when they can. */
    public List<String> blokkades() {
        return VOORWAARDEN.stream().flatMap(v -> v.blokkade(this).stream()).toList();
    }

    public boolean beslissingenMogelijk() {
        return blokkades().isEmpty();
    }

    /**
     * Rule 27: a suspected offence by an employee of a kinderopvang or school follows the employee-offence route, not
     * the afwegingskader of the home situation.
     */
    private Optional<String> thuissituatie() {
        return medewerkerRoute ? Optional.of("voortgang.blokkade.medewerkerroute") : Optional.empty();
    }

    /** Rule 18: an adult client with a kindcheck trigger needs a kindcheck before the beslissingen of step 5. */
    private Optional<String> kindcheckGedaan() {
        return kindcheckNodig ? Optional.of("voortgang.blokkade.kindcheck") : Optional.empty();
    }

    /** Whether this dossier follows the employee-offence route (rule 27), so the afwegingen are not asked. */
    public boolean medewerkerRoute() {
        return medewerkerRoute;
    }

    /** Rule 14: no beslissing before afweging 1 is answered. */
    private Optional<String> afweging1Beantwoord() {
        return antwoord(1).isPresent() ? Optional.empty() : Optional.of("voortgang.blokkade.afweging1");
    }

    /**
     * Rule 25: with a signaal of honour-related violence or female genital mutilation, a consultation of a named
     * expert comes before the beslissingen; rule 26: with acute onveiligheid the accelerated path does not wait.
     */
    private Optional<String> deskundigeGeraadpleegdBijEerOfVgv() {
        if (!deskundigeNodig() || deskundigeGeraadpleegd() || acuteOnveiligheid()) {
            return Optional.empty();
        }
        return Optional.of("voortgang.blokkade.deskundige");
    }

    /** A signaal in force points at eergerelateerd geweld or vrouwelijke genitale verminking. */
    public boolean deskundigeNodig() {
        return deskundigeNodig(payloads(Signaal.class));
    }

    /** One of these signalen points at eergerelateerd geweld or vrouwelijke genitale verminking (rule 25). */
    public static boolean deskundigeNodig(List<Signaal> signalen) {
        return signalen.stream()
                .anyMatch(s -> s.vormen().contains(VormVanGeweld.EERGERELATEERD_GEWELD)
                        || s.vormen().contains(VormVanGeweld.VROUWELIJKE_GENITALE_VERMINKING));
    }

    public boolean deskundigeGeraadpleegd() {
        return deskundigeGeraadpleegd(payloads(CollegialeConsultatie.class));
    }

    /** One of these consultaties was with a named expert (rule 25). */
    public static boolean deskundigeGeraadpleegd(List<CollegialeConsultatie> consultaties) {
        return consultaties.stream().anyMatch(c -> c.met() == ConsultatieMet.DESKUNDIGE);
    }

    public Optional<Beslissing> beslissing(int nummer) {
        return beslissingEntry(nummer).map(e -> (Beslissing) e.payload());
    }

    public Optional<JournalEntry<EntryPayload>> beslissingEntry(int nummer) {
        JournalEntry<EntryPayload> found = null;
        for (JournalEntry<EntryPayload> e : inForce) {
            if (e.payload(Beslissing.class).filter(b -> b.nummer() == nummer).isPresent()) {
                found = e;
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * The answers to beslissing 1 the afwegingen allow: ja only when a meldnorm applies, nee only after afweging 1 =
     * nee (rule 1), else either.
     */
    public Set<Boolean> toegestaanBeslissing1() {
        if (Boolean.TRUE.equals(evaluatie.meldenNoodzakelijk())) {
            return Set.of(true);
        }
        if (evaluatie.outcome() == Outcome.AFSLUITEN) {
            return Set.of(false);
        }
        return Set.of(true, false);
    }

    /** Beslissing 2 is asked after beslissing 1 (rule 11: also after a melding), except after afweging 1 = nee. */
    public boolean beslissing2Gevraagd() {
        return beslissing(1).isPresent() && evaluatie.outcome() != Outcome.AFSLUITEN;
    }

    /** The answers to beslissing 2 the afwegingen allow: nee when afweging 3 or 4 was nee, else either. */
    public Set<Boolean> toegestaanBeslissing2() {
        return Boolean.FALSE.equals(evaluatie.hulpBiedenMogelijk()) ? Set.of(false) : Set.of(true, false);
    }

    /** Refuses a beslissing the preconditions, the order or the afwegingen do not allow. */
    public void checkBeslissing(Beslissing b) {
        List<String> blokkades = blokkades();
        if (!blokkades.isEmpty()) {
            throw new InvalidInputException("", blokkades.getFirst());
        }
        if (b.nummer() == 2 && !beslissing2Gevraagd()) {
            throw new InvalidInputException("", "beslissing.fout.eerst1");
        }
        Set<Boolean> toegestaan = b.nummer() == 1 ? toegestaanBeslissing1() : toegestaanBeslissing2();
        if (!toegestaan.contains(b.antwoord())) {
            throw new InvalidInputException("antwoord", "beslissing.fout.nietmogelijk");
        }
    }

    /**
     * Beslissing 1 as it counts: a meldnorm of the afwegingen, acute onveiligheid (also a disclosure before afweging
     * 1 is answered: §2.3), the professional's ja, or nee with no adequate help
     * (beslissing 2 nee or not adequate: rules 10 and 12) all make melden necessary.
     */
    public boolean meldenNodig() {
        if (Boolean.TRUE.equals(evaluatie.meldenNoodzakelijk()) || acuteOnveiligheid()) {
            return true;
        }
        Optional<Beslissing> b1 = beslissing(1);
        Optional<Beslissing> b2 = beslissing(2);
        return b1.map(Beslissing::antwoord).orElse(false)
                || (b1.isPresent() && b2.isPresent() && !b2.get().geldt());
    }

    /** Beslissing 1 was nee, but beslissing 2 gives no adequate help, so melden is forced (rule 10). */
    public boolean meldenAfgedwongen() {
        return beslissing(1).map(b -> !b.antwoord()).orElse(false)
                && beslissing(2).map(b -> !b.geldt()).orElse(false);
    }

    /**
     * The professional may go on to the melding: melden is necessary and either the beslissingen are recorded, or
     * acute onveiligheid is established, when the accelerated path skips the earlier steps (rule 26).
     */
    public boolean meldenMogelijk() {
        if (!meldenNodig()) {
            return false;
        }
        return acuteOnveiligheid() || (beslissingenMogelijk() && beslissing(1).isPresent());
    }

    /** The afwegingen lead to closing the dossier: afweging 1 = nee, or help closed with agreements (rule 8). */
    public boolean afsluitenAdvies() {
        return evaluatie.outcome() == Outcome.AFSLUITEN || evaluatie.outcome() == Outcome.HULP_AFSLUITEN_MET_AFSPRAKEN;
    }

    // --- what comes next ---

    /** The part of steps 4 and 5 that the professional does next. */
    public enum Volgende {
        /** The afweging asked now ({@link #vraag()}). */
        AFWEGING,
        /** The plan of the help offered, with its re-evaluation date (rule 6). */
        HULPPLAN,
        BESLISSING_1,
        BESLISSING_2,
        /** Nothing is asked here now: what the afwegingen and beslissingen lead to (melden, help, closing). */
        UITKOMST
    }

    /**
     * What the professional does next on the afwegingen page, in the meldcode's order: the afweging asked now, the
     * hulpplan when help is offered, beslissing 1, beslissing 2 (rule 11), else the outcome. Afwegingen 3 to 5 that are
     * answered together with Veilig Thuis (rule 3) come after the melding, so before it the outcome (melden) is next.
     * Under the employee-offence route (rule 27) nothing is asked.
     */
    public Volgende volgende() {
        var vraag = vraag();
        if (vraag != null
                && !medewerkerRoute
                && (!samenMetVeiligThuis(vraag.number())
                        || !payloads(Melding.class).isEmpty())) {
            return Volgende.AFWEGING;
        }
        if (hulpplanNodig()) {
            return Volgende.HULPPLAN;
        }
        if (beslissingenMogelijk() && beslissing(1).isEmpty()) {
            return Volgende.BESLISSING_1;
        }
        if (beslissingenMogelijk() && beslissing2Gevraagd() && beslissing(2).isEmpty()) {
            return Volgende.BESLISSING_2;
        }
        return Volgende.UITKOMST;
    }

    // --- helpers ---

    private <T extends EntryPayload> List<T> payloads(Class<T> type) {
        return inForce.stream().flatMap(e -> e.payload(type).stream()).toList();
    }

    private Optional<JournalEntry<EntryPayload>> latest(Class<? extends EntryPayload> type) {
        JournalEntry<EntryPayload> found = null;
        for (JournalEntry<EntryPayload> e : inForce) {
            if (type.isInstance(e.payload())) {
                found = e;
            }
        }
        return Optional.ofNullable(found);
    }

    private static Answers answers(Map<Integer, JournalEntry<EntryPayload>> latest, boolean disclosure) {
        Map<Integer, Afweging> byNumber = new LinkedHashMap<>();
        latest.forEach((n, e) -> byNumber.put(n, (Afweging) e.payload()));
        Afweging hulp = byNumber.get(3);
        HulpVereisten vereisten = hulp == null || !hulp.antwoord() ? null : vereisten(hulp.vereisten());
        return new Answers(
                antwoord(byNumber, 1),
                antwoord(byNumber, 2),
                disclosure ? Boolean.TRUE : null,
                antwoord(byNumber, 3),
                antwoord(byNumber, 4),
                antwoord(byNumber, 5),
                vereisten,
                byNumber.containsKey(2) ? byNumber.get(2).onveiligheid() : null);
    }

    private static @Nullable Boolean antwoord(Map<Integer, Afweging> byNumber, int nummer) {
        Afweging a = byNumber.get(nummer);
        return a == null ? null : a.antwoord();
    }

    static HulpVereisten vereisten(Set<HulpVereiste> met) {
        Set<HulpVereiste> m = met.isEmpty() ? EnumSet.noneOf(HulpVereiste.class) : EnumSet.copyOf(met);
        return new HulpVereisten(
                m.contains(HulpVereiste.ZICHT_OP_VEILIGHEID),
                m.contains(HulpVereiste.AFSPRAKEN_OVER_SAMENWERKING_EN_REGIE),
                m.contains(HulpVereiste.ZICHT_OP_HERHALING_EN_PATRONEN),
                m.contains(HulpVereiste.FOCUS_OP_VEILIGHEID),
                m.contains(HulpVereiste.AANDACHT_VOOR_HERSTEL));
    }
}
