-- Articles as ingested: the original, the cleaned text and what is known about them.
-- seq is an explicit INTEGER PRIMARY KEY because the full-text index refers to rows by rowid,
-- and VACUUM may renumber implicit rowids; id is the stable article id everyone else uses.
-- removed and problems are JSON arrays; published is an ISO date or NULL.
CREATE TABLE articles (
  seq                INTEGER PRIMARY KEY,
  id                 TEXT NOT NULL UNIQUE,
  source             TEXT NOT NULL,
  url                TEXT,
  title              TEXT,
  published          TEXT,
  published_inferred INTEGER NOT NULL DEFAULT 0,
  format             TEXT,
  raw                TEXT NOT NULL,
  text               TEXT NOT NULL,
  removed            TEXT NOT NULL DEFAULT '[]',
  content_hash       TEXT,
  duplicate_of       TEXT,
  problems           TEXT NOT NULL DEFAULT '[]',
  ingested_at        TEXT NOT NULL,
  -- annotation bookkeeping: annotated = 1 once a Doc was stored (even one with no sentences)
  annotated          INTEGER NOT NULL DEFAULT 0,
  report_date        TEXT
);
CREATE INDEX articles_content_hash ON articles(content_hash);
CREATE INDEX articles_duplicate_of ON articles(duplicate_of);
CREATE INDEX articles_published ON articles(published);
