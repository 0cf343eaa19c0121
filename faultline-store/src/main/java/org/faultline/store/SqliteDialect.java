package org.faultline.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * SQLite, one file (the default): connections from {@link DatabaseFile}, FTS5 search
 * ({@link SearchIndex}), SQLite's own integrity checks. Writers need no extra lock (immediate
 * transactions take SQLite's one write lock) and nothing needs a savepoint: a failed statement
 * leaves the transaction usable.
 */
final class SqliteDialect implements Dialect {
    private final Path path;
    private final SearchIndex search = new SearchIndex();

    SqliteDialect(Path path) { this.path = path; }

    @Override public String location() { return path.toString(); }

    @Override public Path file() { return path; }

    @Override public Connection openWriter() { return DatabaseFile.open(path); }

    @Override
    public Connection openReader() {
        Connection c = DatabaseFile.openReader(path);
        try {
            c.setAutoCommit(false); // deferred: the first read of a transaction takes its WAL snapshot
            return c;
        } catch (SQLException e) {
            DatabaseFile.closeQuietly(c);
            throw new StoreException(describe(e), e);
        }
    }

    @Override public String describe(SQLException e) { return DatabaseFile.describe(path, e); }

    @Override public String migrationVariants() { return null; }

    @Override
    public List<String> tables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
            while (rs.next()) tables.add(rs.getString(1));
        }
        return tables;
    }

    @Override public void lockForWrite(Connection c) { /* immediate transactions already hold the write lock */ }

    @Override public Object limit(int limit) { return limit; } // SQLite reads LIMIT -1 as "no limit"

    @Override public String contains(String column) { return "instr(" + column + ", ?) > 0"; }

    @Override public String byteOrder(String column) { return column; } // BINARY is SQLite's default

    @Override public String evidenceMatches() { return "rowid IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)"; }

    /** The unary + keeps SQLite from reading events by the matches' rowids, so it walks an ordering index. */
    @Override public String evidenceMatchesInOrder() { return "+rowid IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)"; }

    @Override public String evidenceMatchCount() { return "SELECT count(*) FROM events_fts WHERE events_fts MATCH ?"; }

    @Override
    public long dataVersion(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA data_version")) {
            return rs.next() ? rs.getLong(1) : -1;
        }
    }

    /** Each word quoted (FTS5 syntax in the user's words stays text), all required. */
    @Override public String evidenceQuery(String words) { return FullTextWords.fts5(words); }

    @Override
    public boolean isDuplicateKey(SQLException e, String table) {
        return String.valueOf(e.getMessage()).contains("UNIQUE constraint failed: " + table + ".id");
    }

    @Override
    public <T> T recoverable(Connection c, Database.SqlWork<T> work) throws SQLException { return work.run(c); }

    @Override public FullText fullText() { return search; }

    @Override public List<String> integrityProblems(Connection c) throws SQLException { return IntegrityCheck.run(c); }

    @Override
    public void beforeClose(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            // refreshes the planner's statistics where they went stale; cheap, as SQLite advises on close
            st.execute("PRAGMA optimize");
        }
    }
}
