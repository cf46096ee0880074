-- The quick start's H2 keeps no counts: its books are small, and ClientCounts counts directly.
SELECT 1;
