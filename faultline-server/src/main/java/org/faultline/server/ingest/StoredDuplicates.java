package org.faultline.server.ingest;

import java.util.Objects;
import org.faultline.ingest.Article;
import org.faultline.ingest.dedup.DuplicateIndex;
import org.faultline.store.Store;

/**
 * Links articles posted to the API to the stored articles they duplicate. The index is seeded
 * from the store on first use (reading every stored text once), then kept up to date with what
 * this server ingests; articles another process stores meanwhile are not seen until restart.
 * Thread-safe.
 */
public final class StoredDuplicates {
    private final Store store;
    private DuplicateIndex index;

    public StoredDuplicates(Store store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** The article, linked to the earlier one it duplicates if any, and registered. */
    public synchronized Article link(Article article) {
        if (index == null) {
            index = new DuplicateIndex();
            store.forEachOriginalFingerprint(f -> index.add(f.id(), f.contentHash(), f.fingerprint()));
        }
        return index.link(article);
    }
}
