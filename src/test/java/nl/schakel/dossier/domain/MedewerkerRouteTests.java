package nl.schakel.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.schakel.shared.Beroepscluster;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.Role;
import nl.schakel.shared.UserId;
import nl.schakel.shared.journal.Journal;
import nl.schakel.shared.journal.JournalEntry;
import org.junit.jupiter.api.Test;

class MedewerkerRouteTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 12);
    private static final UUID DOSSIER = UUID.randomUUID();
    private static final UserId AUTHOR = new UserId(UUID.randomUUID());
    private static final Instant T0 = Instant.parse("2026-05-12T08:00:00Z");

    @Test
    void rule27_anEmployeeOffenceInChildcareOrEducationFollowsTheEmployeeRouteInsteadOfTheHomeAfwegingskader() {
        assertThat(MedewerkerRoute.isAvailableTo(Beroepscluster.KINDEROPVANG)).isTrue();
        assertThat(MedewerkerRoute.isAvailableTo(Beroepscluster.ONDERWIJS)).isTrue();
        assertThat(MedewerkerRoute.isAvailableTo(Beroepscluster.ARTSEN)).isFalse();
        assertThat(MedewerkerRoute.isAvailableTo(null)).isFalse();
        assertThat(MedewerkerRoute.isAvailableTo(Beroepscluster.ONDERWIJS, true))
                .isTrue();
        assertThat(MedewerkerRoute.isAvailableTo(Beroepscluster.ONDERWIJS, false))
                .as("a meldprotocol without the route")
                .isFalse();
        assertThat(MedewerkerRoute.isAvailableTo(Beroepscluster.ARTSEN, true)).isFalse();

        Journal<EntryPayload> journal = new Journal<EntryPayload>(DOSSIER, List.of());
        assertThat(MedewerkerRoute.homeAfwegingskaderApplies(journal)).isTrue();

        MedewerkerRoute route =
                MedewerkerRoute.of(TODAY.minusDays(2), TODAY.minusDays(1), "Aangifte doen.", true, TODAY, TODAY);
        JournalEntry<EntryPayload> entry = journal.append(AUTHOR, "Lotte", Role.BEROEPSKRACHT, route, T0);
        assertThat(MedewerkerRoute.homeAfwegingskaderApplies(new Journal<EntryPayload>(DOSSIER, List.of(entry))))
                .isFalse();
    }

    @Test
    void theHouderDateAndTheAangifteAnswerAreRequiredAndAdviceComesWithItsDate() {
        assertThatThrownBy(() -> MedewerkerRoute.of(null, null, "advies zonder datum", null, null, TODAY))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsOnlyKeys("houderGeinformeerd", "inspecteurGeraadpleegd", "aangifte"));
        assertThatThrownBy(() -> MedewerkerRoute.of(TODAY, TODAY.plusDays(1), " ", true, null, TODAY))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsOnlyKeys("inspecteurGeraadpleegd", "inspecteurAdvies", "aangifteDatum"));

        MedewerkerRoute noReport = MedewerkerRoute.of(TODAY, null, "", false, TODAY, TODAY);
        assertThat(noReport.aangifteDatum()).isNull();
        assertThat(noReport.inspecteurAdvies()).isNull();
    }
}
