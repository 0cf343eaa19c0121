-- Each article's near-duplicate fingerprint (its MinHash signature, 128 longs as 1 KiB), so an
-- ingest seeds duplicate detection by reading these bytes instead of re-shingling every stored
-- text: the cost of an ingest then grows with what arrives, not with the store. Rows stored
-- before this version get theirs computed once, on the first ingest that needs them.
ALTER TABLE articles ADD COLUMN fingerprint BLOB;
