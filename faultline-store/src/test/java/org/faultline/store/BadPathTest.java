package org.faultline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BadPathTest {
    @TempDir
    Path dir;

    @Test
    void directoryIsRefusedNamingThePath() {
        assertThatThrownBy(() -> Store.open(dir)).isInstanceOf(StoreException.class)
                .hasMessageContaining(dir.toString()).hasMessageContaining("is a directory");
    }

    @Test
    void fileThatIsNotSqliteIsRefusedNamingThePath() throws Exception {
        Path notes = dir.resolve("notes.db");
        Files.writeString(notes, "These are meeting notes, not a database. ".repeat(40));
        assertThatThrownBy(() -> Store.open(notes)).isInstanceOf(StoreException.class)
                .hasMessageContaining(notes.toString()).hasMessageContaining("not a SQLite database");
        assertThat(Files.readString(notes)).startsWith("These are meeting notes");
    }

    @Test
    void sqliteFileOfAnotherProgramIsLeftAlone() throws Exception {
        Path other = dir.resolve("contacts.sqlite");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + other)) {
            c.createStatement().execute("CREATE TABLE contacts(name TEXT)");
        }
        assertThatThrownBy(() -> Store.open(other)).isInstanceOf(StoreException.class)
                .hasMessageContaining(other.toString()).hasMessageContaining("another program").hasMessageContaining("contacts");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + other);
             java.sql.ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM sqlite_master")) {
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void parentThatIsAFileIsRefusedNamingThePath() throws Exception {
        Path file = dir.resolve("plain.txt");
        Files.writeString(file, "x");
        Path db = file.resolve("faultline.db");
        assertThatThrownBy(() -> Store.open(db)).isInstanceOf(StoreException.class)
                .hasMessageContaining(db.toString());
    }

    @Test
    void unreadableFileIsRefusedNamingThePath() throws Exception {
        // root reads everything, so this case only exists for ordinary users
        assumeFalse("root".equals(System.getProperty("user.name")), "running as root");
        Path db = dir.resolve("locked.db");
        Store.open(db).close();
        Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("---------"));
        assertThatThrownBy(() -> Store.open(db)).isInstanceOf(StoreException.class)
                .hasMessageContaining(db.toString()).hasMessageContaining("not readable");
    }

    @Test
    void nullPathIsAnArgumentError() {
        assertThatThrownBy(() -> Store.open((Path) null)).isInstanceOf(IllegalArgumentException.class);
    }
}
