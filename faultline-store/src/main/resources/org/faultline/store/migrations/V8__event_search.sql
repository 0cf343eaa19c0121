-- Full-text index over each event's evidence sentence, for the events `text` filter (the API
-- answered it by scanning events in Java). External content, as articles_fts: the sentence lives
-- once, in events; triggers keep the index in step. Same tokenizer as the article search.
-- Keyed by the implicit rowid, which only VACUUM renumbers: the store never runs it; after a
-- manual VACUUM run INSERT INTO events_fts(events_fts) VALUES ('rebuild').
CREATE VIRTUAL TABLE events_fts USING fts5(
  evidence,
  content='events', content_rowid='rowid',
  tokenize='porter unicode61 remove_diacritics 2'
);

CREATE TRIGGER events_fts_insert AFTER INSERT ON events BEGIN
  INSERT INTO events_fts(rowid, evidence) VALUES (new.rowid, new.evidence);
END;

CREATE TRIGGER events_fts_delete AFTER DELETE ON events BEGIN
  INSERT INTO events_fts(events_fts, rowid, evidence) VALUES ('delete', old.rowid, old.evidence);
END;

CREATE TRIGGER events_fts_update AFTER UPDATE OF evidence ON events BEGIN
  INSERT INTO events_fts(events_fts, rowid, evidence) VALUES ('delete', old.rowid, old.evidence);
  INSERT INTO events_fts(rowid, evidence) VALUES (new.rowid, new.evidence);
END;

-- index the events stored before this migration ran
INSERT INTO events_fts(events_fts) VALUES ('rebuild');
