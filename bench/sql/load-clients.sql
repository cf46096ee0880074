-- Loads :rows clients straight into the service's table, as the service itself writes them
-- (JSON text columns, lower-cased search copies), in the three statuses and both types a real
-- book has (independently: a fifth are corporates in every status), created over the last :rows
-- seconds. Ids are random UUIDs; client numbers start at
-- 10000000, inside the service's range, which draws around the taken ones.
-- The count trigger is off for the load: it would record a million deltas, and folding them leaves a
-- million dead rows that every list's count scans until a VACUUM can remove them, which the service's
-- own queries (their snapshots) kept from happening in a run (6 to 53 ms per count). A service that
-- reached a million clients over time folded its deltas every minute; the load writes its folded
-- counts itself instead.
ALTER TABLE clients DISABLE TRIGGER clients_counted;
INSERT INTO clients (id, client_number, type, status, kyc_level, full_name, search_name, search_email,
                     identity, profile, blacklisted, blocked, created_by, created_at, updated_at, version)
SELECT gen_random_uuid(),
       (10000000 + g)::text,
       CASE WHEN (g / 10) % 5 = 0 THEN 'corporate' ELSE 'individual' END,
       CASE WHEN g % 10 < 7 THEN 'active' WHEN g % 10 < 9 THEN 'pending' ELSE 'rejected' END,
       'FULL_KYC',
       CASE WHEN (g / 10) % 5 = 0 THEN 'Bench Company ' || g ELSE 'Bench Person' || g END,
       CASE WHEN (g / 10) % 5 = 0 THEN 'bench company ' || g ELSE 'bench person' || g END,
       'person' || g || '@example.com',
       CASE WHEN (g / 10) % 5 = 0
            THEN '{"type":"corporate","legalName":"Bench Company ' || g || '","incorporationDate":"2010-01-01","country":"GB"}'
            ELSE '{"type":"individual","givenName":"Bench","familyName":"Person' || g || '","birthDate":"1980-01-01","country":"GB"}'
       END,
       CASE WHEN (g / 10) % 5 = 0
            THEN '{"identityType":"corporate","email":"person' || g || '@example.com","registrationAddress":{"country":"GB","city":"London","street":"King Street","houseNumber":"' || g || '"}}'
            ELSE '{"identityType":"individual","email":"person' || g || '@example.com","residentialAddress":{"country":"GB","city":"London","street":"Baker Street","houseNumber":"' || g || '"}}'
       END,
       FALSE, FALSE, 'bench-loader',
       now() - g * interval '1 second', now() - g * interval '1 second', 0
FROM generate_series(1, :rows) AS g
-- the service drew a few numbers of this range at random in the scenarios before
ON CONFLICT (client_number) DO NOTHING;
ALTER TABLE clients ENABLE TRIGGER clients_counted;
INSERT INTO client_count_deltas (status, type, delta)
SELECT status, type, count(*) FROM clients WHERE created_by = 'bench-loader' GROUP BY status, type;
ANALYZE clients;
ANALYZE client_count_deltas;
