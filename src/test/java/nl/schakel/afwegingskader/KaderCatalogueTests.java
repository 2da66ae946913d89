package nl.schakel.afwegingskader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.schakel.shared.Beroepscluster;
import org.junit.jupiter.api.Test;

/** A new version of a kader is current; the older one stays findable by the version a dossier recorded. */
class KaderCatalogueTests {

    @Test
    void theNewestVersionIsCurrentAndOlderVersionsStayFindable() {
        Kader onderwijs = Kaders.of(Beroepscluster.ONDERWIJS);
        Kader newer = withVersion(onderwijs, "2019.10");
        Kader between = withVersion(onderwijs, "2019.2");
        List<Kader> kaders = new ArrayList<>(Kaders.all());
        kaders.add(newer);
        kaders.add(between);

        KaderCatalogue catalogue = new KaderCatalogue(kaders);

        assertThat(catalogue.of(Beroepscluster.ONDERWIJS)).isSameAs(newer);
        assertThat(catalogue.find("onderwijs")).containsSame(newer);
        assertThat(catalogue.current()).hasSize(Beroepscluster.values().length).contains(newer);
        assertThat(catalogue.find(new KaderVersion("onderwijs", "2019.1"))).containsSame(onderwijs);
        assertThat(catalogue.find(new KaderVersion("onderwijs", "2019.2"))).containsSame(between);
        assertThat(catalogue.allVersions())
                .filteredOn(kader -> kader.beroepscluster() == Beroepscluster.ONDERWIJS)
                .containsExactly(onderwijs, between, newer);
    }

    private static Kader withVersion(Kader kader, String version) {
        return new Kader(
                kader.code(),
                version,
                kader.beroepscluster(),
                kader.stepOfAfwegingen(),
                kader.acuteOnveiligheid(),
                kader.structureleOnveiligheid(),
                kader.source());
    }
}
