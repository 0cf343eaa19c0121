package org.faultline.cli;

import org.faultline.store.Store;
import picocli.CommandLine.Option;

/** The {@code --db FILE|URL} option shared by every command that reads or writes the store. */
final class StoreOption {
    @Option(names = "--db", paramLabel = "FILE|URL", defaultValue = "${env:FAULTLINE_DB:-faultline.db}",
            description = "SQLite database file, or a shared PostgreSQL database as postgresql://user@host:port/db "
                    + "(default: ${DEFAULT-VALUE}; env FAULTLINE_DB).")
    String db;

    Store open() {
        return Store.open(db);
    }

    /**
     * Opens the store for a command that only reads: a SQLite file that does not exist is a user
     * mistake (a typo in --db), not a reason to create an empty database.
     */
    Store openExisting() {
        String where = db == null ? "" : db.strip();
        boolean url = where.startsWith("postgres") || where.startsWith("jdbc:");
        if (!url && !where.isEmpty() && !java.nio.file.Files.exists(java.nio.file.Path.of(where)))
            throw new IllegalArgumentException("database " + where + " does not exist (check --db or FAULTLINE_DB; "
                    + "'faultline ingest' or 'faultline watch' creates one)");
        return Store.open(db);
    }
}
