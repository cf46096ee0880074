-- The project's own tables. Written for both PostgreSQL and H2 (the quick start): VARCHAR without a
-- length is unbounded on both, and JSON documents are kept as text so that both read them alike.

CREATE TABLE clients (
    id                  UUID PRIMARY KEY,
    client_number       VARCHAR(8)   NOT NULL,
    type                VARCHAR(16)  NOT NULL,
    status              VARCHAR(32)  NOT NULL,
    kyc_level           VARCHAR(16)  NOT NULL,
    full_name           VARCHAR(400) NOT NULL,
    -- lower-case, accent-free copies for search
    search_name         VARCHAR(400) NOT NULL,
    search_email        VARCHAR(254),
    identity            VARCHAR      NOT NULL,
    profile             VARCHAR      NOT NULL,
    addresses           VARCHAR,
    attributes          VARCHAR,
    risk_level          VARCHAR(16),
    blacklisted         BOOLEAN      NOT NULL DEFAULT FALSE,
    blacklisted_comment VARCHAR(1000),
    blocked             BOOLEAN      NOT NULL DEFAULT FALSE,
    kyc_note            VARCHAR(2000),
    requested_provider  VARCHAR(64),
    sub_client_id       UUID REFERENCES clients (id),
    application_id      UUID,
    created_by          VARCHAR(100) NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT       NOT NULL
);

CREATE UNIQUE INDEX uk_clients_client_number ON clients (client_number);
-- Lists are newest first, filtered by status, type or sub-client.
CREATE INDEX ix_clients_created ON clients (created_at DESC, id DESC);
CREATE INDEX ix_clients_status_created ON clients (status, created_at DESC, id DESC);
CREATE INDEX ix_clients_type_created ON clients (type, created_at DESC, id DESC);
CREATE INDEX ix_clients_sub_client_created ON clients (sub_client_id, created_at DESC, id DESC);
CREATE INDEX ix_clients_search_email ON clients (search_email);

CREATE TABLE client_connections (
    id               UUID PRIMARY KEY,
    client_id        UUID         NOT NULL REFERENCES clients (id),
    service_provider VARCHAR(64)  NOT NULL,
    external_id      VARCHAR(200) NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX uk_client_connections_provider ON client_connections (client_id, service_provider);

CREATE TABLE relations (
    id                   UUID PRIMARY KEY,
    client_id            UUID         NOT NULL REFERENCES clients (id),
    relation             VARCHAR(32)  NOT NULL,
    type                 VARCHAR(16)  NOT NULL,
    full_name            VARCHAR(400) NOT NULL,
    identity             VARCHAR      NOT NULL,
    profile              VARCHAR,
    screening_status     VARCHAR(32)  NOT NULL,
    screening_risk_level VARCHAR(16),
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    version              BIGINT       NOT NULL
);
CREATE INDEX ix_relations_client ON relations (client_id, created_at);

CREATE TABLE applications (
    id         UUID PRIMARY KEY,
    client_id  UUID        NOT NULL REFERENCES clients (id),
    status     VARCHAR(32) NOT NULL,
    decision   VARCHAR(32),
    reason     VARCHAR(2000),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version    BIGINT      NOT NULL
);
CREATE INDEX ix_applications_client ON applications (client_id, created_at DESC);

CREATE TABLE users (
    id               UUID PRIMARY KEY,
    email            VARCHAR(254) NOT NULL,
    -- emails are unique case-insensitively
    email_normalized VARCHAR(254) NOT NULL,
    identity         VARCHAR      NOT NULL,
    category         VARCHAR(16)  NOT NULL,
    type             VARCHAR(16)  NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX uk_users_email ON users (email_normalized);

CREATE TABLE user_client_relations (
    id         UUID PRIMARY KEY,
    user_id    UUID        NOT NULL REFERENCES users (id),
    client_id  UUID        NOT NULL REFERENCES clients (id),
    status     VARCHAR(16) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX uk_user_client_relations ON user_client_relations (user_id, client_id);
CREATE INDEX ix_user_client_relations_client ON user_client_relations (client_id);

-- The outbox of webhook events: written in the transaction of the change that raises them.
CREATE TABLE webhook_events (
    id         UUID PRIMARY KEY,
    module     VARCHAR(32) NOT NULL,
    type       VARCHAR(64) NOT NULL,
    client_id  UUID,
    payload    VARCHAR     NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_webhook_events_created ON webhook_events (created_at);

-- Idempotency-Key records, per API key, kept for at least a day.
CREATE TABLE idempotency_keys (
    owner            VARCHAR(100) NOT NULL,
    idempotency_key  VARCHAR(255) NOT NULL,
    request_hash     VARCHAR(64)  NOT NULL,
    state            VARCHAR(16)  NOT NULL,
    response_status  INTEGER,
    response_type    VARCHAR(200),
    response_location VARCHAR(2000),
    response_body    VARCHAR,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (owner, idempotency_key)
);
CREATE INDEX ix_idempotency_keys_created ON idempotency_keys (created_at);
