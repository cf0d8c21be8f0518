-- Integration tokens (Medium-style self-issued bearer tokens) and failed sign-ins for rate limiting.

CREATE TABLE integration_token (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    public_id VARCHAR(16) NOT NULL,
    user_id BIGINT NOT NULL REFERENCES app_user (id),
    name VARCHAR(100) NOT NULL,
    token_hash VARCHAR(64) NOT NULL,
    scopes VARCHAR(200) NOT NULL,
    created_at BIGINT NOT NULL,
    last_used_at BIGINT,
    revoked_at BIGINT,
    CONSTRAINT integration_token_public_id UNIQUE (public_id),
    CONSTRAINT integration_token_hash UNIQUE (token_hash)
);
CREATE INDEX integration_token_user ON integration_token (user_id);

-- The email is kept as a SHA-256 hash: the limit only needs to recognise the same address again.
CREATE TABLE login_failure (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email_hash VARCHAR(64) NOT NULL,
    attempted_at BIGINT NOT NULL
);
CREATE INDEX login_failure_email ON login_failure (email_hash, attempted_at);
