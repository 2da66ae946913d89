package nl.schakel.keten.federatie;

/**
 * What both ends of a federation connection speak (Digikoppeling Beveiligingsstandaarden en voorschriften, TLS004 and
 * TLSCIPH001, ADR-0025): TLS 1.3 and 1.2, nothing older, and only cipher suites with forward secrecy and authenticated
 * encryption (the NCSC's "goed" for TLS 1.2: ECDHE with AES-GCM or ChaCha20-Poly1305; all of TLS 1.3's). The
 * algorithms are the JDK's.
 */
final class TlsProfiel {

    /** Newest first. */
    static final String[] PROTOCOLLEN = {"TLSv1.3", "TLSv1.2"};

    static final String[] CIPHER_SUITES = {
        "TLS_AES_256_GCM_SHA384",
        "TLS_AES_128_GCM_SHA256",
        "TLS_CHACHA20_POLY1305_SHA256",
        "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
        "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
        "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
        "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
        "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
        "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256"
    };

    private TlsProfiel() {}
}
