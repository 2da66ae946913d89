package nl.schakel.keten.federatie;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1String;

/**
 * The OIN in a party certificate: the subject's {@code serialNumber} attribute (OID 2.5.4.5), as PKIoverheid and the
 * Digikoppeling profiles place it (ADR-0025). The subject is rendered in RFC 2253 with that OID named
 * {@code SERIALNUMBER}; a renderer that keeps the OID ({@code 2.5.4.5=} or {@code OID.2.5.4.5=}, with a text or a
 * {@code #}-encoded DER value) is read as well. No attribute, two of them, or a value that is not 20 digits: no OIN.
 */
final class Oin {

    static final String OID = "2.5.4.5";
    private static final Set<String> TYPES = Set.of("SERIALNUMBER", OID, "OID." + OID);

    private Oin() {}

    /** The OIN of the certificate's subject, if it carries exactly one that is 20 digits. */
    static Optional<String> uit(X509Certificate certificaat) {
        return uit(certificaat.getSubjectX500Principal());
    }

    static Optional<String> uit(X500Principal subject) {
        return uit(subject.getName(X500Principal.RFC2253, Map.of(OID, "SERIALNUMBER")));
    }

    /** The OIN in a distinguished name written as RFC 2253 text. */
    static Optional<String> uit(String rfc2253) {
        List<Rdn> rdns;
        try {
            rdns = new LdapName(rfc2253).getRdns();
        } catch (InvalidNameException e) {
            return Optional.empty();
        }
        List<String> waarden = rdns.stream()
                .filter(rdn -> TYPES.contains(rdn.getType().toUpperCase(Locale.ROOT)))
                .map(rdn -> tekst(rdn.getValue()))
                .toList();
        return waarden.size() == 1 && Partijen.isOin(waarden.getFirst())
                ? Optional.of(waarden.getFirst())
                : Optional.empty();
    }

    /** A value is text, or ({@code #}-hex in RFC 2253) the DER encoding of a string. */
    private static String tekst(Object waarde) {
        if (waarde instanceof byte[] der) {
            try {
                return ASN1Primitive.fromByteArray(der) instanceof ASN1String s ? s.getString() : "";
            } catch (IOException | IllegalArgumentException e) {
                return "";
            }
        }
        return waarde.toString();
    }
}
