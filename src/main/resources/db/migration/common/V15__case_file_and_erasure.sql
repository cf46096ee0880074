-- Case file and data protection (SPEC 7.4, 7.5).

-- When the relationship ended, and when the client's personal data was erased (after the
-- retention, or at once on request); the retention job reads closed clients by closed_at.
ALTER TABLE clients ADD COLUMN closed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE clients ADD COLUMN erased_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX ix_clients_closed ON clients (status, closed_at);

-- A compliance change may close the relationship or raise the KYC level: kept with it.
ALTER TABLE compliance_changes ADD COLUMN closed BOOLEAN;
ALTER TABLE compliance_changes ADD COLUMN kyc_level VARCHAR(16);

-- The client as it was when each decision on its application was taken (SPEC 7.4), as
-- the API showed it then.
ALTER TABLE application_decisions ADD COLUMN client_snapshot VARCHAR;

-- Every evaluation of a decision table for a client, as it happened: the evidence of a
-- case file outlives the engine's history, which is cleaned after its own time to live.
CREATE TABLE decision_evaluations (
    id                  UUID PRIMARY KEY,
    client_id           UUID          NOT NULL,
    process_instance_id VARCHAR(64),
    application_id      UUID,
    relation_id         UUID,
    activity_id         VARCHAR(255),
    decision_key        VARCHAR(255)  NOT NULL,
    decision_name       VARCHAR(255),
    decision_version    INT           NOT NULL,
    inputs              VARCHAR       NOT NULL,
    outputs             VARCHAR       NOT NULL,
    evaluated_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_decision_evaluations_client ON decision_evaluations (client_id, evaluated_at);
