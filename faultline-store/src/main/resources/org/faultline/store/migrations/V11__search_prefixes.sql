-- Prefix indexes for the article search: "fire*" was answered by merging the doclists of every
-- word starting with "fire" over the whole corpus before the first hit (some 10 ms at 50,000
-- articles, each time); with 2-, 3- and 4-character prefixes indexed, FTS5 reads one doclist.
-- Longer prefixes start from the 4-character one. The table is rebuilt from articles (seconds at
-- 50,000 articles); the triggers are those of V4.
DROP TRIGGER articles_fts_insert;
DROP TRIGGER articles_fts_delete;
DROP TRIGGER articles_fts_update;
DROP TABLE articles_fts;
CREATE VIRTUAL TABLE articles_fts USING fts5(
  title, text,
  content='articles', content_rowid='seq',
  tokenize='porter unicode61 remove_diacritics 2',
  prefix='2 3 4'
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

INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
