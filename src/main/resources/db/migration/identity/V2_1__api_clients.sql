-- identity: OAuth2 clients of tenants' record systems (client credentials) and the key that signs their tokens.
-- The client table has the layout Spring Authorization Server's JdbcRegisteredClientRepository expects.
CREATE TABLE oauth2_registered_client (
    id                            VARCHAR(100) NOT NULL PRIMARY KEY,
    client_id                     VARCHAR(100) NOT NULL UNIQUE,
    client_id_issued_at           TIMESTAMPTZ DEFAULT CURRENT_TIMESTAMP NOT NULL,
    client_secret                 VARCHAR(200) DEFAULT NULL,
    client_secret_expires_at      TIMESTAMPTZ DEFAULT NULL,
    client_name                   VARCHAR(200) NOT NULL,
    client_authentication_methods VARCHAR(1000) NOT NULL,
    authorization_grant_types     VARCHAR(1000) NOT NULL,
    redirect_uris                 VARCHAR(1000) DEFAULT NULL,
    post_logout_redirect_uris     VARCHAR(1000) DEFAULT NULL,
    scopes                        VARCHAR(1000) NOT NULL,
    client_settings               VARCHAR(2000) NOT NULL,
    token_settings                VARCHAR(2000) NOT NULL
);

CREATE TABLE identity.signing_key (
    id         TEXT PRIMARY KEY,
    jwk        TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL
);
