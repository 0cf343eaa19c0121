package org.faultline.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The seam between the store and its database engine: how to connect, and the few places where
 * SQLite's SQL and PostgreSQL's differ. Everything else (the *Rows classes, the query records)
 * is written once in SQL both understand. Two implementations: {@link SqliteDialect} (the
 * default, one file) and {@link PostgresDialect} (a shared server, selected by a URL).
 *
 * <p>Differences handled elsewhere, in the migration files: identity columns (SQLite's INTEGER
 * PRIMARY KEY vs a BIGINT identity), floating point types, the case-insensitive collation and
 * the full-text index (FTS5 table vs a tsvector column). The store uses no upserts and no JSON
 * functions in SQL (JSON is encoded in Java, stored as text), so those need nothing here.
 */
interface Dialect {
    /** The database as named in messages and logs: a file path or a URL without password. */
    String location();

    /** The SQLite file, or null for a server database. */
    Path file();

    /** A connection for writes and migrations, in auto-commit mode. */
    Connection openWriter();

    /** A read-only connection with auto-commit off whose transactions each see one snapshot. */
    Connection openReader();

    /** A message for an SQL failure that names the database and, where known, what to do. */
    String describe(SQLException e);

    /** The folder (under org/faultline/store/) whose migration files replace the generic ones, or null. */
    String migrationVariants();

    /** The names of the tables in the database (its current schema), to spot a foreign database. */
    List<String> tables(Connection c) throws SQLException;

    /**
     * Called first in every write transaction: makes writes from all processes wait for each
     * other, as SQLite's one write lock does (a no-op there: immediate transactions do it).
     */
    void lockForWrite(Connection c) throws SQLException;

    /** The value to bind to {@code LIMIT ?} for a limit where -1 means "no limit". */
    Object limit(int limit);

    /** A condition true when {@code column} contains the bound text: SQLite instr, PostgreSQL strpos. */
    String contains(String column);

    /** True when {@code e} is a primary-key clash on {@code table}. */
    boolean isDuplicateKey(SQLException e, String table);

    /** {@code column} for ORDER BY in byte (code point) order, whatever the database's collation. */
    String byteOrder(String column);

    /** A WHERE clause over {@code events} with one parameter: the evidence matches a full-text query. */
    String evidenceMatches();

    /** The parameter of {@link #evidenceMatches()} for the user's words (all must occur). */
    String evidenceQuery(String words);

    /**
     * As {@link #evidenceMatches()}, but for a listing whose words match many events: the
     * events are read in the order of another index and each is tested against the matches,
     * instead of every match being fetched and sorted. Where the engine plans this itself, the
     * same clause.
     */
    default String evidenceMatchesInOrder() { return evidenceMatches(); }

    /**
     * A query with one parameter (as {@link #evidenceQuery}) counting the events whose evidence
     * matches, from the full-text index alone; null when the engine has none cheaper than the
     * listing's own count.
     */
    default String evidenceMatchCount() { return null; }

    /**
     * A number that changes whenever another connection commits a change to the database, read
     * in {@code c}'s current read transaction; -1 when the engine offers none (nothing derived
     * from the data is then kept between reads).
     */
    default long dataVersion(Connection c) throws SQLException { return -1; }

    /**
     * Runs {@code work} so that, when it fails, the transaction can still be used to explain the
     * failure (PostgreSQL aborts the whole transaction on an error unless a savepoint was set).
     */
    <T> T recoverable(Connection c, Database.SqlWork<T> work) throws SQLException;

    /** The full-text search of this engine. */
    FullText fullText();

    /** Problems with the stored data (corruption, orphan rows, stale full-text index); empty when sound. */
    List<String> integrityProblems(Connection c) throws SQLException;

    /** Housekeeping on the writer connection before it is closed. */
    void beforeClose(Connection c) throws SQLException;
}
