-- Scores of the corpus links (issue 10): a contradiction's score (0..1, lists are sorted on it and
-- a threshold hides the weak ones); an incident's confidence (0..1) and, per grouped event, the
-- rule that joined it (JSON object event id -> rule name).
ALTER TABLE contradictions ADD COLUMN score REAL NOT NULL DEFAULT 1;
CREATE INDEX contradictions_score ON contradictions(score);
ALTER TABLE incidents ADD COLUMN confidence REAL NOT NULL DEFAULT 1;
ALTER TABLE incidents ADD COLUMN joins TEXT NOT NULL DEFAULT '{}';
