package nl.schakel.veiligthuis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.schakel.Browser;
import nl.schakel.TestActors;
import nl.schakel.TestMeldingen;
import nl.schakel.WebITSupport;
import nl.schakel.afwegingskader.Onveiligheid;
import nl.schakel.dossier.AfwegingManagement;
import nl.schakel.dossier.DossierManagement;
import nl.schakel.dossier.DossierManagement.NewBetrokkene;
import nl.schakel.dossier.MeldingManagement;
import nl.schakel.dossier.NewAfweging;
import nl.schakel.dossier.NewBeslissing;
import nl.schakel.dossier.NewMelding;
import nl.schakel.dossier.NewSignaal;
import nl.schakel.dossier.domain.Melding;
import nl.schakel.keten.KetenManagement;
import nl.schakel.shared.Actor;
import nl.schakel.shared.Relatie;
import nl.schakel.shared.SignaalSoort;
import nl.schakel.shared.VormVanGeweld;
import nl.schakel.veiligthuis.domain.AcuutGemarkeerd;
import nl.schakel.veiligthuis.domain.AcuutGemarkeerd.MelderOordeel;
import nl.schakel.veiligthuis.domain.WachtrijRegel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A melding from a dossier carries the professional's judgement of the unsafety (issue 9): acute onveiligheid at
 * afweging 2 or a disclosure arrives acute at Veilig Thuis with the reason, on top of the region's queue at once (rule
 * 34), and the worker sees why on the queue row and the case page; structurele onveiligheid alone arrives not acute,
 * with the melder's judgement in the case's description.
 */
class AcuteMeldingIT extends WebITSupport {

    @Autowired
    DossierManagement dossiers;

    @Autowired
    AfwegingManagement afwegingen;

    @Autowired
    MeldingManagement meldingen;

    @Autowired
    KetenManagement keten;

    @Autowired
    VeiligThuisManagement veiligThuis;

    @Autowired
    Wachtrij wachtrij;

    /** A dossier of leerkracht with afweging 1 = ja and afweging 2 = ja of this kind, its melding sent to Demo-Noord. */
    private UUID zaakNa(String kind, Onveiligheid soort) {
        Actor leerkracht = TestActors.actor(jdbc, "leerkracht");
        UUID id =
                dossiers.open(leerkracht, List.of(new NewBetrokkene(kind, LocalDate.of(2016, 9, 1), "", Relatie.KIND)));
        dossiers.addSignaal(
                leerkracht,
                id,
                new NewSignaal(
                        dossiers.today(),
                        "Komt steeds met blauwe plekken.",
                        SignaalSoort.FEIT,
                        "",
                        Set.of(VormVanGeweld.KINDERMISHANDELING_LICHAMELIJK),
                        false));
        afwegingen.beantwoord(leerkracht, id, new NewAfweging(1, true, "Vermoeden.", Set.of(), "", null));
        afwegingen.beantwoord(leerkracht, id, new NewAfweging(2, true, "Onveilig thuis.", Set.of(), "", soort));
        if (!soort.acuut()) {
            afwegingen.beslis(leerkracht, id, new NewBeslissing(1, true, "Melden, meldnorm 1.", Set.of()));
        }
        UUID entry = meldingen.send(
                leerkracht,
                id,
                new NewMelding(
                        "Ik blijf het kind volgen.",
                        true,
                        "",
                        true,
                        TestMeldingen.noord(keten).id().value(),
                        "0612345678"));
        Melding melding = (Melding)
                dossiers.dossier(leerkracht, id).entry(entry).orElseThrow().payload();
        return TestMeldingen.zaakVan(jdbc, melding.meldingId());
    }

