package nl.schakel.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.schakel.TestActors;
import nl.schakel.WebITSupport;
import nl.schakel.afwegingskader.HulpVereiste;
import nl.schakel.afwegingskader.Onveiligheid;
import nl.schakel.dossier.DossierManagement.NewBetrokkene;
import nl.schakel.dossier.domain.Afweging;
import nl.schakel.identity.IdentityManagement;
import nl.schakel.organisation.OrganisationManagement;
import nl.schakel.shared.Actor;
import nl.schakel.shared.Beroepscluster;
import nl.schakel.shared.ConsultatieMet;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.NotFoundException;
import nl.schakel.shared.Relatie;
import nl.schakel.shared.Role;
import nl.schakel.shared.SignaalSoort;
import nl.schakel.shared.TenantId;
import nl.schakel.shared.TenantKind;
import nl.schakel.shared.VormVanGeweld;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Steps 4 and 5 through the facade: the afwegingen one at a time with kader and reason, the beslissingen, the
 * hulpplan with its reminder, closing and restarting; each write logged, and what the dossier adds to the rules.
 */
class AfwegingIT extends WebITSupport {

    @Autowired
    DossierManagement dossiers;

    @Autowired
    AfwegingManagement afwegingen;

    @Autowired
    HerbeoordelingHerinnering herinnering;

    @Autowired
    OrganisationManagement organisation;

    @Autowired
    IdentityManagement identity;

    private Actor actor(String username) {
        return TestActors.actor(jdbc, username);
    }

    private UUID open() {
        return dossiers.open(
                actor("leerkracht"),
                List.of(new NewBetrokkene("Sam Voorbeeld", LocalDate.of(2018, 3, 4), "111222333", Relatie.KIND)));
    }

    private UUID answer(UUID id, int nummer, boolean antwoord) {
        return afwegingen.beantwoord(
                actor("leerkracht"),
                id,
                new NewAfweging(
                        nummer,
                        antwoord,
                        "reden " + nummer,
                        nummer == 3 ? EnumSet.allOf(HulpVereiste.class) : Set.of(),
                        nummer == 5 ? "elke maand bellen" : "",
                        nummer == 2 && antwoord ? Onveiligheid.ACUUT : null));
    }

    private void signaal(UUID id, boolean disclosure, VormVanGeweld... vormen) {
        dossiers.addSignaal(
                actor("leerkracht"),
                id,
                new NewSignaal(dossiers.today(), "gezien", SignaalSoort.FEIT, "", Set.of(vormen), disclosure));
    }

