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
}
