-- pgbench's side of the comparison: the rows a direct creation must write at the least, one
-- client (its address is in the profile) and one clients/created event, in one transaction, into
-- copies of the service's tables with the same indexes (run.sh makes them), so that the numbers
-- drawn here never meet the service's.
\set n random(1, 2000000000)
BEGIN;
INSERT INTO bench_clients (id, client_number, type, status, kyc_level, full_name, search_name, search_email, identity,
                     profile, blacklisted, blocked, created_by, created_at, updated_at, version)
VALUES (gen_random_uuid(), (10000000 + nextval('bench_client_numbers'))::text, 'individual', 'active',
        'NOT_REQUIRED', 'Canay Ozel', 'canay ozel', 'canay' || :n || '@example.com',
        '{"type":"individual","givenName":"Canay","familyName":"Ozel","birthDate":"1987-01-01","country":"TR"}',
        '{"identityType":"individual","email":"canay@example.com","residentialAddress":{"country":"GB","city":"London","street":"Baker Street","houseNumber":"221B","postalCode":"EC1Y 1AA"}}',
        FALSE, FALSE, 'pgbench', now(), now(), 0);
INSERT INTO bench_events (id, module, type, client_id, payload, created_at)
VALUES (gen_random_uuid(), 'clients', 'created', NULL,
        '{"webhook":{"module":"clients","type":"created"},"data":{"client":{"identity":{"type":"individual","givenName":"Canay","familyName":"Ozel"}}},"connect":{},"metadata":{}}',
        now());
COMMIT;
