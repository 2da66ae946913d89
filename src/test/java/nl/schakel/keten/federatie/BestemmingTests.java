package nl.schakel.keten.federatie;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.schakel.shared.TenantId;
import org.junit.jupiter.api.Test;

/** Where a message to a tenant goes: here when the tenant is local, else the party that serves it, else nowhere. */
class BestemmingTests {

    private static final TenantId REGIO = TenantId.random();
    private static final Partij NOORD = new Partij(
            "00000001000000000002",
            "Veilig Thuis Noord",
            URI.create("https://noord.example:8443"),
            Map.of(REGIO, "Demo-Noord"),
            Set.of(),
            false);

    @Test
    void aLocalTenantIsServedHere() {
        Bestemming b = Bestemming.kies(REGIO, true, Optional.empty()).orElseThrow();

        assertThat(b.hier()).isTrue();
        assertThat(b.partij()).isNull();
    }

    @Test
    void aLocalTenantStaysHereEvenWhenAPartyNamesIt() {
        Bestemming b = Bestemming.kies(REGIO, true, Optional.of(NOORD)).orElseThrow();

        assertThat(b.hier()).isTrue();
    }

    @Test
    void aTenantOnlyAPartyServesGoesToThatParty() {
        Bestemming b = Bestemming.kies(REGIO, false, Optional.of(NOORD)).orElseThrow();

        assertThat(b.hier()).isFalse();
        assertThat(b.partij()).isEqualTo(NOORD);
    }

    @Test
    void aTenantNobodyServesHasNoDestination() {
        assertThat(Bestemming.kies(REGIO, false, Optional.empty())).isEmpty();
    }

    @Test
    void aSenderKindIsCheckedAgainstWhatThePartyServesAsThatKind() {
        assertThat(BerichtSoort.Afzender.REGIO.bedient(NOORD, REGIO)).isTrue();
        assertThat(BerichtSoort.Afzender.ORGANISATIE.bedient(NOORD, REGIO)).isFalse();
        assertThat(BerichtSoort.Afzender.REGISTER.bedient(NOORD, REGIO)).isFalse();
    }
}
