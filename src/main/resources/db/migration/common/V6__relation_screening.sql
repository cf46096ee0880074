-- Screening of related parties: the reasons, who reviewed a hit, and soft deletion (a deleted
-- relation is gone from reads but stays for the audit trail).
ALTER TABLE relations ADD COLUMN attributes VARCHAR;
ALTER TABLE relations ADD COLUMN screening_reasons VARCHAR(1000);
ALTER TABLE relations ADD COLUMN screened_by VARCHAR(100);
ALTER TABLE relations ADD COLUMN deleted_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX ix_relations_client_live ON relations (client_id, deleted_at, created_at);
