package nl.schakel.keten.federatie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.schakel.shared.TenantId;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The settings {@code schakel.federatie.*} as written in a properties file, bound and checked into {@link Partijen}. */
class PartijenTests {

    static final String EIGEN_OIN = "00000001000000000001";
    static final String NOORD_OIN = "00000001000000000002";
    static final String REGISTER_OIN = "00000001000000000003";
    static final UUID NOORD = UUID.fromString("6f1f0b1e-0000-4000-8000-000000000001");
    static final UUID ZUID = UUID.fromString("6f1f0b1e-0000-4000-8000-000000000002");
    static final UUID SCHOOL = UUID.fromString("6f1f0b1e-0000-4000-8000-000000000003");

    @Test
    void offByDefaultWithNoParties() {
        FederatieInstellingen instellingen = bind(Map.of());

        assertThat(instellingen.enabled()).isFalse();
        assertThat(instellingen.adres()).isEqualTo("127.0.0.1");
        assertThat(instellingen.verbindTimeout()).isEqualTo(Duration.ofSeconds(5));
        Partijen partijen = new Partijen(instellingen);
        assertThat(partijen.alle()).isEmpty();
        assertThat(partijen.register()).isEmpty();
        assertThat(partijen.voor(new TenantId(NOORD))).isEmpty();
    }

    @Test
    void partiesAreIgnoredWhileFederationIsOff() {
        Map<String, String> settings = tweePartijen();
        settings.put("schakel.federatie.enabled", "false");

        assertThat(new Partijen(bind(settings)).alle()).isEmpty();
    }

    @Test
    void partiesAreFoundByOinAndByTheTenantsTheyServe() {
        Partijen partijen = new Partijen(bind(tweePartijen()));

        assertThat(partijen.alle()).extracting(Partij::naam).containsExactly("Veilig Thuis Noord", "Register en Zuid");
        Partij noord = partijen.vanOin(NOORD_OIN).orElseThrow();
        assertThat(noord.url()).isEqualTo(URI.create("https://127.0.0.1:9441"));
        assertThat(noord.regios()).containsExactly(Map.entry(new TenantId(NOORD), "Demo-Noord"));
        assertThat(noord.organisaties()).containsExactly(new TenantId(SCHOOL));
        assertThat(noord.register()).isFalse();
        assertThat(partijen.voor(new TenantId(NOORD))).contains(noord);
        assertThat(partijen.voor(new TenantId(SCHOOL))).contains(noord);
        assertThat(partijen.voor(new TenantId(ZUID))).map(Partij::oin).contains(REGISTER_OIN);
        assertThat(partijen.voor(TenantId.random())).isEmpty();
        assertThat(partijen.register()).map(Partij::oin).contains(REGISTER_OIN);
        assertThat(partijen.vanOin("00000001000000000009")).isEmpty();
        assertThat(noord.bedient(new TenantId(SCHOOL))).isTrue();
        assertThat(noord.bedient(new TenantId(ZUID))).isFalse();
    }

    @Test
    void enabledWithoutOwnOinOrKeyFilesDoesNotStart() {
        Map<String, String> settings = tweePartijen();
        settings.remove("schakel.federatie.oin");
        assertThatThrownBy(() -> bind(settings)).rootCause().hasMessageContaining("schakel.federatie.oin");

        Map<String, String> zonderKeystore = tweePartijen();
        zonderKeystore.remove("schakel.federatie.keystore");
        assertThatThrownBy(() -> bind(zonderKeystore)).rootCause().hasMessageContaining("schakel.federatie.keystore");
    }

    @Test
    void aBadPartyListDoesNotStart() {
        assertRefused("schakel.federatie.partijen[0].oin", "123", "partijen[0].oin");
        assertRefused("schakel.federatie.partijen[1].oin", NOORD_OIN, "twee keer");
        assertRefused("schakel.federatie.partijen[0].oin", EIGEN_OIN, "eigen OIN");
        assertRefused("schakel.federatie.partijen[0].url", "http://127.0.0.1:9441", "partijen[0].url");
        assertRefused("schakel.federatie.partijen[1].regios[0].id", NOORD.toString(), "twee partijen");
        assertRefused("schakel.federatie.partijen[0].register", "true", "register=true");
        assertRefused("schakel.federatie.partijen[1].naam", " ", "partijen[1].naam");
    }

    private static void assertRefused(String key, String value, String message) {
        Map<String, String> settings = tweePartijen();
        settings.put(key, value);
        assertThatThrownBy(() -> new Partijen(bind(settings)))
                .as(key + "=" + value)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(message);
    }

    static Map<String, String> tweePartijen() {
        Map<String, String> settings = new HashMap<>();
        settings.put("schakel.federatie.enabled", "true");
        settings.put("schakel.federatie.oin", EIGEN_OIN);
        settings.put("schakel.federatie.poort", "9440");
        settings.put("schakel.federatie.keystore", "/tmp/school.p12");
        settings.put("schakel.federatie.keystore-wachtwoord", "geheim");
        settings.put("schakel.federatie.truststore", "/tmp/ca.p12");
        settings.put("schakel.federatie.truststore-wachtwoord", "geheim");
        settings.put("schakel.federatie.partijen[0].oin", NOORD_OIN);
        settings.put("schakel.federatie.partijen[0].naam", "Veilig Thuis Noord");
        settings.put("schakel.federatie.partijen[0].url", "https://127.0.0.1:9441");
        settings.put("schakel.federatie.partijen[0].regios[0].id", NOORD.toString());
        settings.put("schakel.federatie.partijen[0].regios[0].naam", "Demo-Noord");
        settings.put("schakel.federatie.partijen[0].organisaties", SCHOOL.toString());
        settings.put("schakel.federatie.partijen[1].oin", REGISTER_OIN);
        settings.put("schakel.federatie.partijen[1].naam", "Register en Zuid");
        settings.put("schakel.federatie.partijen[1].url", "https://localhost:9442");
        settings.put("schakel.federatie.partijen[1].regios[0].id", ZUID.toString());
        settings.put("schakel.federatie.partijen[1].regios[0].naam", "Demo-Zuid");
        settings.put("schakel.federatie.partijen[1].register", "true");
        return settings;
    }

    static FederatieInstellingen bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("schakel.federatie", FederatieInstellingen.class);
    }
}
