-- PostgreSQL variant of ../V8__event_search.sql: the evidence sentence's tsvector as a stored
-- generated column (always in step, no triggers), GIN-indexed, folded and stemmed as the article
-- search is (faultline_fold comes from V4).
ALTER TABLE events ADD COLUMN evidence_search tsvector GENERATED ALWAYS AS (
  to_tsvector('english', faultline_fold(coalesce(evidence, '')))
) STORED;

CREATE INDEX events_evidence_search ON events USING gin(evidence_search);