    @Test
    void aMeldingWithAcuteOnveiligheidArrivesAcuteWithTheReasonOnTopOfTheQueue() {
        UUID zaakId = zaakNa("Acuut Ketenkind", Onveiligheid.ACUUT);
        Actor vt = TestActors.actor(jdbc, "vt-noord");

        ZaakView zaak = veiligThuis.zaak(vt, zaakId);
        assertThat(zaak.zaak().acuut()).isTrue();
        assertThat(zaak.intake().acuut()).isTrue();
        // stored as the melder's judgement, shown in the page's language (ADR-0029)
        assertThat(zaak.acuutReden()).isEqualTo(AcuutGemarkeerd.doorMelder(List.of(MelderOordeel.ACUUT)));
        assertThat(zaak.latest(AcuutGemarkeerd.class)).isPresent();
        assertThat(zaak.intake().omschrijving()).contains("Acute onveiligheid volgens de melder");

        // rule 34: on top of every melding that is not acute, at once, with why
        List<WachtrijRegel> regels = wachtrij.regels(vt);
        int plaats = regels.stream().map(WachtrijRegel::zaakId).toList().indexOf(zaakId);
        assertThat(plaats).isNotNegative();
        assertThat(regels.subList(0, plaats)).allMatch(WachtrijRegel::acuut);
        assertThat(regels.get(plaats).acuutReden()).isEqualTo(AcuutGemarkeerd.doorMelder(List.of(MelderOordeel.ACUUT)));

        Browser b = browser().login("vt-noord");
        String rij = b.get("/veilig-thuis/wachtrij").body();
        assertThat(rij).contains("id=\"regel-" + zaakId + "\"");
        String regel = rij.substring(rij.indexOf("id=\"regel-" + zaakId + "\""));
        assertThat(regel.substring(0, regel.indexOf("</tr>")))
                .contains("Acuut")
                .contains("Acute onveiligheid volgens de melder (afweging 2)");
        assertThat(b.get("/veilig-thuis/zaken/" + zaakId).body())
                .contains("id=\"acuut\"")
                .contains("id=\"acuut-reden\"")
                .contains("Acute onveiligheid volgens de melder (afweging 2)");
        // in English, the reason is English too, with the Dutch terms marked (ADR-0029)
        assertThat(b.get("/veilig-thuis/zaken/" + zaakId + "?taal=en").body())
                .contains("From the <span lang=\"nl\">melder</span> with the <span lang=\"nl\">melding</span>.")
                .contains("Acute unsafety according to the <span lang=\"nl\">melder</span>")
                .doesNotContain("Van de melder bij de melding")
                // the intake's description stays as stored, in Dutch, and says so
                .contains("<p class=\"prewrap\" lang=\"nl\">Melding uit een Schakel-dossier.");
    }

    @Test
    void aDisclosureArrivesAcuteWithTheReason() {
        UUID meldingId = TestMeldingen.vanuitDossier(
                        dossiers,
                        meldingen,
                        keten,
                        jdbc,
                        "Disclosure Ketenkind",
                        "",
                        "Vertelde zelf dat papa haar slaat.",
                        "Ik blijf haar volgen.")
                .meldingId();
        UUID zaakId = TestMeldingen.zaakVan(jdbc, meldingId);

        ZaakView zaak = veiligThuis.zaak(TestActors.actor(jdbc, "vt-noord"), zaakId);
        assertThat(zaak.zaak().acuut()).isTrue();
        assertThat(zaak.acuutReden()).isEqualTo(AcuutGemarkeerd.doorMelder(List.of(MelderOordeel.DISCLOSURE)));
    }

    @Test
    void structureleOnveiligheidAloneArrivesNotAcuteWithTheMeldersJudgement() {
        UUID zaakId = zaakNa("Structureel Ketenkind", Onveiligheid.STRUCTUREEL);
        Actor vt = TestActors.actor(jdbc, "vt-noord");

        ZaakView zaak = veiligThuis.zaak(vt, zaakId);
        assertThat(zaak.zaak().acuut()).isFalse();
        assertThat(zaak.acuutReden()).isNull();
        assertThat(zaak.latest(AcuutGemarkeerd.class)).isEmpty();
        assertThat(zaak.intake().omschrijving())
                .contains("Structurele onveiligheid volgens de melder (afweging 2), geen acute onveiligheid.");
        assertThat(wachtrij.regels(vt))
                .filteredOn(r -> r.zaakId().equals(zaakId))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.acuut()).isFalse();
                    assertThat(r.acuutReden()).isNull();
                });
        assertThat(browser()
                        .login("vt-noord")
                        .get("/veilig-thuis/zaken/" + zaakId)
                        .body())
                .doesNotContain("id=\"acuut\"")
                .contains("Structurele onveiligheid volgens de melder");
    }
}
