package nl.schakel.identity;

import java.time.Duration;
import java.util.UUID;
import nl.schakel.audit.AccessEvent;
import nl.schakel.audit.AccessLog;
import nl.schakel.audit.ActionCode;
import nl.schakel.audit.Outcome;
import nl.schakel.shared.TenantId;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The OAuth2 clients of tenants' record systems: each belongs to one tenant and gets short-lived tokens. */
@Service
public class ApiClients {

    /** The client setting that names the client's tenant; it becomes a claim of every token. */
    public static final String TENANT_SETTING = "schakel.tenant";

    private static final Duration TOKEN_LIFETIME = Duration.ofMinutes(5);
    private static final PasswordEncoder SECRETS = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    private final RegisteredClientRepository clients;
    private final AccessLog accessLog;

    ApiClients(RegisteredClientRepository clients, AccessLog accessLog) {
        this.clients = clients;
        this.accessLog = accessLog;
    }

    /** Registers a client (client credentials, secret sent with HTTP Basic or in the form) for a tenant. */
    @Transactional
    public void register(TenantId tenant, String clientId, String secret, String name) {
        if (clients.findByClientId(clientId) != null) {
            throw new IllegalStateException("client id in use");
        }
        clients.save(RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId(clientId)
                .clientSecret(SECRETS.encode(secret))
                .clientName(name)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scope("schakel")
                .clientSettings(ClientSettings.builder()
                        .setting(TENANT_SETTING, tenant.toString())
                        .build())
                .tokenSettings(TokenSettings.builder()
                        .accessTokenTimeToLive(TOKEN_LIFETIME)
                        .build())
                .build());
        accessLog.record(AccessEvent.anonymous("identity.api-client.create", ActionCode.C, Outcome.GESLAAGD)
                .on("api-koppeling", clientId)
                .tenant(tenant));
    }

    public boolean exists(String clientId) {
        return clients.findByClientId(clientId) != null;
    }
}
