package org.faultline.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.Driver;

/**
 * PostgreSQL, a database shared by several processes and users (selected by a URL). What differs
 * from SQLite:
 * <ul>
 *   <li>writes from all processes are serialised with a transaction-scoped advisory lock, so two
 *       servers saving the same article id behave as two SQLite writers do (one waits);</li>
 *   <li>readers run REPEATABLE READ read-only transactions: one snapshot per read call, as WAL
 *       gives SQLite readers;</li>
 *   <li>an error aborts the whole transaction, so statements whose failure is explained with a
 *       follow-up query run under a savepoint;</li>
 *   <li>search is {@link PostgresSearch}; foreign keys and the generated search column keep
 *       themselves consistent, so the integrity check looks for what could still go wrong.</li>
 * </ul>
 */
final class PostgresDialect implements Dialect {
    /** Key of the advisory lock all Faultline writers of one database take ("FLTWRITE"). */
    static final long WRITE_LOCK = 0x464C_5457_5249_5445L;
    private static final String[] OWNED_BY_ARTICLES = {"sentences", "entities", "times", "quotes", "events", "claims"};

    private final PostgresUrl url;
    private final Driver driver = new Driver();
    private final PostgresSearch search = new PostgresSearch();

    PostgresDialect(PostgresUrl url) { this.url = url; }

    @Override public String location() { return url.display(); }

    @Override public Path file() { return null; }

    @Override
    public Connection openWriter() {
        return connect();
    }

    @Override
    public Connection openReader() {
        Connection c = connect();
        try {
            c.setAutoCommit(false);
            c.setReadOnly(true);
            // one snapshot for the whole read transaction, not one per statement (READ COMMITTED)
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            return c;
        } catch (SQLException e) {
            DatabaseFile.closeQuietly(c);
            throw new StoreException(describe(e), e);
        }
    }

    private Connection connect() {
        try {
            Connection c = driver.connect(url.jdbcUrl(), url.properties());
            if (c == null) throw new StoreException("the PostgreSQL driver does not accept " + url.display());
            return c;
        } catch (SQLException e) {
            throw new StoreException(describe(e), e);
        }
    }

    @Override
    public String describe(SQLException e) {
        String state = String.valueOf(e.getSQLState());
        String m = e.getMessage();
        String db = url.display();
        if (state.startsWith("08"))
            return "cannot connect to PostgreSQL database " + db + " (is the server running, and the host and port right?): " + m;
        if (state.startsWith("28")) return "PostgreSQL refused the login to " + db + " (user or password): " + m;
        if (state.equals("3D000"))
            return "PostgreSQL database " + db + " does not exist; create it first (createdb): " + m;
        if (state.equals("42501")) return "database " + db + ": permission denied: " + m;
        if (state.equals("53100")) return "database " + db + ": the server's disk is full; nothing of the current write was stored";
        return "database " + db + ": " + m;
    }

    @Override public String migrationVariants() { return "migrations/postgres/"; }

    @Override
    public List<String> tables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT table_name FROM information_schema.tables "
                     + "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name")) {
            while (rs.next()) tables.add(rs.getString(1));
        }
        return tables;
    }

    @Override
    public void lockForWrite(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
            ps.setLong(1, WRITE_LOCK);
            ps.executeQuery().close();
        }
    }

    // PostgreSQL reads LIMIT NULL as "no limit"; a bound Long.MAX_VALUE does the same with a typed parameter
    @Override public Object limit(int limit) { return limit < 0 ? Long.MAX_VALUE : limit; }

    @Override public String contains(String column) { return "strpos(" + column + ", ?) > 0"; }

    @Override public String byteOrder(String column) { return column + " COLLATE \"C\""; }

    @Override public String evidenceMatches() { return "evidence_search @@ plainto_tsquery('english', faultline_fold(?))"; }

    @Override public String evidenceQuery(String words) { return String.join(" ", FullTextWords.words(words)); }

    @Override
    public boolean isDuplicateKey(SQLException e, String table) {
        for (SQLException x = e; x != null; x = x.getNextException()) {
            if ("23505".equals(x.getSQLState()) && String.valueOf(x.getMessage()).contains("\"" + table + "_pkey\""))
                return true;
        }
        return false;
    }

    @Override
    public <T> T recoverable(Connection c, Database.SqlWork<T> work) throws SQLException {
        Savepoint sp = c.setSavepoint();
        try {
            T result = work.run(c);
            c.releaseSavepoint(sp);
            return result;
        } catch (SQLException | RuntimeException e) {
            c.rollback(sp);
            throw e;
        }
    }

    @Override public FullText fullText() { return search; }

    /** Rows whose owner is missing (possible only if a session bypassed the foreign keys) and an invalid search index. */
    @Override
    public List<String> integrityProblems(Connection c) throws SQLException {
        List<String> problems = new ArrayList<>();
        try (Statement st = c.createStatement()) {
            for (String table : OWNED_BY_ARTICLES) {
                try (ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table + " x WHERE NOT EXISTS "
                        + "(SELECT 1 FROM articles a WHERE a.id = x.article_id)")) {
                    if (rs.next() && rs.getLong(1) > 0)
                        problems.add(rs.getLong(1) + " orphan row(s) in " + table + " pointing to missing articles");
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM contradictions k WHERE NOT EXISTS "
                    + "(SELECT 1 FROM claims a WHERE a.id = k.claim_a) OR NOT EXISTS (SELECT 1 FROM claims b WHERE b.id = k.claim_b)")) {
                if (rs.next() && rs.getLong(1) > 0)
                    problems.add(rs.getLong(1) + " orphan row(s) in contradictions pointing to missing claims");
            }
            try (ResultSet rs = st.executeQuery("SELECT i.indisvalid FROM pg_index i JOIN pg_class x ON x.oid = i.indexrelid "
                    + "WHERE x.relname = 'articles_search' AND x.relnamespace = current_schema()::regnamespace")) {
                if (!rs.next() || !rs.getBoolean(1)) problems.add("full-text index articles_search is missing or invalid");
            }
        }
        return problems;
    }

    @Override public void beforeClose(Connection c) { /* autovacuum keeps the statistics fresh */ }
}
