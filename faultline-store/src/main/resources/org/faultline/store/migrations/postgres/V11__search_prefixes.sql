-- PostgreSQL variant of ../V11__search_prefixes.sql: nothing to do. A prefix query (to_tsquery
-- with :*) is answered by the GIN index of V4 as it is.
SELECT 1;