    private int logRows(UUID dossier, String event) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM audit.access_log WHERE object_id = ? AND event = ? AND outcome = 'GESLAAGD'",
                Integer.class,
                dossier.toString(),
                event);
    }

    private int entries(UUID dossier) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM dossier.journal_entry WHERE dossier_id = ?", Integer.class, dossier);
    }

    @Test
    void eachAnswerIsAJournalEntryWithReasonAndKaderAndIsLoggedOnce() {
        UUID id = open();
        answer(id, 1, true);
        answer(id, 2, false);

        assertThat(logRows(id, "dossier.afweging.create")).isEqualTo(2);
        AfwegingenView view = afwegingen.afwegingen(actor("leerkracht"), id);
        assertThat(view.voortgang().kader().code()).isEqualTo("onderwijs");
        assertThat(view.voortgang().stapVanAfwegingen()).isEqualTo(4);
        assertThat(view.dossier().current(Afweging.class))
                .extracting(Afweging::nummer)
                .containsExactly(2, 1);
        Afweging eerste = view.dossier().current(Afweging.class).getLast();
        assertThat(eerste.reden()).isEqualTo("reden 1");
        assertThat(eerste.kaderCode()).isEqualTo("onderwijs");
        assertThat(eerste.kaderVersie()).isEqualTo("2019.1");
        assertThat(view.voortgang().vraag()).isEqualTo(nl.schakel.afwegingskader.Afweging.HULP);
    }

    @Test
    void anAnswerOutOfTurnOrWithoutReasonIsRefusedAndNothingIsSaved() {
        UUID id = open();
        assertThatThrownBy(() -> answer(id, 2, true))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("", "afweging.fout.nietaandebeurt"));
        assertThatThrownBy(() -> afwegingen.beantwoord(
                        actor("leerkracht"), id, new NewAfweging(1, null, " ", Set.of(), "", null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("antwoord", "reden"));
        assertThat(entries(id)).isZero();
        assertThat(logRows(id, "dossier.afweging.create")).isZero();
    }

    @Test
    void someoneElseIsToldNotFound() {
        UUID id = open();
        assertThatThrownBy(() ->
                        afwegingen.beantwoord(actor("huisarts"), id, new NewAfweging(1, true, "r", Set.of(), "", null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> afwegingen.afwegingen(actor("beheer-school"), id))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void rule15_aMemberWithoutClusterChoosesOneAndTheKaderIsNeverGuessed() {
        // In an organisation without a meldprotocol: under one, its rule gives every dossier its kader.
        TenantId tenant = organisation.createSystemTenant(
                "School zonder meldprotocol " + UUID.randomUUID().toString().substring(0, 8),
                TenantKind.ORGANISATIE,
                Set.of("onderwijs"),
                Set.of(Beroepscluster.ONDERWIJS));
        String username = TestActors.enrolledMember(
                identity, tenant, "zonder-protocol", null, null, Role.BEROEPSKRACHT, Beroepscluster.ONDERWIJS);
        Actor leerkracht = actor(username);
        UUID id = dossiers.open(
                leerkracht,
                List.of(new NewBetrokkene("Sam Voorbeeld", LocalDate.of(2018, 3, 4), "111222333", Relatie.KIND)));
        Actor zonder = TestActors.withoutCluster(leerkracht);

        AfwegingenView before = afwegingen.afwegingen(zonder, id);
        assertThat(before.voortgang()).isNull();
        assertThat(before.kiesCluster()).isTrue();
        assertThatThrownBy(() -> afwegingen.beantwoord(zonder, id, new NewAfweging(1, true, "r", Set.of(), "", null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("", "kaderkeuze.fout.nodig"));
        assertThatThrownBy(() -> afwegingen.kiesBeroepscluster(leerkracht, id, Beroepscluster.ARTSEN))
                .isInstanceOf(InvalidInputException.class);

        afwegingen.kiesBeroepscluster(zonder, id, Beroepscluster.ARTSEN);
        afwegingen.beantwoord(zonder, id, new NewAfweging(1, true, "r", Set.of(), "", null));

        AfwegingenView after = afwegingen.afwegingen(zonder, id);
        assertThat(after.voortgang().kader().code()).isEqualTo("artsen");
        assertThat(after.voortgang().stapVanAfwegingen()).isEqualTo(5);
        assertThat(after.dossier().current(Afweging.class).getFirst().kaderCode())
                .isEqualTo("artsen");
        // The member with a cluster works under the kader of that cluster.
        assertThat(afwegingen.afwegingen(leerkracht, id).voortgang().kader().code())
                .isEqualTo("onderwijs");
    }

    @Test
    void changingAnEarlierAnswerIsACorrectionAndLaterAnswersStopCounting() {
        UUID id = open();
        UUID eerste = answer(id, 1, true);
        answer(id, 2, false);

        assertThatThrownBy(() -> afwegingen.wijzig(
                        actor("leerkracht"),
                        id,
                        eerste,
                        new NewAfweging(1, false, "toch niet", Set.of(), "", null),
                        " "))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("wijzigreden"));
        UUID correctie = afwegingen.wijzig(
                actor("leerkracht"),
                id,
                eerste,
                new NewAfweging(1, false, "toch niet", Set.of(), "", null),
                "gesprek met ouders");

        assertThat(jdbc.queryForObject(
                        "SELECT corrects FROM dossier.journal_entry WHERE id = ?", UUID.class, correctie))
                .isEqualTo(eerste);
        var v = afwegingen.afwegingen(actor("leerkracht"), id).voortgang();
        assertThat(v.antwoord(2)).isEmpty();
        assertThat(v.antwoorden()).filteredOn(a -> a.afweging().nummer() == 2).allMatch(a -> !a.vanKracht());
        assertThat(v.afsluitenAdvies()).isTrue();
    }

    @Test
    void rule13_aDisclosureSignaalPresetsAfweging2AndNeeCannotBeAnswered() {
        UUID id = open();
        signaal(id, true);
        answer(id, 1, true);

        var v = afwegingen.afwegingen(actor("leerkracht"), id).voortgang();
        assertThat(v.vraag()).isEqualTo(nl.schakel.afwegingskader.Afweging.HULP);
        assertThatThrownBy(() -> answer(id, 2, false)).isInstanceOf(InvalidInputException.class);
        assertThat(afwegingen.meldingBasis(actor("leerkracht"), id).acuteOfStructureleOnveiligheid())
                .isTrue();
    }

    @Test
    void rule3_theMeldingBasisMarksAfwegingen3To5TogetherWithVeiligThuis() {
        UUID id = open();
        answer(id, 1, true);
        answer(id, 2, true);
        answer(id, 3, true);

        MeldingBasis basis = afwegingen.meldingBasis(actor("leerkracht"), id);
        assertThat(basis.acuteOfStructureleOnveiligheid()).isTrue();
        assertThat(basis.samenMetVeiligThuis(3)).isTrue();
        assertThat(basis.samenMetVeiligThuis(2)).isFalse();
        assertThat(basis.afwegingen()).extracting(Afweging::nummer).containsExactly(1, 2, 3);
        assertThat(basis.afwegingen()).extracting(Afweging::reden).containsExactly("reden 1", "reden 2", "reden 3");
        assertThat(basis.meldnorm()).isEqualTo(nl.schakel.afwegingskader.Meldnorm.NORM_1);
        assertThat(basis.meldenMogelijk()).isTrue();
        // The dossier stays open after the melding: afweging 4 is asked next, together with Veilig Thuis.
        var v = afwegingen.afwegingen(actor("leerkracht"), id).voortgang();
        assertThat(v.vraag()).isEqualTo(nl.schakel.afwegingskader.Afweging.ACCEPTATIE);
        assertThat(v.samenMetVeiligThuis(4)).isTrue();
    }

    @Test
    void theBeslissingenAreRecordedWithTheirReasonsAndRule14Rule25Apply() {
        UUID id = open();
        signaal(id, false, VormVanGeweld.EERGERELATEERD_GEWELD);
        NewBeslissing b1 = new NewBeslissing(1, true, "melden", Set.of());
        assertThatThrownBy(() -> afwegingen.beslis(actor("leerkracht"), id, b1))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("", "voortgang.blokkade.afweging1"));
        answer(id, 1, true);
        answer(id, 2, false);
        answer(id, 3, false);
        assertThatThrownBy(() -> afwegingen.beslis(actor("leerkracht"), id, b1))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("", "voortgang.blokkade.deskundige"));
        dossiers.addConsultatie(
                actor("leerkracht"),
                id,
                new NewConsultatie(dossiers.today(), ConsultatieMet.DESKUNDIGE, "Deskundige eer", "Melden."));

        assertThatThrownBy(
                        () -> afwegingen.beslis(actor("leerkracht"), id, new NewBeslissing(1, false, "niet", Set.of())))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("antwoord", "beslissing.fout.nietmogelijk"));
        afwegingen.beslis(actor("leerkracht"), id, b1);
        afwegingen.beslis(actor("leerkracht"), id, new NewBeslissing(2, false, "geen hulp mogelijk", Set.of()));

        MeldingBasis basis = afwegingen.meldingBasis(actor("leerkracht"), id);
        assertThat(basis.beslissing1().reden()).isEqualTo("melden");
        assertThat(basis.beslissing2().reden()).isEqualTo("geen hulp mogelijk");
        assertThat(basis.meldnorm()).isEqualTo(nl.schakel.afwegingskader.Meldnorm.NORM_2);
        assertThat(basis.acuteOfStructureleOnveiligheid()).isFalse();
        assertThat(basis.meldenMogelijk()).isTrue();
        assertThat(logRows(id, "dossier.beslissing.create")).isEqualTo(2);
    }

    @Test
    void rule6_helpHasAPlanAndOnItsDateTheScheduledJobRecordsAReminderForTheOwner() {
        UUID id = open();
        answer(id, 1, true);
        answer(id, 2, false);
        answer(id, 3, true);
        answer(id, 4, true);
        LocalDate datum = dossiers.today().plusDays(14);
        assertThatThrownBy(() -> afwegingen.hulpplan(
                        actor("leerkracht"), id, new NewHulpplan("gesprekken", "", dossiers.today())))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("wie", "herbeoordeling"));
        afwegingen.hulpplan(actor("leerkracht"), id, new NewHulpplan("gesprekken", "intern begeleider", datum));

        herinnering.recordDue();
        assertThat(herinneringenVoor(id)).isZero();

        Instant realNow = clock.instant();
        try {
            clock.set(realNow.plus(Duration.ofDays(15)));
            herinnering.recordDue();
            herinnering.recordDue();
        } finally {
            clock.set(realNow);
        }
        assertThat(herinneringenVoor(id)).isEqualTo(1);
        assertThat(afwegingen.open(actor("leerkracht")))
                .anySatisfy(h -> assertThat(h.href()).isEqualTo("/dossiers/" + id + "/afwegingen"));
        assertThat(afwegingen.open(actor("af-school"))).noneMatch(h -> h.href().contains(id.toString()));
        // On the owner's home page and dossier list.
        var owner = browser().login("leerkracht");
        String page = "/dossiers/" + id + "/afwegingen";
        assertThat(owner.get("/").body())
                .contains("Beoordeel afweging 5 opnieuw")
                .contains("href=\"" + page + "\"");
        assertThat(owner.get("/dossiers").body()).contains("href=\"" + page + "\"");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM audit.access_log WHERE object_id = ? AND event = ?",
                        Integer.class,
                        id.toString(),
                        HerbeoordelingHerinnering.EVENT))
                .isEqualTo(1);

        // Afweging 5 = nee: (re)melden (rule 7), and the reminder is dealt with.
        answer(id, 5, false);
        assertThat(afwegingen.open(actor("leerkracht"))).noneMatch(h -> h.href().contains(id.toString()));
        MeldingBasis basis = afwegingen.meldingBasis(actor("leerkracht"), id);
        assertThat(basis.meldnorm()).isEqualTo(nl.schakel.afwegingskader.Meldnorm.NORM_3);
        assertThat(basis.meldenNodig()).isTrue();
    }

    @Test
    void rule8_afweging5JaClosesTheHelpOnlyWithAgreements() {
        UUID id = open();
        answer(id, 1, true);
        answer(id, 2, false);
        answer(id, 3, true);
        answer(id, 4, true);
        afwegingen.hulpplan(
                actor("leerkracht"),
                id,
                new NewHulpplan(
                        "gesprekken", "intern begeleider", dossiers.today().plusDays(1)));
        assertThatThrownBy(() -> afwegingen.beantwoord(
                        actor("leerkracht"), id, new NewAfweging(5, true, "gaat goed", Set.of(), " ", null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("afspraken"));
        answer(id, 5, true);
        var v = afwegingen.afwegingen(actor("leerkracht"), id).voortgang();
        assertThat(v.evaluatie().outcome()).isEqualTo(nl.schakel.afwegingskader.Outcome.HULP_AFSLUITEN_MET_AFSPRAKEN);
        assertThat(v.antwoord(5).orElseThrow().afweging().afspraken()).isEqualTo("elke maand bellen");
    }

    @Test
    void rule1_afweging1NeeAllowsOnlyBeslissing1NeeNoMeldingAndClosesWithANote() {
        UUID id = open();
        answer(id, 1, false);

        assertThatThrownBy(() -> afwegingen.beslis(actor("leerkracht"), id, new NewBeslissing(1, true, "r", Set.of())))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("antwoord", "beslissing.fout.nietmogelijk"));
        afwegingen.beslis(actor("leerkracht"), id, new NewBeslissing(1, false, "geen vermoeden", Set.of()));
        var v = afwegingen.afwegingen(actor("leerkracht"), id).voortgang();
        assertThat(v.beslissing2Gevraagd()).isFalse();
        assertThat(v.afsluitenAdvies()).isTrue();
        MeldingBasis basis = afwegingen.meldingBasis(actor("leerkracht"), id);
        assertThat(basis.meldenNodig()).isFalse();
        assertThat(basis.meldenMogelijk()).isFalse();

        afwegingen.sluitAf(actor("leerkracht"), id, "Geen vermoeden na gesprek.");
        DossierView closed = dossiers.dossier(actor("leerkracht"), id);
        assertThat(closed.status()).isEqualTo(DossierStatus.GESLOTEN);
        assertThat(closed.current(nl.schakel.dossier.domain.Afsluiting.class))
                .extracting(nl.schakel.dossier.domain.Afsluiting::notitie)
                .containsExactly("Geen vermoeden na gesprek.");
    }

    @Test
    void rule22_aClosedDossierRefusesEntriesAndIsRestartedAsANewLinkedDossier() {
        UUID id = open();
        answer(id, 1, false);
        assertThatThrownBy(() -> afwegingen.herstart(actor("leerkracht"), id))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("", "herstart.fout.open"));
        assertThatThrownBy(() -> afwegingen.sluitAf(actor("leerkracht"), id, " "))
                .isInstanceOf(InvalidInputException.class);

        afwegingen.sluitAf(actor("leerkracht"), id, "Geen vermoeden meer.");
        assertThat(dossiers.dossier(actor("leerkracht"), id).status()).isEqualTo(DossierStatus.GESLOTEN);
        int before = entries(id);
        assertThatThrownBy(() -> signaal(id, false))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("", "dossier.fout.gesloten"));
        UUID eerste =
                dossiers.dossier(actor("leerkracht"), id).journal().getLast().id();
        assertThatThrownBy(() -> afwegingen.wijzig(
                        actor("leerkracht"), id, eerste, new NewAfweging(1, true, "toch", Set.of(), "", null), "reden"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> afwegingen.sluitAf(actor("leerkracht"), id, "nog eens"))
                .isInstanceOf(InvalidInputException.class);
        assertThat(entries(id)).isEqualTo(before);

        UUID nieuw = afwegingen.herstart(actor("leerkracht"), id);

        DossierView vervolg = dossiers.dossier(actor("af-school"), nieuw);
        assertThat(vervolg.status()).isEqualTo(DossierStatus.OPEN);
        assertThat(vervolg.vorigDossier()).isEqualTo(id);
        assertThat(vervolg.betrokkenen())
                .extracting(BetrokkeneView::naam, BetrokkeneView::bsn)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Sam Voorbeeld", "111222333"));
        assertThat(vervolg.journal()).isEmpty();
        assertThat(dossiers.dossier(actor("leerkracht"), id).vervolgDossier()).isEqualTo(nieuw);
        assertThatThrownBy(() -> afwegingen.herstart(actor("leerkracht"), id))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("", "herstart.fout.al"));
        assertThat(logRows(nieuw, "dossier.create")).isEqualTo(1);
        assertThat(logRows(id, "dossier.afsluiting.create")).isEqualTo(1);
        // The new dossier takes entries again.
        signaal(nieuw, false);
    }

    private int herinneringenVoor(UUID id) {
        return jdbc.queryForObject("SELECT count(*) FROM dossier.herinnering WHERE dossier_id = ?", Integer.class, id);
    }
}
