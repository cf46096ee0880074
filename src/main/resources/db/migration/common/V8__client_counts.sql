-- How many clients there are per status and type, so that GET /clients needs no count over a
-- million rows for its totalElements. Each change of a client adds a delta row (no row is ever
-- updated in place, so creations do not queue behind one counter row); ClientCounts folds them.
-- Kept by a trigger on PostgreSQL (V8_1); the quick start's H2 counts directly.
CREATE TABLE client_count_deltas (
    status VARCHAR(32) NOT NULL,
    type   VARCHAR(16) NOT NULL,
    delta  BIGINT      NOT NULL
);
INSERT INTO client_count_deltas (status, type, delta) SELECT status, type, count(*) FROM clients GROUP BY status, type;
