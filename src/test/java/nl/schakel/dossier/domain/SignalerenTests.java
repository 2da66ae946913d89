package nl.schakel.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.UUID;
import nl.schakel.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class SignalerenTests {

    private static final UUID COLLEGA = UUID.fromString("8d1f7a52-3b1e-4c55-9a61-0f3a2b4c5d6e");

    @Test
    void rule24_aDossierOpenedByASignalOnlyMemberIsAssignedToTheConfiguredExecutor() {
        Uitvoerder ingesteld = Uitvoerder.collega(COLLEGA, "Ine Intern begeleider");

        Uitvoerder uitvoerder = Signaleren.uitvoerderBijOpenen(true, Optional.of(ingesteld));

        assertThat(uitvoerder.soort()).isEqualTo(Uitvoerder.Soort.COLLEGA);
        assertThat(uitvoerder.is(COLLEGA)).isTrue();
        assertThat(uitvoerder.naam()).isEqualTo("Ine Intern begeleider");
    }

    @Test
    void rule24_withoutAConfiguredColleagueTheAandachtsfunctionarissenRecordStepsTwoToFive() {
        assertThat(Signaleren.uitvoerderBijOpenen(true, Optional.empty()))
                .isEqualTo(Uitvoerder.AANDACHTSFUNCTIONARISSEN);
    }

    @Test
    void rule24_aMemberWhoDoesNotOnlySignalRecordsAllStepsOfTheirOwnDossier() {
        assertThat(Signaleren.uitvoerderBijOpenen(false, Optional.of(Uitvoerder.collega(COLLEGA, "Ine"))))
                .isEqualTo(Uitvoerder.EIGENAAR);
    }

    private static final UUID EIGENAAR = UUID.fromString("2b7c9e14-6f0a-4d3b-8e21-5c4d3e2f1a0b");

    @Test
    void rule24_aTeamTheMeldprotocolMakesSignalOnlyHandsTheDossierToTheUitvoerderItNames() {
        Uitvoerder volgensProtocol = Uitvoerder.collega(COLLEGA, "Lies Leidinggevende");

        assertThat(Signaleren.uitvoerderBijOpenen(
                        EIGENAAR, true, Optional.of(volgensProtocol), false, Optional.empty()))
                .isEqualTo(volgensProtocol);
        assertThat(Signaleren.uitvoerderBijOpenen(EIGENAAR, true, Optional.empty(), false, Optional.empty()))
                .isEqualTo(Uitvoerder.AANDACHTSFUNCTIONARISSEN);
    }

    @Test
    void rule24_theMeldprotocolGoesBeforeTheMemberSetting() {
        Uitvoerder volgensProtocol = Uitvoerder.collega(COLLEGA, "Lies Leidinggevende");
        Uitvoerder volgensLid = Uitvoerder.collega(UUID.randomUUID(), "Ine Intern begeleider");

        assertThat(Signaleren.uitvoerderBijOpenen(
                        EIGENAAR, true, Optional.of(volgensProtocol), true, Optional.of(volgensLid)))
                .isEqualTo(volgensProtocol);
        assertThat(Signaleren.uitvoerderBijOpenen(EIGENAAR, true, Optional.empty(), true, Optional.of(volgensLid)))
                .isEqualTo(Uitvoerder.AANDACHTSFUNCTIONARISSEN);
    }

    @Test
    void rule24_withoutASignalOnlyTeamTheMemberSettingStillHandsTheDossierOver() {
        Uitvoerder volgensLid = Uitvoerder.collega(COLLEGA, "Ine Intern begeleider");

        assertThat(Signaleren.uitvoerderBijOpenen(EIGENAAR, false, Optional.empty(), true, Optional.of(volgensLid)))
                .isEqualTo(volgensLid);
        assertThat(Signaleren.uitvoerderBijOpenen(
                        EIGENAAR, false, Optional.of(volgensLid), false, Optional.of(volgensLid)))
                .isEqualTo(Uitvoerder.EIGENAAR);
    }

    @Test
    void rule24_aSignalOnlyMemberIsNeverTheirOwnUitvoerder() {
        Uitvoerder zelf = Uitvoerder.collega(EIGENAAR, "Sanne Signaleerder");

        assertThat(Signaleren.uitvoerderBijOpenen(EIGENAAR, true, Optional.of(zelf), false, Optional.empty()))
                .isEqualTo(Uitvoerder.AANDACHTSFUNCTIONARISSEN);
        assertThat(Signaleren.uitvoerderBijOpenen(EIGENAAR, false, Optional.empty(), true, Optional.of(zelf)))
                .isEqualTo(Uitvoerder.AANDACHTSFUNCTIONARISSEN);
    }

    @Test
    void rule24_aMemberOnlySignalsWhenTheMeldprotocolOrTheMemberSettingSaysSo() {
        assertThat(Signaleren.alleenSignaleren(true, false)).isTrue();
        assertThat(Signaleren.alleenSignaleren(false, true)).isTrue();
        assertThat(Signaleren.alleenSignaleren(true, true)).isTrue();
        assertThat(Signaleren.alleenSignaleren(false, false)).isFalse();
    }

    @Test
    void rule24_aSignalOnlyMemberAddsSignalenOnly() {
        for (EntryKind kind : EntryKind.values()) {
            assertThat(Signaleren.magVastleggen(true, kind)).as(kind.name()).isEqualTo(kind == EntryKind.SIGNAAL);
            assertThat(Signaleren.magVastleggen(false, kind)).as(kind.name()).isTrue();
        }
    }

    @Test
    void onlyANamedColleagueExecutorHasAnIdAndAName() {
        assertThatThrownBy(() -> new Uitvoerder(Uitvoerder.Soort.COLLEGA, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Uitvoerder(Uitvoerder.Soort.AANDACHTSFUNCTIONARISSEN, COLLEGA, "X"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Uitvoerder.EIGENAAR.is(COLLEGA)).isFalse();
    }

    @Test
    void aDelingNamesTheColleagueAndItsToStringRevealsNoName() {
        Deling d = Deling.of(Deling.Handeling.GEDEELD, COLLEGA, "  Ine Intern begeleider ");

        assertThat(d.collegaNaam()).isEqualTo("Ine Intern begeleider");
        assertThat(d.kind()).isEqualTo(EntryKind.DELING);
        assertThat(d.toString()).doesNotContain("Ine");
        assertThatThrownBy(() -> Deling.of(null, null, " "))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("", "collega"));
    }
}
