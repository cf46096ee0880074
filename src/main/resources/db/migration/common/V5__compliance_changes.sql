-- Every compliance change of an officer with its actor: the audit trail of SPEC 7.3.
CREATE TABLE compliance_changes (
    id         UUID PRIMARY KEY,
    client_id  UUID          NOT NULL REFERENCES clients (id),
    risk_level VARCHAR(16),
    blacklisted BOOLEAN,
    blacklisted_comment VARCHAR(1000),
    blocked    BOOLEAN,
    kyc_note   VARCHAR(2000),
    actor      VARCHAR(100)  NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_compliance_changes_client ON compliance_changes (client_id, changed_at);
