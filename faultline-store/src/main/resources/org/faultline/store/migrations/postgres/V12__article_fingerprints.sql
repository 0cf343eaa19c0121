-- Each article's near-duplicate fingerprint (MinHash signature, 1 KiB); see the SQLite file.
ALTER TABLE articles ADD COLUMN fingerprint BYTEA;
