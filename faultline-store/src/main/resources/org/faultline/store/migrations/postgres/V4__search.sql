-- PostgreSQL variant of ../V4__search.sql: full-text search with PostgreSQL's own machinery
-- instead of FTS5. A stored generated column holds each article's tsvector (no triggers: it is
-- recomputed whenever title or text change, so it cannot fall out of step), indexed with GIN.
-- The 'english' configuration stems ("shelling" finds "shelled"); the title gets weight A and
-- the body weight B, which the search ranks 3:1, as bm25 weights them in SQLite.
-- Diacritics are folded by faultline_fold (Latin letters with marks to their base letter, the
-- same letters SQLite's remove_diacritics folds), so "Turkiye" finds "Türkiye"; queries are
-- folded the same way. It is translate(), not the unaccent extension, so no superuser is needed.
CREATE FUNCTION faultline_fold(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT translate(t, 'ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžƠơƯưǍǎǏǐǑǒǓǔǕǖǗǘǙǚǛǜǞǟǠǡǦǧǨǩǪǫǬǭǰǴǵǸǹǺǻȀȁȂȃȄȅȆȇȈȉȊȋȌȍȎȏȐȑȒȓȔȕȖȗȘșȚțȞȟȦȧȨȩȪȫȬȭȮȯȰȱȲȳ', 'AAAAAACEEEEIIIINOOOOOUUUUYaaaaaaceeeeiiiinooooouuuuyyAaAaAaCcCcCcCcDdEeEeEeEeEeGgGgGgGgHhIiIiIiIiIJjKkLlLlLlNnNnNnOoOoOoRrRrRrSsSsSsSsTtTtUuUuUuUuUuUuWwYyYZzZzZzOoUuAaIiOoUuUuUuUuUuAaAaGgKkOoOojGgNnAaAaAaEeEeIiIiOoOoRrRrUuUuSsTtHhAaEeOoOoOoOoYy')
$$;

ALTER TABLE articles ADD COLUMN search tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english', faultline_fold(coalesce(title, ''))), 'A')
  || setweight(to_tsvector('english', faultline_fold(text)), 'B')
) STORED;

CREATE INDEX articles_search ON articles USING gin(search);
