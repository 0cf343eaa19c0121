-- State of `faultline watch`, kept in the store so a restart (or a kill -9) resumes where it was.
-- watch_sources: one row per configured source: HTTP validators for conditional GET, when it was
--   last polled / last succeeded, when it is next due (backoff after failures), counters.
-- watch_items: every item a source has yielded (feed entry, file, page version), so a restart
--   never ingests it again; article_id links it to the stored article (null when unreadable).
-- alerts: each escalation alert fired, once per dyad, granularity and period; payload is the JSON
--   delivered to sinks (the alert with its driving events and sentences).
-- alert_deliveries: one row per alert and sink still to deliver or delivered.
-- Times are ISO-8601 instants (UTC) as text; plain types so the same file serves PostgreSQL.
CREATE TABLE watch_sources (
  name                 TEXT PRIMARY KEY,
  location             TEXT NOT NULL,
  outlet               TEXT,
  etag                 TEXT,
  last_modified        TEXT,
  last_poll            TEXT,
  last_success         TEXT,
  next_poll            TEXT,
  items_seen           INTEGER NOT NULL DEFAULT 0,
  errors               INTEGER NOT NULL DEFAULT 0,
  consecutive_failures INTEGER NOT NULL DEFAULT 0,
  last_error           TEXT
);
CREATE TABLE watch_items (
  source     TEXT NOT NULL,
  item_key   TEXT NOT NULL,
  article_id TEXT,
  seen_at    TEXT NOT NULL,
  PRIMARY KEY (source, item_key)
);
CREATE INDEX watch_items_article ON watch_items(article_id);
CREATE TABLE alerts (
  dyad        TEXT NOT NULL,
  granularity TEXT NOT NULL,
  period      TEXT NOT NULL,
  payload     TEXT NOT NULL,
  fired_at    TEXT NOT NULL,
  PRIMARY KEY (dyad, granularity, period)
);
CREATE TABLE alert_deliveries (
  dyad         TEXT NOT NULL,
  granularity  TEXT NOT NULL,
  period       TEXT NOT NULL,
  sink         TEXT NOT NULL,
  attempts     INTEGER NOT NULL DEFAULT 0,
  delivered_at TEXT,
  last_error   TEXT,
  PRIMARY KEY (dyad, granularity, period, sink)
);
