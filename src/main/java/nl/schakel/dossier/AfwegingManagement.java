package nl.schakel.dossier;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.schakel.afwegingskader.Kader;
import nl.schakel.afwegingskader.Kaders;
import nl.schakel.audit.ActionCode;
import nl.schakel.dossier.domain.Afsluiting;
import nl.schakel.dossier.domain.Afweging;
import nl.schakel.dossier.domain.Beslissing;
import nl.schakel.dossier.domain.Betrokkene;
import nl.schakel.dossier.domain.EntryPayload;
import nl.schakel.dossier.domain.Hulpplan;
import nl.schakel.dossier.domain.KaderKeuze;
import nl.schakel.dossier.domain.Signaal;
import nl.schakel.dossier.domain.Voortgang;
import nl.schakel.dossier.persistence.DossierStore;
import nl.schakel.shared.Actor;
import nl.schakel.shared.Beroepscluster;
import nl.schakel.shared.Herinneringen;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.journal.Journal;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Steps 4 and 5 of the meldcode in a dossier: the afwegingen asked one at a time under the actor's kader, the two
 * beslissingen, the outcomes (close, help with a re-evaluation date, melden) and closing and restarting a dossier.
 * Where the dossier stands is {@link Voortgang}'s to say; this facade finds the dossier, checks the input, appends
 * the entry and logs it, all through {@link DossierAccess}.
 */
@Service
public class AfwegingManagement implements Herinneringen {

    private final DossierAccess access;
    private final DossierManagement dossiers;
    private final DossierStore store;

    AfwegingManagement(DossierAccess access, DossierManagement dossiers, DossierStore store) {
        this.access = access;
        this.dossiers = dossiers;
        this.store = store;
    }

    /** Steps 4 and 5 of the dossier: the kader, the answers so far, the next question and what may follow. */
    @Transactional
    public AfwegingenView afwegingen(Actor by, UUID id) {
        DossierAccess.Found found = access.accessible(by, id, "dossier.afwegingen.read", ActionCode.R);
        access.log(by, "dossier.afwegingen.read", ActionCode.R, id, "afwegingen");
        Optional<Voortgang> voortgang =
                kader(by, found).map(k -> new Voortgang(found.journal(), k, found.betrokkenen(), access.today()));
        return new AfwegingenView(
                DossierView.of(found, store.vervolgVan(id).orElse(null)),
                voortgang.orElse(null),
                by.beroepscluster() == null && found.row().kaderCode() == null,
                access.today(),
                Voortgang.herbeoordelingNodig(found.journal(), access.today()));
    }

    /**
     * Records the beroepscluster a member without one chooses for this dossier, so that the kader is never left blank
     * nor guessed (rule 15). A member with a cluster works under its kader and chooses nothing, and so does anyone in
     * a dossier whose kader the meldprotocol gave.
     */
    @Transactional
    public UUID kiesBeroepscluster(Actor by, UUID id, @Nullable Beroepscluster beroepscluster) {
        if (by.beroepscluster() != null) {
            throw new InvalidInputException("beroepscluster", "kaderkeuze.fout.heeftcluster");
        }
        DossierAccess.Found found = access.accessible(by, id, "dossier.kaderkeuze.create", ActionCode.C);
        if (found.row().kaderCode() != null) {
            throw new InvalidInputException("beroepscluster", "kaderkeuze.fout.meldprotocol");
        }
        return access.append(by, found, "dossier.kaderkeuze.create", "kaderkeuze", KaderKeuze.of(beroepscluster))
                .id();
    }

    /** Records the answer to the afweging asked now, with its reason and the kader (code and version). */
    @Transactional
    public UUID beantwoord(Actor by, UUID id, NewAfweging antwoord) {
        DossierAccess.Found found = access.accessible(by, id, "dossier.afweging.create", ActionCode.C);
        Kader kader = requireKader(by, found);
        Afweging afweging = afweging(antwoord, kader, Map.of());
        new Voortgang(found.journal(), kader, found.betrokkenen(), access.today()).checkNieuw(afweging);
        UUID entry = access.append(by, found, "dossier.afweging.create", "afweging", afweging)
                .id();
        if (afweging.nummer() == 5) {
            store.handleHerinneringen(id, access.now());
        }
        return entry;
    }

