-- PostgreSQL variant of ../V10__event_order_indexes.sql (see it for the reasons). The PostgreSQL
-- V7 kept events_dyad, which the SQLite one had replaced with events_dyad_date.
DROP INDEX IF EXISTS events_dyad;
DROP INDEX IF EXISTS events_dyad_date;
DROP INDEX IF EXISTS events_type;
DROP INDEX IF EXISTS events_date;
CREATE INDEX events_order ON events(date_from, article_id, ord, date_to);
CREATE INDEX events_dyad_order ON events(source_country, target_country, date_from, article_id, ord, date_to);
CREATE INDEX events_dyad_type_order ON events(source_country, target_country, type, date_from, article_id, ord, date_to);
CREATE INDEX events_type_order ON events(type, date_from, article_id, ord, date_to);
