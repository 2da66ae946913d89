package nl.schakel.federatie;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A test CA and party certificates made with the JDK's {@code keytool}, as {@code scripts/federatie.sh} makes them:
 * PKCS12 files, the party's OIN as the subject's {@code SERIALNUMBER}, valid for 127.0.0.1 and localhost, for server
 * and client authentication, and a truststore holding the CA.
 */
final class KeytoolPki {

    static final String PASSWORD = "federatie-test";

    private final Path folder;
    private final String ca;

    /** Makes a CA named {@code ca} in {@code folder}. */
    KeytoolPki(Path folder, String ca) {
        this.folder = folder;
        this.ca = ca;
        keyPair(
                "ca",
                caStore(),
                "CN=" + ca + ", O=Schakel test, C=NL",
                "-ext",
                "bc:c=ca:true",
                "-ext",
                "ku:c=keyCertSign,cRLSign");
        keytool("-exportcert", "-rfc", "-alias", "ca", "-keystore", caStore().toString(), "-file", file("crt"));
        keytool(
                "-importcert",
                "-noprompt",
                "-alias",
                "ca",
                "-file",
                file("crt"),
                "-keystore",
                truststore().toString());
    }

    /** The truststore holding this CA only. */
    Path truststore() {
        return folder.resolve(ca + "-truststore.p12");
    }

    /** A keystore with a key and a certificate signed by this CA, for the party with this OIN. */
    Path party(String naam, String oin) {
        Path store = folder.resolve(naam + ".p12");
        String csr = folder.resolve(naam + ".csr").toString();
        String crt = folder.resolve(naam + ".crt").toString();
        keyPair(naam, store, "CN=" + naam + ", SERIALNUMBER=" + oin + ", O=Schakel test, C=NL");
        keytool("-certreq", "-alias", naam, "-keystore", store.toString(), "-file", csr);
        keytool(
                "-gencert",
                "-rfc",
                "-alias",
                "ca",
                "-keystore",
                caStore().toString(),
                "-validity",
                "30",
                "-infile",
                csr,
                "-outfile",
                crt,
                "-ext",
                "san=ip:127.0.0.1,dns:localhost",
                "-ext",
                "eku=serverAuth,clientAuth",
                "-ext",
                "ku:c=digitalSignature");
        keytool("-importcert", "-noprompt", "-alias", "ca", "-file", file("crt"), "-keystore", store.toString());
        keytool("-importcert", "-noprompt", "-alias", naam, "-file", crt, "-keystore", store.toString());
        keytool("-delete", "-alias", "ca", "-keystore", store.toString());
        return store;
    }

    /** A new EC key pair with a self-signed certificate in its own keystore. */
    private void keyPair(String alias, Path store, String dname, String... extensions) {
        List<String> arguments = new ArrayList<>(List.of(
                "-genkeypair",
                "-alias",
                alias,
                "-keyalg",
                "EC",
                "-groupname",
                "secp256r1",
                "-validity",
                "30",
                "-keystore",
                store.toString(),
                "-dname",
                dname));
        arguments.addAll(List.of(extensions));
        keytool(arguments.toArray(String[]::new));
    }

    private Path caStore() {
        return folder.resolve(ca + ".p12");
    }

    private String file(String extension) {
        return folder.resolve(ca + "." + extension).toString();
    }

    /** Runs the keytool of the JDK running the tests. */
    private void keytool(String... arguments) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-storetype",
                "PKCS12",
                "-storepass",
                PASSWORD));
        command.addAll(List.of(arguments));
        run(command);
    }

    private static void run(List<String> command) {
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as("%s%n%s", command, output).isZero();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
