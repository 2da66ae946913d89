package nl.schakel.keten;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.schakel.keten.persistence.RegisterStore;
import nl.schakel.organisation.OrganisationManagement;
import nl.schakel.register.VtRegister;
import nl.schakel.shared.TenantId;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;

/** Where a VT-register message goes when this instance does not serve the register. */
class KetenRegisterTests {

    private final RegisterStore store = mock(RegisterStore.class);
    private final VtRegister register = mock(VtRegister.class);
    private final VeiligThuisRegio noord = new VeiligThuisRegio(TenantId.random(), "Veilig Thuis Demo-Noord");

    private KetenRegister met(Set<String> rollen) {
        return new KetenRegister(
                store,
                register,
                mock(OrganisationManagement.class),
                mock(ApplicationEventPublisher.class),
                Clock.systemUTC(),
                rollen,
                "");
    }

    @Test
    void withoutTheRegisterRoleARegistrationNeverReachesALocalRegisterAndHasToLeaveThroughTheFederation() {
        when(store.insert(any(Registratie.class), any())).thenReturn(true);
        when(store.insert(any(Beeindiging.class), any())).thenReturn(true);
        KetenRegister keten = met(Set.of("ORGANISATIES", "REGIOS"));

        assertThatThrownBy(() -> keten.registreer(new Registratie(
                        UUID.randomUUID(),
                        noord,
                        UUID.randomUUID(),
                        List.of(new Registratie.Persoon(
                                "Pseudoniem_van_een_kind_uit_de_test_0000000", Pseudoniemsoort.BSN, 1)),
                        Instant.EPOCH,
                        "0800-2000")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("REGISTRATIE");
        assertThatThrownBy(() ->
                        keten.beeindig(new Beeindiging(UUID.randomUUID(), noord, UUID.randomUUID(), Instant.EPOCH)))
                .hasMessageContaining("BEEINDIGING");
        verifyNoInteractions(register);
    }

    @Test
    void aRegistrationKeptBeforeIsNotSentAgain() {
        KetenRegister keten = met(Set.of("REGIOS", KetenRegister.REGISTER));

        keten.registreer(new Registratie(
                UUID.randomUUID(),
                noord,
                UUID.randomUUID(),
                List.of(new Registratie.Persoon("Pseudoniem_van_een_kind_uit_de_test_0000000", Pseudoniemsoort.BSN, 1)),
                Instant.EPOCH,
                "0800-2000"));

        verifyNoInteractions(register);
    }
}
