package org.faultline.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.postgresql.Driver;

/**
 * Base of the store tests parameterised over {@link Backend}s (see {@link BackendTest} for the
 * usual "every backend"; a subclass may pick its own with @ParameterizedClass). A test names its databases ({@link #open(String)}); the
 * same name opens the same database again within the test. With SQLite a name is a file in the
 * test's temp dir; with PostgreSQL it is a fresh schema (dropped after the test) in the database
 * of {@link PgTestServer}, reached by adding {@code currentSchema=} to its URL. PostgreSQL
 * variants are skipped, with the reason, when no server is available.
 */
abstract class StoreTestBase {
    @Parameter
    Backend backend;
    @TempDir
    Path dir;
    private final Map<String, String> schemas = new LinkedHashMap<>();

    boolean sqlite() { return backend == Backend.SQLITE; }

    /** Skips a PostgreSQL variant before the test class's own set-up runs (superclass methods run first). */
    @BeforeEach
    final void requireBackend() {
        if (!sqlite()) baseUrl();
    }

    /** Opens (creating and migrating) the test's database called {@code name}. */
    Store open(String name) { return Store.open(location(name)); }

    /** What {@link Store#open(String)} takes for the database called {@code name}. */
    String location(String name) {
        if (sqlite()) return dir.resolve(name).toString();
        String base = baseUrl();
        String schema = schemas.computeIfAbsent(name, n -> createSchema(base));
        return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** A plain JDBC connection to the database called {@code name}, behind the store's back. */
    Connection connect(String name) throws SQLException {
        if (sqlite()) return java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(name));
        location(name);
        Connection c = admin(baseUrl());
        try (Statement st = c.createStatement()) {
            st.execute("SET search_path TO " + schemas.get(name));
        }
        return c;
    }

    private static String baseUrl() {
        String base = PgTestServer.url();
        assumeTrue(base != null, PgTestServer::unavailableReason);
        return base;
    }

    private static String createSchema(String base) {
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        try (Connection c = admin(base); Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test schema in " + base + ": " + e.getMessage(), e);
        }
        return schema;
    }

    static Connection admin(String base) throws SQLException {
        PostgresUrl url = PostgresUrl.parse(base);
        return new Driver().connect(url.jdbcUrl(), url.properties());
    }

    @AfterEach
    final void dropSchemas() throws SQLException {
        if (schemas.isEmpty()) return;
        List<String> names = new ArrayList<>(schemas.values());
        schemas.clear();
        try (Connection c = admin(PgTestServer.url()); Statement st = c.createStatement()) {
            st.execute("SET lock_timeout = '5s'"); // a store a test forgot to close must not hang the suite
            for (String s : names) st.execute("DROP SCHEMA IF EXISTS " + s + " CASCADE");
        }
    }
}
