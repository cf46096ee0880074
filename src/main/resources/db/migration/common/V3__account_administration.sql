-- Contracts (the catalogue is configuration) and their history, kept for the audit trail.
ALTER TABLE clients ADD COLUMN contract VARCHAR(100);
ALTER TABLE clients ADD COLUMN terms_version VARCHAR(100);
ALTER TABLE clients ADD COLUMN terms_accepted_at TIMESTAMP WITH TIME ZONE;

CREATE TABLE client_contracts (
    id            UUID PRIMARY KEY,
    client_id     UUID         NOT NULL REFERENCES clients (id),
    contract      VARCHAR(100) NOT NULL,
    terms_version VARCHAR(100),
    accepted_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by    VARCHAR(100) NOT NULL
);
CREATE INDEX ix_client_contracts_client ON client_contracts (client_id, accepted_at DESC);
