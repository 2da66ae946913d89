package nl.schakel.keten.federatie;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Collections;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * This instance's key and certificate chain ({@code schakel.federatie.keystore}) and the CA certificates it trusts
 * ({@code schakel.federatie.truststore}), both PKCS12, read once at start; a missing file or a wrong password stops the
 * start naming the setting. The JDK's own key and trust managers do the work: no crypto of our own. Nothing is read
 * when federation is off.
 */
@Component
class FederatieSleutels {

    private final @Nullable KeyStore keystore;
    private final @Nullable KeyStore truststore;
    private final String wachtwoord;

    FederatieSleutels(FederatieInstellingen instellingen) {
        this.wachtwoord = instellingen.keystoreWachtwoord();
        this.keystore = instellingen.enabled()
                ? laad("keystore", instellingen.keystore(), instellingen.keystoreWachtwoord())
                : null;
        this.truststore = instellingen.enabled()
                ? laad("truststore", instellingen.truststore(), instellingen.truststoreWachtwoord())
                : null;
        if (keystore != null && sleutelAlias(keystore) == null) {
            throw Partijen.fout("keystore", "bevat geen sleutel met certificaat");
        }
    }

    KeyStore keystore() {
        return aan(keystore);
    }

    KeyStore truststore() {
        return aan(truststore);
    }

    /** The password of the keystore and of the key in it. */
    String wachtwoord() {
        return wachtwoord;
    }

    /** The alias of the key entry in the keystore (the first one). */
    String alias() {
        String alias = sleutelAlias(keystore());
        if (alias == null) {
            throw new IllegalStateException("keystore without key");
        }
        return alias;
    }

    KeyManager[] keyManagers() throws GeneralSecurityException {
        KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        factory.init(keystore(), wachtwoord.toCharArray());
        return factory.getKeyManagers();
    }

    /** The JDK's PKIX trust manager over the truststore (it also checks the host name when the caller asks it to). */
    X509ExtendedTrustManager pkix() throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(truststore());
        for (TrustManager manager : factory.getTrustManagers()) {
            if (manager instanceof X509ExtendedTrustManager x509) {
                return x509;
            }
        }
        throw new IllegalStateException("no X509 trust manager");
    }

    private static KeyStore aan(@Nullable KeyStore store) {
        if (store == null) {
            throw new IllegalStateException("schakel.federatie.enabled is false");
        }
        return store;
    }

    private static KeyStore laad(String setting, @Nullable String pad, String wachtwoord) {
        if (pad == null || !Files.isRegularFile(Path.of(pad))) {
            throw Partijen.fout(setting, "is geen bestand: " + pad);
        }
        try (InputStream in = Files.newInputStream(Path.of(pad))) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, wachtwoord.toCharArray());
            return store;
        } catch (IOException | GeneralSecurityException e) {
            throw Partijen.fout(
                    setting,
                    "is niet te lezen als PKCS12 met dit wachtwoord ("
                            + e.getClass().getSimpleName() + ")");
        }
    }

    private static @Nullable String sleutelAlias(KeyStore store) {
        try {
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    return alias;
                }
            }
            return null;
        } catch (GeneralSecurityException e) {
            return null;
        }
    }
}
