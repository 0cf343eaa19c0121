-- Full-text index over each article's title and clean text, ranked with bm25.
-- External content: the text lives once, in articles; triggers keep the index in step.
-- porter stemming so "shelling" finds "shelled"; diacritics folded so "Turkiye" finds "Türkiye".
CREATE VIRTUAL TABLE articles_fts USING fts5(
  title, text,
  content='articles', content_rowid='seq',
  tokenize='porter unicode61 remove_diacritics 2'
);

CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
END;

CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
END;

CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
END;

-- index the articles stored before this migration ran
INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
