-- Coded events (org.faultline.events.Event). Actors are flattened into columns so filters by
-- dyad are indexable. date keeps the event's ISO value (YYYY-MM-DD, YYYY-MM or YYYY);
-- date_from/date_to are the first and last day it covers, so a date-range filter can ask
-- "overlaps" with an index. context is a JSON array of PLOVER contexts.
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
  goldstein          REAL NOT NULL,
  quad               INTEGER NOT NULL,
  source_text        TEXT, source_name TEXT, source_country TEXT, source_sector TEXT, source_code TEXT, source_wikidata TEXT,
  target_text        TEXT, target_name TEXT, target_country TEXT, target_sector TEXT, target_code TEXT, target_wikidata TEXT,
  claimed_text       TEXT, claimed_name TEXT, claimed_country TEXT, claimed_sector TEXT, claimed_code TEXT, claimed_wikidata TEXT,
  date               TEXT,
  date_from          TEXT,
  date_to            TEXT,
  date_precision     TEXT NOT NULL,
  location_name      TEXT, location_country TEXT, location_lat REAL, location_lon REAL,
  factuality         TEXT NOT NULL,
  confidence         REAL NOT NULL,
  incident_id        TEXT
);
CREATE INDEX events_dyad ON events(source_country, target_country);
CREATE INDEX events_target ON events(target_country);
CREATE INDEX events_type ON events(type);
CREATE INDEX events_date ON events(date_from, date_to);
CREATE INDEX events_article ON events(article_id, ord);
CREATE INDEX events_incident ON events(incident_id);
