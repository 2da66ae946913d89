package nl.schakel.organisation;

import static nl.schakel.organisation.MeldprotocolVoorbeeld.AF;
import static nl.schakel.organisation.MeldprotocolVoorbeeld.DIRECTEUR;
import static nl.schakel.organisation.MeldprotocolVoorbeeld.GROEPEN;
import static nl.schakel.organisation.MeldprotocolVoorbeeld.LEIDER;
import static nl.schakel.organisation.MeldprotocolVoorbeeld.OPVANG;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import nl.schakel.shared.Beroepscluster;
import nl.schakel.shared.Role;
import nl.schakel.shared.TeamId;
import org.junit.jupiter.api.Test;

/** What a meldprotocol version says for a member: the kader, who runs steps 2–5, and which version is in force. */
class MeldprotocolTests {

    private static MeldprotocolVersie versie(int nummer, Meldprotocol inhoud) {
        return new MeldprotocolVersie(nummer, inhoud, Instant.EPOCH, "Bram Beheer");
    }

    private static final MeldprotocolVersie V1 = versie(1, MeldprotocolVoorbeeld.protocol());

    @Test
    void rule15_theTeamsRuleComesBeforeTheRolesAndTheRolesBeforeTheBeroepsclusters() {
        assertThat(V1.toepassing(OPVANG, Role.AANDACHTSFUNCTIONARIS, Beroepscluster.ARTSEN)
                        .kaderCode())
                .isEqualTo("kinderopvang");
        assertThat(V1.toepassing(GROEPEN, Role.AANDACHTSFUNCTIONARIS, Beroepscluster.ARTSEN)
                        .kaderCode())
                .isEqualTo("sociaal-werk-jeugd-en-gezin");
        assertThat(V1.toepassing(GROEPEN, Role.BEROEPSKRACHT, Beroepscluster.ARTSEN)
                        .kaderCode())
                .isEqualTo("artsen");
    }

    @Test
    void rule15_whoeverNoRuleNamesGetsTheKaderForEveryone() {
        assertThat(V1.toepassing(null, Role.BEROEPSKRACHT, null).kaderCode()).isEqualTo("onderwijs");
        assertThat(V1.toepassing(TeamId.random(), Role.BEROEPSKRACHT, Beroepscluster.ONDERWIJS)
                        .kaderCode())
                .isEqualTo("onderwijs");
    }

    @Test
    void rule24_aMemberOfASignalOnlyTeamHandsStepsTwoToFiveToTheNamedUitvoerder() {
        MeldprotocolToepassing t = V1.toepassing(OPVANG, Role.BEROEPSKRACHT, Beroepscluster.KINDEROPVANG);
        assertThat(t.versie()).isEqualTo(1);
        assertThat(t.alleenSignaleren()).isTrue();
        assertThat(t.uitvoerder()).contains(LEIDER);
        assertThat(t.eindverantwoordelijke()).contains(DIRECTEUR);
    }

    @Test
    void rule24_aSignalOnlyTeamWithoutANamedUitvoerderHandsOverToTheAandachtsfunctionarissen() {
        MeldprotocolVersie v = versie(
                2,
                MeldprotocolVoorbeeld.protocol(
                        List.of(
                                new Stapverdeling(null, false, null, null),
                                new Stapverdeling(OPVANG, true, null, null)),
                        List.of(new Aandachtsfunctionaris(AF, "af@school.example", ""))));
        MeldprotocolToepassing t = v.toepassing(OPVANG, Role.BEROEPSKRACHT, null);
        assertThat(t.alleenSignaleren()).isTrue();
        assertThat(t.uitvoerder()).isEmpty();
        assertThat(t.eindverantwoordelijke()).isEmpty();
    }

    @Test
    void aMemberOfATeamThatRunsTheStepsHasNoUitvoerder() {
        MeldprotocolToepassing t = V1.toepassing(GROEPEN, Role.BEROEPSKRACHT, Beroepscluster.ONDERWIJS);
        assertThat(t.alleenSignaleren()).isFalse();
        assertThat(t.uitvoerder()).isEmpty();
        assertThat(new Stapverdeling(GROEPEN, false, LEIDER, null).uitvoerder()).isNull();
    }

    @Test
    void anAandachtsfunctionarisInASignalOnlyTeamRunsTheStepsThemselves() {
        MeldprotocolToepassing t = V1.toepassing(OPVANG, Role.AANDACHTSFUNCTIONARIS, null);
        assertThat(t.alleenSignaleren()).isFalse();
        assertThat(t.uitvoerder()).isEmpty();
    }

    @Test
    void aMemberWithoutATeamOrInATeamWithoutItsOwnVerdelingFollowsTheVerdelingForTheRest() {
        MeldprotocolVersie v = versie(
                3,
                MeldprotocolVoorbeeld.protocol(
                        List.of(
                                new Stapverdeling(null, true, LEIDER, null),
                                new Stapverdeling(GROEPEN, false, null, null)),
                        List.of()));
        assertThat(v.toepassing(null, Role.BEROEPSKRACHT, null).uitvoerder()).contains(LEIDER);
        assertThat(v.toepassing(OPVANG, Role.BEROEPSKRACHT, null).alleenSignaleren())
                .isTrue();
        assertThat(v.toepassing(GROEPEN, Role.BEROEPSKRACHT, null).alleenSignaleren())
                .isFalse();
    }
}
