package nl.schakel.keten;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.schakel.keten.federatie.Soort;
import nl.schakel.keten.federatie.Uitgang;
import nl.schakel.keten.persistence.RegisterStore;
import nl.schakel.organisation.OrganisationManagement;
import nl.schakel.register.VtRegister;
import nl.schakel.shared.Instantie;
import nl.schakel.shared.TenantId;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;

/** Where a VT-register message goes when this instance does not serve the register. */
class KetenRegisterTests {

    private final RegisterStore store = mock(RegisterStore.class);
    private final VtRegister register = mock(VtRegister.class);
    private final Uitgang uitgang = mock(Uitgang.class);
    private final VeiligThuisRegio noord = new VeiligThuisRegio(TenantId.random(), "Veilig Thuis Demo-Noord");

    private KetenRegister met(Instantie.Rol... rollen) {
        return new KetenRegister(
                store,
                register,
                mock(OrganisationManagement.class),
                mock(ApplicationEventPublisher.class),
                Clock.systemUTC(),
                Instantie.met(rollen),
                "",
                uitgang);
    }

    @Test
    void withoutTheRegisterRoleARegistrationNeverReachesALocalRegisterButLeavesThroughTheOutbox() {
        when(store.insert(any(Registratie.class), any())).thenReturn(true);
        when(store.insert(any(Beeindiging.class), any())).thenReturn(true);
        KetenRegister keten = met(Instantie.Rol.ORGANISATIES, Instantie.Rol.REGIOS);

        Registratie registratie = new Registratie(
                UUID.randomUUID(),
                noord,
                UUID.randomUUID(),
                List.of(new Registratie.Persoon("Pseudoniem_van_een_kind_uit_de_test_0000000", Pseudoniemsoort.BSN, 1)),
                Instant.EPOCH,
                "0800-2000");
        Beeindiging beeindiging = new Beeindiging(UUID.randomUUID(), noord, UUID.randomUUID(), Instant.EPOCH);

        keten.registreer(registratie);
        keten.beeindig(beeindiging);

        verify(uitgang).naarRegister(Soort.REGISTRATIE, registratie.id(), noord.id());
        verify(uitgang).naarRegister(Soort.BEEINDIGING, beeindiging.id(), noord.id());
        verifyNoInteractions(register);
    }

    @Test
    void aRegistrationKeptBeforeIsNotSentAgain() {
        KetenRegister keten = met(Instantie.Rol.REGIOS, Instantie.Rol.REGISTER);

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
