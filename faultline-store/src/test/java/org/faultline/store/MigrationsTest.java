package org.faultline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MigrationsTest extends BackendTest {

    @Test
    void emptyDatabaseGetsEveryMigrationRecordedInOrder() throws Exception {
        open("m.db").close();
        List<String> applied = new ArrayList<>();
        try (Connection c = connect("m.db");
             ResultSet rs = c.createStatement().executeQuery("SELECT version, name FROM schema_version ORDER BY version")) {
            while (rs.next()) applied.add(rs.getInt(1) + ":" + rs.getString(2));
        }
        assertThat(applied).startsWith("1:V1__articles.sql", "2:V2__annotation.sql", "3:V3__events.sql", "4:V4__search.sql")
                .hasSize(Migrations.bundled().latestVersion());
        open("m.db").close();
        try (Connection c = connect("m.db");
             ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM schema_version")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(applied.size());
        }
    }

    @Test
    void databaseFromANewerVersionIsRefusedWithAClearMessage() throws Exception {
        String db = location("future.db");
        Store.open(db).close();
        try (Connection c = connect("future.db")) {
            c.createStatement().execute("INSERT INTO schema_version VALUES (999, 'V999__future.sql', '2030-01-01')");
        }
        assertThatThrownBy(() -> Store.open(db)).isInstanceOf(StoreException.class)
                .hasMessageContaining(sqlite() ? "future.db" : "postgresql://").hasMessageContaining("999").hasMessageContaining("newer");
    }

    @Test
    void olderDatabaseIsUpgradedKeepingItsRows() throws Exception {
        // simulate a database written by a version that only knew V1
        try (Connection c = connect("old.db")) {
            c.createStatement().execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
            for (String sql : SqlScript.statements(new String(MigrationsTest.class.getResourceAsStream(
                    "/org/faultline/store/migrations/" + (sqlite() ? "" : "postgres/") + "V1__articles.sql").readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)))
                c.createStatement().execute(sql);
            c.createStatement().execute("INSERT INTO schema_version VALUES (1, 'V1__articles.sql', '2024-01-01')");
            c.createStatement().execute("INSERT INTO articles(id, source, raw, text, ingested_at) "
                    + "VALUES ('old-1', 'x.txt', '', 'Harvest festival draws crowds to the old square.', '2024-01-01')");
        }
        try (Store store = open("old.db")) {
            assertThat(store.schemaVersion()).isEqualTo(Migrations.bundled().latestVersion());
            assertThat(store.findArticle("old-1")).isPresent();
            // V4 created the index after the row existed: it must still be searchable
            assertThat(store.search("harvest", 5)).extracting(SearchHit::articleId).containsExactly("old-1");
        }
    }

    @Test
    void scriptSplitterKeepsTriggerBodiesWhole() {
        List<String> stmts = SqlScript.statements("""
                -- a comment; with a semicolon
                CREATE TABLE t(a TEXT DEFAULT ';');
                CREATE TRIGGER tr AFTER INSERT ON t BEGIN
                  INSERT INTO u VALUES (1);
                  INSERT INTO u VALUES (2);
                END;
                CREATE INDEX i ON t(a);
                """);
        assertThat(stmts).hasSize(3);
        assertThat(stmts.get(0)).isEqualTo("CREATE TABLE t(a TEXT DEFAULT ';');");
        assertThat(stmts.get(1)).startsWith("CREATE TRIGGER").endsWith("END;").contains("VALUES (2)");
        List<String> pg = SqlScript.statements("CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1; $$;\nSELECT f();");
        assertThat(pg).containsExactly("CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1; $$;", "SELECT f();");
    }
}
