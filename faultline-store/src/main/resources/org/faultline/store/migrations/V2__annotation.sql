-- The annotation of each article (org.faultline.nlp.Doc), enough to rebuild the records.
-- tokens: JSON array with one array per token, [word, lemma, pos, ner, begin, end] (begin/end
-- are character offsets in the article's clean text; arrays, not objects, halve the size);
-- dependencies: JSON array of [relation, governor, dependent] (token indexes within the
-- sentence, governor -1 for the root). token_count saves parsing JSON for statistics.
-- Entities and times are rows (not JSON) so they can be queried; ord keeps their order.
CREATE TABLE sentences (
  article_id   TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  idx          INTEGER NOT NULL,
  text         TEXT NOT NULL,
  begin_char   INTEGER NOT NULL,
  end_char     INTEGER NOT NULL,
  token_count  INTEGER NOT NULL,
  tokens       TEXT NOT NULL,
  dependencies TEXT NOT NULL,
  PRIMARY KEY (article_id, idx)
);

CREATE TABLE entities (
  article_id   TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  sentence_idx INTEGER NOT NULL,
  ord          INTEGER NOT NULL,
  text         TEXT NOT NULL,
  type         TEXT NOT NULL,
  start_token  INTEGER NOT NULL,
  end_token    INTEGER NOT NULL,
  normalized   TEXT,
  PRIMARY KEY (article_id, sentence_idx, ord)
);
CREATE INDEX entities_type_text ON entities(type, text);

CREATE TABLE times (
  article_id   TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  sentence_idx INTEGER NOT NULL,
  ord          INTEGER NOT NULL,
  text         TEXT NOT NULL,
  start_token  INTEGER NOT NULL,
  end_token    INTEGER NOT NULL,
  value        TEXT,
  precision    TEXT NOT NULL,
  PRIMARY KEY (article_id, sentence_idx, ord)
);
CREATE INDEX times_value ON times(value);

CREATE TABLE quotes (
  article_id        TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  ord               INTEGER NOT NULL,
  text              TEXT NOT NULL,
  begin_char        INTEGER NOT NULL,
  end_char          INTEGER NOT NULL,
  sentence_begin    INTEGER NOT NULL,
  sentence_end      INTEGER NOT NULL,
  speaker           TEXT,
  canonical_speaker TEXT,
  PRIMARY KEY (article_id, ord)
);
CREATE INDEX quotes_canonical_speaker ON quotes(canonical_speaker);