    /**
     * Changes an answer in force with a correction entry and the reason for the change; answers after it that the
     * branch no longer allows are from then on shown as no longer in force.
     */
    @Transactional
    public UUID wijzig(Actor by, UUID id, UUID entryId, NewAfweging antwoord, String redenWijziging) {
        DossierAccess.Found found = access.accessible(by, id, "dossier.entry.correct", ActionCode.C);
        Kader kader = requireKader(by, found);
        Map<String, String> extra =
                redenWijziging.isBlank() || redenWijziging.strip().length() > Journal.MAX_REASON
                        ? Map.of("wijzigreden", "afweging.fout.wijzigreden")
                        : Map.of();
        Afweging afweging = afweging(antwoord, kader, extra);
        new Voortgang(found.journal(), kader, found.betrokkenen(), access.today()).checkWijziging(entryId, afweging);
        return dossiers.correct(by, id, entryId, afweging, redenWijziging);
    }

    /**
     * Records beslissing 1 or 2 with its reason; a beslissing recorded before is replaced by a correction entry with
     * the new reason. No beslissing before afweging 1 (rule 14), and the other preconditions of {@link Voortgang}.
     */
    @Transactional
    public UUID beslis(Actor by, UUID id, NewBeslissing beslissing) {
        DossierAccess.Found found = access.accessible(by, id, "dossier.beslissing.create", ActionCode.C);
        Voortgang voortgang =
                new Voortgang(found.journal(), requireKader(by, found), found.betrokkenen(), access.today());
        Beslissing checked =
                Beslissing.of(beslissing.nummer(), beslissing.antwoord(), beslissing.reden(), beslissing.vereisten());
        voortgang.checkBeslissing(checked);
        var earlier = voortgang.beslissingEntry(checked.nummer());
        if (earlier.isPresent()) {
            return dossiers.correct(by, id, earlier.get().id(), checked, checked.reden());
        }
        return access.append(by, found, "dossier.beslissing.create", "beslissing", checked)
                .id();
    }

    /**
     * Records the help offered or organised, by whom, and the date to re-evaluate afweging 5 (rule 6); only while
     * help is being offered. A new plan replaces the reminder of the one before.
     */
    @Transactional
    public UUID hulpplan(Actor by, UUID id, NewHulpplan plan) {
        DossierAccess.Found found = access.accessible(by, id, "dossier.hulpplan.create", ActionCode.C);
        Voortgang voortgang =
                new Voortgang(found.journal(), requireKader(by, found), found.betrokkenen(), access.today());
        Hulpplan checked = Hulpplan.of(plan.plan(), plan.wie(), plan.herbeoordeling(), access.today());
        if (voortgang.evaluatie().nextAfweging() != nl.schakel.afwegingskader.Afweging.RESULTAAT) {
            throw new InvalidInputException("", "hulpplan.fout.nietnu");
        }
        UUID entry = access.append(by, found, "dossier.hulpplan.create", "hulpplan", checked)
                .id();
        store.handleHerinneringen(id, access.now());
        return entry;
    }

    /**
     * Closes the dossier at any step with a note: the note is its last entry, its status becomes GESLOTEN and it
     * takes no new entries; it can be restarted (rule 22).
     */
    @Transactional
    public UUID sluitAf(Actor by, UUID id, String notitie) {
        UUID entry = access.append(by, id, "dossier.afsluiting.create", "afsluiting", Afsluiting.of(notitie))
                .id();
        store.updateStatus(id, DossierStatus.GESLOTEN);
        store.handleHerinneringen(id, access.now());
        return entry;
    }

    /**
     * Restarts a closed dossier (rule 22): a new open dossier of the actor with the same betrokkenen, which links to
     * the closed one; the closed one shows the link to it. A dossier is restarted once. Like any new dossier it
     * follows the meldprotocol in force now.
     *
     * @return the id of the new dossier
     */
    @Transactional
    public UUID herstart(Actor by, UUID id) {
        DossierAccess.Found found = access.accessible(by, id, "dossier.herstart", ActionCode.C);
        if (found.row().status() != DossierStatus.GESLOTEN) {
            throw new InvalidInputException("", "herstart.fout.open");
        }
        if (store.vervolgVan(id).isPresent()) {
            throw new InvalidInputException("", "herstart.fout.al");
        }
        UUID nieuw = UUID.randomUUID();
        dossiers.insert(by, found.row().tenantId(), nieuw, id);
        List<Betrokkene> betrokkenen = found.betrokkenen();
        for (int i = 0; i < betrokkenen.size(); i++) {
            Betrokkene b = betrokkenen.get(i);
            store.insertBetrokkene(
                    nieuw, i, new Betrokkene(UUID.randomUUID(), b.naam(), b.geboortedatum(), b.bsn(), b.relatie()));
        }
        access.log(by, "dossier.herstart", ActionCode.R, id, "betrokkenen");
        access.log(by, "dossier.create", ActionCode.C, nieuw, "herstart");
        return nieuw;
    }

