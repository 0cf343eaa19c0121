-- Which path produced an event (Event.path): "rules" for the pattern coder alone,
-- "rules+quad-model" for a rule event the learned quad model checked. Rows stored before this
-- version were all coded by the rules.
ALTER TABLE events ADD COLUMN path TEXT NOT NULL DEFAULT 'rules';
