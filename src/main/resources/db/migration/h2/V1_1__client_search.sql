-- The quick start's H2 has no trigram indexes; its searches scan, which is fine at its size.
SELECT 1;
