-- When a party's indexed content last changed (a new sequence number): the party index's
-- catch-up reads again the parties written in the last minutes (PartyIndexFeed), and the
-- race sweep of a list load reads the parties screened since it began (Parties.behind);
-- both by time, not by a scan of every party.
ALTER TABLE screening_parties ADD COLUMN written_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX ix_screening_parties_written ON screening_parties (written_at);
CREATE INDEX ix_screening_parties_screened ON screening_parties (screened_at);

-- A rescreen reads a version's entries a page at a time, in id order.
DROP INDEX ix_screening_entries_version;
CREATE INDEX ix_screening_entries_version ON screening_entries (list_name, version, entry_id);
