package org.faultline.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a database to the newest schema this code knows. Migrations are numbered SQL files
 * listed in {@code migrations/migrations.txt}; each runs in its own transaction together with
 * its row in {@code schema_version}, so a crash leaves the database at a whole version.
 * Where a database engine needs different SQL, a file of the same name in the dialect's folder
 * ({@code migrations/postgres/}) replaces the generic one: one list, one numbering.
 */
final class Migrations {
    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);
    private static final String FOLDER = "migrations/";
    private static final Pattern NAME = Pattern.compile("V(\\d+)__[A-Za-z0-9_]+\\.sql");

    /** One migration file. */
    record Migration(int version, String name, String sql) {}

    private final List<Migration> migrations;

    private Migrations(List<Migration> migrations) { this.migrations = List.copyOf(migrations); }

    /** Loads the migrations bundled with the store, in their generic (SQLite) form. */
    static Migrations bundled() { return bundled(null); }

    /** Loads the migrations bundled with the store, each in its {@code variants} form where there is one. */
    static Migrations bundled(String variants) {
        String index = resource(FOLDER + "migrations.txt");
        List<Migration> list = new ArrayList<>();
        for (String line : index.split("\n")) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("#")) continue;
            Matcher m = NAME.matcher(name);
            if (!m.matches()) throw new IllegalStateException("bad migration file name in migrations.txt: " + name);
            int version = Integer.parseInt(m.group(1));
            if (version != list.size() + 1)
                throw new IllegalStateException("migration " + name + " should be version " + (list.size() + 1));
            String variant = variants == null ? null : optionalResource(variants + name);
            list.add(new Migration(version, name, variant != null ? variant : resource(FOLDER + name)));
        }
        return new Migrations(list);
    }

    int latestVersion() { return migrations.size(); }

    /** Applies the missing migrations; fails if the database is newer than this code. */
    void apply(Connection conn, Dialect dialect) throws SQLException {
        String dbName = dialect.location();
        refuseForeignDatabase(dialect.tables(conn), dbName);
        inTransaction(conn, dialect, c -> {
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE IF NOT EXISTS schema_version ("
                        + "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
            }
            return null;
        });
        checkNotNewer(currentVersion(conn), dbName);
        for (Migration m : migrations) {
            if (applyOne(conn, dialect, m)) LOG.debug("database {}: applied migration {}", dbName, m.name());
        }
    }

    /**
     * A SQLite file with tables but no schema_version belongs to some other program: adding our
     * tables to it would be a nasty surprise, so refuse.
     */
    private static void refuseForeignDatabase(List<String> tables, String dbName) {
        if (!tables.isEmpty() && !tables.contains("schema_version"))
            throw new StoreException("database " + dbName + " holds tables of another program (tables: "
                    + String.join(", ", tables.subList(0, Math.min(5, tables.size())))
                    + (tables.size() > 5 ? ", ..." : "") + "); give Faultline its own database file");
    }

    private void checkNotNewer(int current, String dbName) {
        if (current > latestVersion())
            throw new StoreException("database " + dbName + " has schema version " + current
                    + ", newer than this Faultline knows (" + latestVersion()
                    + "); use a newer Faultline or another database file");
    }

    static int currentVersion(Connection conn) throws SQLException {
        try (Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /**
     * Applies one migration unless the database already has it. The version is read again inside
     * the (immediate, so locked) transaction: two processes opening a new file at once must not
     * both run V1.
     */
    private boolean applyOne(Connection conn, Dialect dialect, Migration m) throws SQLException {
        String dbName = dialect.location();
        boolean auto = conn.getAutoCommit();
        conn.setAutoCommit(false);
        try {
            dialect.lockForWrite(conn);
            int current = currentVersion(conn);
            checkNotNewer(current, dbName);
            if (current >= m.version()) {
                conn.commit();
                return false;
            }
            if (current > 0) LOG.info("database {}: upgrading with migration {}", dbName, m.name());
            try (Statement st = conn.createStatement()) {
                for (String sql : SqlScript.statements(m.sql())) st.execute(sql);
            }
            try (PreparedStatement ps = conn.prepareStatement(
                    "INSERT INTO schema_version(version, name, applied_at) VALUES (?, ?, ?)")) {
                ps.setInt(1, m.version());
                ps.setString(2, m.name());
                ps.setString(3, Instant.now().toString());
                ps.executeUpdate();
            }
            conn.commit();
            return true;
        } catch (SQLException | RuntimeException e) {
            conn.rollback();
            if (e instanceof StoreException) throw e;
            throw new SQLException("migration " + m.name() + " failed: " + e.getMessage(), e);
        } finally {
            conn.setAutoCommit(auto);
        }
    }

    /** Runs {@code work} in one transaction holding the write lock (two processes may open a new database at once). */
    private static void inTransaction(Connection conn, Dialect dialect, Database.SqlWork<Void> work) throws SQLException {
        boolean auto = conn.getAutoCommit();
        conn.setAutoCommit(false);
        try {
            dialect.lockForWrite(conn);
            work.run(conn);
            conn.commit();
        } catch (SQLException | RuntimeException e) {
            conn.rollback();
            throw e;
        } finally {
            conn.setAutoCommit(auto);
        }
    }

    private static String optionalResource(String path) {
        try (InputStream in = Migrations.class.getResourceAsStream(path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read resource org/faultline/store/" + path, e);
        }
    }

    private static String resource(String path) {
        try (InputStream in = Migrations.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing resource org/faultline/store/" + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read resource org/faultline/store/" + path, e);
        }
    }
}
