-- The KYC application lifecycle: screening results, who reviewed and approved, and every decision
-- with its reason and actor (kept as the project's audit trail, independent of Camunda's history).
ALTER TABLE applications ADD COLUMN risk_level VARCHAR(16);
ALTER TABLE applications ADD COLUMN screening_reasons VARCHAR(1000);
ALTER TABLE applications ADD COLUMN reviewed_by VARCHAR(100);
ALTER TABLE applications ADD COLUMN approved_by VARCHAR(100);
ALTER TABLE applications ADD COLUMN second_approved_by VARCHAR(100);
ALTER TABLE applications ADD COLUMN submitted_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE applications ADD COLUMN decided_at TIMESTAMP WITH TIME ZONE;

CREATE TABLE application_decisions (
    id             UUID PRIMARY KEY,
    application_id UUID         NOT NULL REFERENCES applications (id),
    step           VARCHAR(32)  NOT NULL,
    outcome        VARCHAR(32)  NOT NULL,
    reason         VARCHAR(2000),
    actor          VARCHAR(100) NOT NULL,
    decided_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_application_decisions_application ON application_decisions (application_id, decided_at);
