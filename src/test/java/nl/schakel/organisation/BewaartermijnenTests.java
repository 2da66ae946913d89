package nl.schakel.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import nl.schakel.shared.Beroepscluster;
import org.junit.jupiter.api.Test;

/** The retention terms a new meldprotocol starts from, per beroepscluster (sources in {@link Bewaartermijnen}). */
class BewaartermijnenTests {

    @Test
    void aGpPracticeStartsFromTheWgbosTwentyYears() {
        assertThat(Bewaartermijnen.standaard(Set.of(Beroepscluster.ARTSEN)))
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.jaren()).isEqualTo(20);
                    assertThat(t.grondslag()).contains("7:454");
                });
    }

    @Test
    void youthCareStartsFromTheJeugdwetsTwentyYears() {
        assertThat(Bewaartermijnen.standaard(Set.of(Beroepscluster.SOCIAAL_WERK_JEUGD_EN_GEZIN)))
                .singleElement()
                .satisfies(t -> assertThat(t.grondslag()).contains("Jeugdwet"));
    }

    @Test
    void aSchoolStartsFromTheLeerlingdossierAndTheLeerlingadministratie() {
        assertThat(Bewaartermijnen.standaard(Set.of(Beroepscluster.ONDERWIJS)))
                .extracting(Bewaartermijn::jaren)
                .containsExactly(2, 5);
    }

    @Test
    void eachDossierTypeComesOnceForAnOrganisationWithSeveralClusters() {
        assertThat(Bewaartermijnen.standaard(Set.of(
                        Beroepscluster.ARTSEN,
                        Beroepscluster.VERPLEEGKUNDIGEN_EN_VERZORGENDEN,
                        Beroepscluster.KINDEROPVANG)))
                .extracting(Bewaartermijn::dossiersoort)
                .containsExactly("Medisch dossier", "Kinddossier");
    }

    @Test
    void theJusticeClustersHaveNoDefaultSinceNoStatutoryTermWasFound() {
        assertThat(Bewaartermijnen.standaard(Set.of(Beroepscluster.JUSTITIE_HALT)))
                .isEmpty();
    }
}
