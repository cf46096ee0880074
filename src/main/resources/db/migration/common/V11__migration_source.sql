-- What the provider answered for a running migration, so that every step of client-migration
-- reads it from the record (an operator may restart any of them in Cockpit); cleared when the
-- migration ends.
ALTER TABLE migrations ADD COLUMN source_client VARCHAR;
