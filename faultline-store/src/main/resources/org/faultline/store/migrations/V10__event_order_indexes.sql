-- Indexes in the order every events listing is read (date_from, article_id, ord), so a page of
-- events is the first rows of an index range instead of a sort of all matching events, behind
-- the filters the API offers most: a dyad, a dyad and a type, a type alone, nothing. Each ends
-- with date_to, so the count of a listing with a date range is answered from the index alone
-- (no table row is read to test the range). A listing puts undated events last by reading
-- "date_from IS NOT NULL" and then "date_from IS NULL" from the same index (see Reads).
-- They replace the indexes that were their prefixes.
DROP INDEX events_dyad_date;
DROP INDEX events_type;
DROP INDEX events_date;
CREATE INDEX events_order ON events(date_from, article_id, ord, date_to);
CREATE INDEX events_dyad_order ON events(source_country, target_country, date_from, article_id, ord, date_to);
CREATE INDEX events_dyad_type_order ON events(source_country, target_country, type, date_from, article_id, ord, date_to);
CREATE INDEX events_type_order ON events(type, date_from, article_id, ord, date_to);
