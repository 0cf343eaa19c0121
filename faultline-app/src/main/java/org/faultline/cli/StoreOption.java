package org.faultline.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.faultline.store.Store;
import picocli.CommandLine.Option;

/** The {@code --db FILE|URL} option shared by every command that reads or writes the store. */
final class StoreOption {
    @Option(names = "--db", paramLabel = "FILE|URL", defaultValue = "${env:FAULTLINE_DB:-faultline.db}",
            description = "SQLite database file, or a shared PostgreSQL database as postgresql://user@host:port/db "
                    + "(default: ${DEFAULT-VALUE}; env FAULTLINE_DB).")
    String db;

    /** Opens the store, creating an empty one when the file does not exist (commands that write). */
    Store open() {
        return Store.open(db);
    }

    /**
     * Opens a store that must already exist (commands that only read): a missing file is a
     * mistake in {@code --db}, not a wish for an empty database.
     */
    Store openExisting() {
        if (db != null && !db.isBlank() && !Store.isServerUrl(db)) {
            Path path;
            try {
                path = Path.of(db.strip());
            } catch (InvalidPathException e) {
                throw new IllegalArgumentException("--db '" + db + "' is neither a file path nor a postgresql:// URL");
            }
            if (!Files.exists(path))
                throw new IllegalArgumentException("no database at " + path.toAbsolutePath().normalize()
                        + "; check --db (or FAULTLINE_DB), or create one with 'faultline ingest'");
        }
        return Store.open(db);
    }
}