    /**
     * What the melding to Veilig Thuis takes from steps 4 and 5: the afwegingen with their reasons, the beslissingen,
     * and whether it is for acute or structurele onveiligheid (then afwegingen 3 to 5 are "samen met Veilig Thuis",
     * rule 3).
     */
    @Transactional
    public MeldingBasis meldingBasis(Actor by, UUID id) {
        DossierAccess.Found found = access.accessible(by, id, "dossier.afwegingen.read", ActionCode.R);
        access.log(by, "dossier.afwegingen.read", ActionCode.R, id, "afwegingen");
        return meldingBasis(by, found);
    }

    /** {@link #meldingBasis(Actor, UUID)} for a dossier already found (and logged) in the caller's transaction. */
    MeldingBasis meldingBasis(Actor by, DossierAccess.Found found) {
        Journal<EntryPayload> journal = found.journal();
        Optional<Kader> kader =
                kader(by, found).or(() -> journal.latest(Afweging.class).flatMap(a -> Kaders.find(a.kaderCode())));
        if (kader.isEmpty()) {
            boolean disclosure = journal.current(Signaal.class).stream().anyMatch(Signaal::disclosure);
            return new MeldingBasis(
                    null, List.of(), null, null, disclosure, disclosure, false, false, null, disclosure, disclosure);
        }
        Voortgang v = new Voortgang(journal, kader.get(), found.betrokkenen(), access.today());
        List<Afweging> afwegingen = v.antwoorden().stream()
                .filter(Voortgang.Antwoord::vanKracht)
                .map(Voortgang.Antwoord::afweging)
                .sorted(Comparator.comparingInt(Afweging::nummer))
                .toList();
        return new MeldingBasis(
                kader.get().kaderVersion(),
                afwegingen,
                v.beslissing(1).orElse(null),
                v.beslissing(2).orElse(null),
                v.evaluatie().jointlyWithVeiligThuis(),
                v.disclosure(),
                v.acuutVolgensAfweging2(),
                v.structureleOnveiligheid(),
                v.evaluatie().meldnorm(),
                v.meldenNodig(),
                v.meldenMogelijk());
    }

    /** The open reminders to re-evaluate afweging 5 in the dossiers the actor owns (home page, dossier list). */
    @Override
    @Transactional
    public List<Herinnering> open(Actor by) {
        return access.herinneringen(
                by,
                "dossier.herinnering.list",
                tenant -> store.openHerinneringen(tenant, by.userId()).stream()
                        .map(h -> new Herinnering(
                                "/dossiers/" + h.dossierId() + "/afwegingen",
                                "herinnering.afweging5",
                                h.herbeoordeling()))
                        .toList());
    }

    /**
     * The dossier's kader: the one the meldprotocol in force at its opening gave its owner (issue 13); without one,
     * the kader of the actor's beroepscluster, else the one chosen for this dossier (rule 15); never a guess.
     */
    static Optional<Kader> kader(Actor by, DossierAccess.Found found) {
        String code = found.row().kaderCode();
        Optional<Kader> volgensProtocol = code == null ? Optional.empty() : Kaders.find(code);
        if (volgensProtocol.isPresent()) {
            return volgensProtocol;
        }
        Beroepscluster cluster = by.beroepscluster();
        if (cluster != null) {
            return Optional.of(Kaders.of(cluster));
        }
        return found.journal()
                .latest(KaderKeuze.class)
                .map(k -> Kaders.find(k.kaderCode()).orElseGet(() -> Kaders.of(k.beroepscluster())));
    }

    private static Kader requireKader(Actor by, DossierAccess.Found found) {
        return kader(by, found).orElseThrow(() -> new InvalidInputException("", "kaderkeuze.fout.nodig"));
    }

    private static Afweging afweging(NewAfweging a, Kader kader, Map<String, String> extra) {
        try {
            Afweging checked = Afweging.of(
                    a.nummer(),
                    a.antwoord(),
                    a.reden(),
                    kader.kaderVersion(),
                    a.vereisten(),
                    a.afspraken(),
                    a.onveiligheid());
            if (!extra.isEmpty()) {
                throw new InvalidInputException(extra);
            }
            return checked;
        } catch (InvalidInputException e) {
            if (e.fieldErrors().keySet().containsAll(extra.keySet())) {
                throw e;
            }
            Map<String, String> all = new LinkedHashMap<>(e.fieldErrors());
            all.putAll(extra);
            throw new InvalidInputException(all);
        }
    }
}
