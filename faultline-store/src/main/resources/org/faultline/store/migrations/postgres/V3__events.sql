-- PostgreSQL variant of ../V3__events.sql (same columns and indexes; see it for their meaning).
-- Differences: goldstein, confidence and the coordinates are DOUBLE PRECISION, because
-- PostgreSQL's REAL is a 4-byte float and would not give back the stored value exactly.
CREATE TABLE events (
  id                 TEXT PRIMARY KEY,
  article_id         TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  ord                INTEGER NOT NULL,
  sentence_index     INTEGER NOT NULL,
  evidence           TEXT,
  trigger_text       TEXT,
  type               TEXT NOT NULL,
  mode               TEXT,
  context            TEXT NOT NULL DEFAULT '[]',
  cameo              TEXT,
  goldstein          DOUBLE PRECISION NOT NULL,
  quad               INTEGER NOT NULL,
  source_text        TEXT, source_name TEXT, source_country TEXT, source_sector TEXT, source_code TEXT, source_wikidata TEXT,
  target_text        TEXT, target_name TEXT, target_country TEXT, target_sector TEXT, target_code TEXT, target_wikidata TEXT,
  claimed_text       TEXT, claimed_name TEXT, claimed_country TEXT, claimed_sector TEXT, claimed_code TEXT, claimed_wikidata TEXT,
  date               TEXT,
  date_from          TEXT,
  date_to            TEXT,
  date_precision     TEXT NOT NULL,
  location_name      TEXT, location_country TEXT, location_lat DOUBLE PRECISION, location_lon DOUBLE PRECISION,
  factuality         TEXT NOT NULL,
  confidence         DOUBLE PRECISION NOT NULL,
  incident_id        TEXT
);
CREATE INDEX events_dyad ON events(source_country, target_country);
CREATE INDEX events_target ON events(target_country);
CREATE INDEX events_type ON events(type);
CREATE INDEX events_date ON events(date_from, date_to);
CREATE INDEX events_article ON events(article_id, ord);
CREATE INDEX events_incident ON events(incident_id);
