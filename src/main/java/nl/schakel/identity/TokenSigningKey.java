package nl.schakel.identity;

import com.nimbusds.jose.jwk.RSAKey;
import nl.schakel.identity.persistence.SigningKeyStore;
import org.springframework.stereotype.Service;

/** The key that signs the API's access tokens, the same on every node (kept in the database). */
@Service
public class TokenSigningKey {

    private final SigningKeyStore store;

    TokenSigningKey(SigningKeyStore store) {
        this.store = store;
    }

    public RSAKey current() {
        return store.current();
    }
}
