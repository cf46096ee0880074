-- Search by part of a name or email must not scan millions of rows: trigram indexes serve
-- LIKE '%...%'. pg_trgm is a trusted extension, so the database owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX ix_clients_search_name_trgm ON clients USING gin (search_name gin_trgm_ops);
CREATE INDEX ix_clients_search_email_trgm ON clients USING gin (search_email gin_trgm_ops);
