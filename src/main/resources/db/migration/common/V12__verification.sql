-- Identity verification at a provider (SPEC 6.3): one row per link a provider issued for a
-- client's application; a link replaced after a retry or a reset keeps its row, deleted_at set.
CREATE TABLE verifications (
    id             UUID PRIMARY KEY,
    client_id      UUID          NOT NULL REFERENCES clients (id),
    application_id UUID          NOT NULL,
    provider       VARCHAR(32)   NOT NULL,
    applicant_id   VARCHAR(200)  NOT NULL,
    status         VARCHAR(32)   NOT NULL,
    url            VARCHAR(2000),
    reject_labels  VARCHAR(2000),
    -- when the provider's newest event applied here happened: an older one changes nothing
    last_event_at  TIMESTAMP WITH TIME ZONE,
    deleted_at     TIMESTAMP WITH TIME ZONE,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT        NOT NULL
);
CREATE INDEX ix_verifications_client ON verifications (client_id, created_at);
CREATE INDEX ix_verifications_applicant ON verifications (provider, applicant_id);

-- Every callback a provider sent, once: stored in the transaction that applies it, so a crash
-- neither loses nor doubles one; a resent callback finds its row and changes nothing.
CREATE TABLE provider_callbacks (
    id               UUID PRIMARY KEY,
    provider         VARCHAR(32)   NOT NULL,
    event_id         VARCHAR(200)  NOT NULL,
    event_type       VARCHAR(100)  NOT NULL,
    applicant_id     VARCHAR(200),
    external_user_id VARCHAR(200),
    occurred_at      TIMESTAMP WITH TIME ZONE,
    received_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    outcome          VARCHAR(32)   NOT NULL,
    verification_id  UUID,
    payload          VARCHAR       NOT NULL
);
CREATE UNIQUE INDEX uk_provider_callbacks_event ON provider_callbacks (provider, event_id);
CREATE INDEX ix_provider_callbacks_applicant ON provider_callbacks (provider, applicant_id);
