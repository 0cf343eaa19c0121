-- PostgreSQL form of V6: DOUBLE PRECISION instead of REAL (scores compare exactly as written).
ALTER TABLE contradictions ADD COLUMN score DOUBLE PRECISION NOT NULL DEFAULT 1;
CREATE INDEX contradictions_score ON contradictions(score);
ALTER TABLE incidents ADD COLUMN confidence DOUBLE PRECISION NOT NULL DEFAULT 1;
ALTER TABLE incidents ADD COLUMN joins TEXT NOT NULL DEFAULT '{}';
