-- When a party's indexed content last changed (a new sequence number): the party index's
-- catch-up reads again the parties written in the last minutes (PartyIndexFeed), and the
-- race sweep of a list load reads the parties screened since it began (Parties.behind);
-- both by time, not by a scan of every party.
ALTER TABLE screening_parties ADD COLUMN written_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX ix_screening_parties_written ON screening_parties (written_at);
CREATE INDEX ix_screening_parties_screened ON screening_parties (screened_at);
