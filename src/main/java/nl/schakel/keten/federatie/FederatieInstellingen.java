package nl.schakel.keten.federatie;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings {@code schakel.federatie.*}: whether this instance talks to other Schakel instances over mutual TLS,
 * who it is (its OIN), where it listens for them, its own certificate and the CA it trusts, and the known parties.
 * Off by default: the all-in-one mode has no federation at all. {@code application.properties} documents each one.
 *
 * @param enabled whether the federation connector, its security chain and the client run
 * @param oin this instance's own OIN (the SERIALNUMBER in its certificate)
 * @param adres the address the federation connector listens on
 * @param poort the port of the federation connector (TLS with a client certificate required)
 * @param keystore PKCS12 file with this instance's private key and certificate chain
 * @param keystoreWachtwoord password of the keystore (and of its key)
 * @param truststore PKCS12 file with the CA certificate(s) whose party certificates are accepted
 * @param truststoreWachtwoord password of the truststore
 * @param verbindTimeout how long the client waits for a connection to another party
 * @param leesTimeout how long the client waits for another party's answer
 * @param partijen the other parties this instance exchanges messages with
 */
@ConfigurationProperties("schakel.federatie")
public record FederatieInstellingen(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("") String oin,
        @DefaultValue("127.0.0.1") String adres,
        @DefaultValue("8443") int poort,
        @Nullable String keystore,
        @DefaultValue("") String keystoreWachtwoord,
        @Nullable String truststore,
        @DefaultValue("") String truststoreWachtwoord,
        @DefaultValue("5s") Duration verbindTimeout,
        @DefaultValue("30s") Duration leesTimeout,
        @DefaultValue List<PartijInstelling> partijen) {

    /** With federation on, the own OIN, the port and both key files must be set, or the instance does not start. */
    public FederatieInstellingen {
        if (enabled) {
            if (!Partijen.isOin(oin)) {
                throw Partijen.fout("oin", "moet een OIN van 20 cijfers zijn");
            }
            if (poort < 1 || poort > 65535) {
                throw Partijen.fout("poort", "moet een poort tussen 1 en 65535 zijn");
            }
            if (keystore == null || keystore.isBlank()) {
                throw Partijen.fout("keystore", "ontbreekt");
            }
            if (truststore == null || truststore.isBlank()) {
                throw Partijen.fout("truststore", "ontbreekt");
            }
        }
    }

    /**
     * One known party as configured ({@code schakel.federatie.partijen[i].*}).
     *
     * @param oin the party's OIN, as in the SERIALNUMBER of its certificate
     * @param naam the party's name, for people
     * @param url the base URL of the party's federation connector ({@code https://host:port})
     * @param regios the Veilig Thuis regions (tenants) the party serves
     * @param organisaties the organisations (tenants) the party serves
     * @param register whether the party hosts the national VT-register
     */
    public record PartijInstelling(
            @Nullable String oin,
            @Nullable String naam,
            @Nullable URI url,
            @DefaultValue List<Regio> regios,
            @DefaultValue List<UUID> organisaties,
            @DefaultValue("false") boolean register) {}

    /** A Veilig Thuis region a party serves: its tenant id and its name. */
    public record Regio(@Nullable UUID id, @Nullable String naam) {}
}
