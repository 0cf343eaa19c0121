package org.faultline.claims.eval;

import org.faultline.nlp.Doc;

/**
 * One annotated seed article for claim evaluation: its id (the doc's id must equal the gold's seed
 * column), the doc, and its headline (for a "...: Author" statement author), which may be null.
 */
public record SeedDoc(Doc doc, String title) {
    public SeedDoc {
        if (doc == null) throw new IllegalArgumentException("seed doc must not be null");
    }

    public String id() { return doc.id(); }
}
