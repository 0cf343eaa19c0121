package org.faultline.ingest;

import java.util.Objects;

/**
 * What became of one article-sized piece of input: read into an {@link Article}, or failed with a reason.
 * A single input may yield many outcomes (a feed, a JSONL file, a folder).
 */
public sealed interface IngestOutcome {
    /** The input (path, URL, or {@code file:line}) this outcome is about. */
    String input();

    /** An article read successfully (possibly with recoverable problems listed in the article). */
    record Read(String input, Article article) implements IngestOutcome {
        public Read {
            Objects.requireNonNull(input, "input");
            Objects.requireNonNull(article, "article");
        }
    }

    /** An input that yielded nothing usable, and why, in words a user can act on. */
    record Failed(String input, String reason) implements IngestOutcome {
        public Failed {
            Objects.requireNonNull(input, "input");
            if (reason == null || reason.isBlank()) throw new IllegalArgumentException("failure of " + input + " needs a reason");
        }

        @Override
        public String toString() {
            return input + ": " + reason;
        }
    }
}
