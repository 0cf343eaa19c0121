package org.faultline.cli;

import java.nio.file.Path;
import org.faultline.store.Store;
import picocli.CommandLine.Option;

/** The {@code --db FILE} option shared by every command that reads or writes the store. */
final class StoreOption {
    @Option(names = "--db", paramLabel = "FILE", defaultValue = "${env:FAULTLINE_DB:-faultline.db}",
            description = "SQLite database file (default: ${DEFAULT-VALUE}; env FAULTLINE_DB).")
    Path db;

    Store open() {
        return Store.open(db);
    }
}
