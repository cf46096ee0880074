-- An event no endpoint is subscribed to is recorded without its body: the body is kept
-- for redelivery, and such an event has no delivery to send again.
ALTER TABLE webhook_events ALTER COLUMN payload DROP NOT NULL;
