-- PostgreSQL variant of ../V5__claims_incidents.sql (same tables, columns and indexes; see below
-- and that file). Differences: incidents.type_family compares case-insensitively through an ICU
-- collation (SQLite's COLLATE NOCASE), so IncidentQuery's "type_family = ?" and its index work
-- unchanged; commitments are filtered with strpos() where SQLite uses instr() (Dialect).
CREATE COLLATION faultline_nocase (provider = icu, locale = 'und-u-ks-level2', deterministic = false);

-- Claims (per article) and the corpus-level results computed over all of them: incidents,
-- contradictions and the commitments ledger.
--
-- claims belong to their article (deleted with it). Speaker and about actors are flattened
-- into columns, as in events, so filters by country use an index; event_ids is a JSON array of
-- event ids; stance is the Stance enum name; date is the ISO report date or NULL.
CREATE TABLE claims (
  id              TEXT PRIMARY KEY,
  article_id      TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  ord             INTEGER NOT NULL,
  sentence_index  INTEGER NOT NULL,
  speaker_text    TEXT NOT NULL, speaker_name TEXT, speaker_country TEXT, speaker_sector TEXT, speaker_code TEXT, speaker_wikidata TEXT,
  cue             TEXT,
  content         TEXT NOT NULL,
  direct_quote    INTEGER NOT NULL,
  stance          TEXT NOT NULL,
  about_text      TEXT, about_name TEXT, about_country TEXT, about_sector TEXT, about_code TEXT, about_wikidata TEXT,
  event_ids       TEXT NOT NULL DEFAULT '[]',
  date            TEXT
);
CREATE INDEX claims_article ON claims(article_id, ord);
CREATE INDEX claims_speaker_country ON claims(speaker_country);
CREATE INDEX claims_about_country ON claims(about_country);
CREATE INDEX claims_stance ON claims(stance);

-- Incidents: all rows are replaced together after each ingest (Store.replaceLinks); ord keeps
-- the order they were given in. event_ids and article_ids are JSON arrays. first_from/last_to
-- are the first day first_date covers and the last day last_date (or first_date) covers, so a
-- date-range filter asks "overlaps" with an index, as for events.
CREATE TABLE incidents (
  id              TEXT PRIMARY KEY,
  ord             INTEGER NOT NULL,
  source_country  TEXT,
  target_country  TEXT,
  type_family     TEXT COLLATE faultline_nocase,
  first_date      TEXT,
  last_date       TEXT,
  first_from      TEXT,
  last_to         TEXT,
  place           TEXT,
  event_ids       TEXT NOT NULL,
  article_ids     TEXT NOT NULL,
  event_count     INTEGER NOT NULL,
  sources         INTEGER NOT NULL,
  first_seen      TEXT,
  last_seen       TEXT
);
CREATE INDEX incidents_dyad ON incidents(source_country, target_country);
CREATE INDEX incidents_target ON incidents(target_country);
CREATE INDEX incidents_type_family ON incidents(type_family);
CREATE INDEX incidents_first_date ON incidents(first_from, last_to);

-- Contradictions between two stored claims; deleting an article deletes its claims and so
-- every contradiction that cites one of them. kind is the ContradictionKind enum name.
CREATE TABLE contradictions (
  id              TEXT PRIMARY KEY,
  ord             INTEGER NOT NULL,
  claim_a         TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
  claim_b         TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
  incident_id     TEXT,
  kind            TEXT NOT NULL,
  explanation     TEXT
);
CREATE INDEX contradictions_claim_a ON contradictions(claim_a);
CREATE INDEX contradictions_claim_b ON contradictions(claim_b);
CREATE INDEX contradictions_incident ON contradictions(incident_id);

-- The commitments ledger. parties is a JSON array of actor objects ({"text","name","country",
-- "sector","code","wikidata"}, nulls left out); party_countries repeats their country codes as
-- " ARM AZE " (space before and after each) so "has party X" is instr(party_countries, ' X ').
-- status is the CommitmentStatus enum name of the last change; history is a JSON array of
-- {"status","date","article_id","sentence_index","evidence"} objects in order.
CREATE TABLE commitments (
  id              TEXT PRIMARY KEY,
  ord             INTEGER NOT NULL,
  kind            TEXT,
  parties         TEXT NOT NULL,
  party_countries TEXT NOT NULL,
  content         TEXT,
  made_on         TEXT,
  status          TEXT NOT NULL,
  history         TEXT NOT NULL
);
CREATE INDEX commitments_status ON commitments(status);

-- Events by dyad in date order: a page of a dyad's events (with a date range, which leaves out
-- the undated) is read in index order and stops after the page instead of sorting them all.
-- It replaces events_dyad, its prefix.
DROP INDEX events_dyad;
CREATE INDEX events_dyad_date ON events(source_country, target_country, date_from);
