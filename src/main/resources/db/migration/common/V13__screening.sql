-- Screening lists and ongoing due diligence (SPEC 5.5).

-- A list, its version in force, and whether a load of it is running (one at a time).
CREATE TABLE screening_lists (
    name            VARCHAR(64)   PRIMARY KEY,
    current_version INT           NOT NULL,
    loading_since   TIMESTAMP WITH TIME ZONE,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Every load that changed a list: a new version with its checksum and counts.
CREATE TABLE screening_list_versions (
    list_name   VARCHAR(64)   NOT NULL,
    version     INT           NOT NULL,
    format      VARCHAR(32)   NOT NULL,
    checksum    VARCHAR(64)   NOT NULL,
    entry_count INT           NOT NULL,
    added       INT           NOT NULL,
    changed     INT           NOT NULL,
    removed     INT           NOT NULL,
    source      VARCHAR(500),
    loaded_by   VARCHAR(200)  NOT NULL,
    loaded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (list_name, version)
);

-- The entries of each list as of their last change; a removed entry keeps its row with the
-- version that removed it, so that every node's index learns of the removal.
CREATE TABLE screening_entries (
    list_name   VARCHAR(64)   NOT NULL,
    entry_id    VARCHAR(200)  NOT NULL,
    version     INT           NOT NULL,
    removed_in  INT,
    fingerprint VARCHAR(64)   NOT NULL,
    company     BOOLEAN       NOT NULL,
    topics      VARCHAR(200)  NOT NULL,
    caption     VARCHAR(1000) NOT NULL,
    names       VARCHAR       NOT NULL,
    dates       VARCHAR       NOT NULL,
    countries   VARCHAR       NOT NULL,
    identifiers VARCHAR       NOT NULL,
    programs    VARCHAR(2000),
    PRIMARY KEY (list_name, entry_id)
);
CREATE INDEX ix_screening_entries_version ON screening_entries (list_name, version);
CREATE INDEX ix_screening_entries_removed ON screening_entries (list_name, removed_in);

-- Every party screened (applicants and related parties), as it was screened: what the
-- party index holds. seq grows with every change, so that each node's index catches up.
CREATE SEQUENCE screening_party_seq;
CREATE TABLE screening_parties (
    id            UUID          PRIMARY KEY,
    client_id     UUID          NOT NULL,
    kind          VARCHAR(16)   NOT NULL,
    company       BOOLEAN       NOT NULL,
    caption       VARCHAR(1000) NOT NULL,
    names         VARCHAR       NOT NULL,
    dates         VARCHAR       NOT NULL,
    countries     VARCHAR       NOT NULL,
    identifiers   VARCHAR       NOT NULL,
    fingerprint   VARCHAR(64)   NOT NULL,
    seq           BIGINT        NOT NULL,
    removed       BOOLEAN       NOT NULL,
    list_versions VARCHAR(2000) NOT NULL,
    screened_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_screening_parties_seq ON screening_parties (seq);
CREATE INDEX ix_screening_parties_client ON screening_parties (client_id);

-- A party that matched a list entry, with the evidence: list version, names, feature scores.
CREATE TABLE screening_hits (
    id                UUID          PRIMARY KEY,
    party_id          UUID          NOT NULL,
    client_id         UUID          NOT NULL,
    party_kind        VARCHAR(16)   NOT NULL,
    party_caption     VARCHAR(1000) NOT NULL,
    party_fingerprint VARCHAR(64)   NOT NULL,
    list_name         VARCHAR(64)   NOT NULL,
    list_version      INT           NOT NULL,
    entry_id          VARCHAR(200)  NOT NULL,
    entry_caption     VARCHAR(1000) NOT NULL,
    entry_fingerprint VARCHAR(64)   NOT NULL,
    topics            VARCHAR(200)  NOT NULL,
    score             NUMERIC(5, 3) NOT NULL,
    features          VARCHAR       NOT NULL,
    context           VARCHAR(16)   NOT NULL,
    application_id    UUID,
    status            VARCHAR(32)   NOT NULL,
    first_outcome     VARCHAR(32),
    first_by          VARCHAR(200),
    first_reason      VARCHAR(2000),
    first_at          TIMESTAMP WITH TIME ZONE,
    decided_by        VARCHAR(200),
    reason            VARCHAR(2000),
    decided_at        TIMESTAMP WITH TIME ZONE,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT        NOT NULL
);
CREATE INDEX ix_screening_hits_party_entry ON screening_hits (party_id, list_name, entry_id);
CREATE INDEX ix_screening_hits_status ON screening_hits (status, created_at);
CREATE INDEX ix_screening_hits_client ON screening_hits (client_id, created_at);
CREATE INDEX ix_screening_hits_application ON screening_hits (application_id);

-- A list version's changed entries, to be screened against every party by one node.
CREATE TABLE screening_runs (
    id            UUID          PRIMARY KEY,
    list_name     VARCHAR(64)   NOT NULL,
    list_version  INT           NOT NULL,
    status        VARCHAR(16)   NOT NULL,
    claimed_by    VARCHAR(200),
    claimed_until TIMESTAMP WITH TIME ZONE,
    parties       INT,
    hits          INT,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_screening_runs_status ON screening_runs (status, created_at);

-- Periodic review (SPEC 5.5): when each active client is due.
ALTER TABLE clients ADD COLUMN next_review_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX ix_clients_next_review ON clients (next_review_at);

-- What a KYC application is for: the onboarding, a periodic review, a raised KYC level, or
-- the review a confirmed screening hit opens.
ALTER TABLE applications ADD COLUMN kind VARCHAR(16) NOT NULL DEFAULT 'onboarding';
