-- A claim takes the due deliveries in the order they came due and stops at its batch. It used to
-- take them in creation order (seq), which this index could not give: every claim read all the
-- due deliveries and sorted them, so with an endpoint down and thousands of deliveries waiting for
-- their next attempt every claim, for every endpoint, cost in proportion to that backlog.
DROP INDEX ix_webhook_deliveries_due;
CREATE INDEX ix_webhook_deliveries_due ON webhook_deliveries (status, next_attempt_at, seq);
