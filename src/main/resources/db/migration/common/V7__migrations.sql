-- Migrations of clients from external systems (SPEC 6.1) and their bulk batches.

CREATE TABLE migration_batches (
    id               UUID PRIMARY KEY,
    service_provider VARCHAR(64)  NOT NULL,
    kyc_level        VARCHAR(16)  NOT NULL,
    total            INTEGER      NOT NULL,
    requested_by     VARCHAR(100) NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE migrations (
    id               UUID PRIMARY KEY,
    batch_id         UUID REFERENCES migration_batches (id),
    service_provider VARCHAR(64)  NOT NULL,
    source_id        VARCHAR(200) NOT NULL,
    -- queued (a bulk migration waiting for a slot), running, completed, failed
    status           VARCHAR(16)  NOT NULL,
    kyc_level        VARCHAR(16)  NOT NULL,
    client_id        UUID,
    reason           VARCHAR(2000),
    -- the field errors of invalid source data, as JSON
    errors           VARCHAR,
    requested_by     VARCHAR(100) NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT       NOT NULL
);
-- Migrations of one source lock each other's rows (see Migrations.lockSource).
CREATE INDEX ix_migrations_source ON migrations (service_provider, source_id);
CREATE INDEX ix_migrations_batch_status ON migrations (batch_id, status, created_at);
CREATE INDEX ix_migrations_status ON migrations (status, created_at);

-- One record at a provider belongs to one client: what makes a second migration of the same
-- source an update and never a duplicate.
CREATE UNIQUE INDEX uk_client_connections_external ON client_connections (service_provider, external_id);
