package nl.schakel.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What the denied handler takes from a refused page's address for the owner's access-log row (ADR-0042): the first two
 * ids, however many the asker typed (each is a lookup), and at most 300 characters of the address.
 */
class RefusedAddressTests {

    @Test
    void onlyTheFirstTwoIdsOfAnAddressAreLookedUp() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        StringBuilder address = new StringBuilder("/veilig-thuis/zaken/" + a + "/betrokkenen/" + b);
        for (int i = 0; i < 400; i++) {
            address.append('/').append(UUID.randomUUID());
        }

        assertThat(SecurityConfiguration.ids(address.toString())).containsExactly(a, b);
        assertThat(SecurityConfiguration.ids("/dossiers/" + a)).containsExactly(a);
    }

    @Test
    void aLongAddressIsShortenedInTheRow() {
        String kort = "/beheer/leden/" + UUID.randomUUID();
        assertThat(SecurityConfiguration.shortened(kort)).isEqualTo(kort);
        assertThat(SecurityConfiguration.shortened("/" + "x".repeat(10_000)))
                .hasSize(301)
                .endsWith("…");
    }
}
