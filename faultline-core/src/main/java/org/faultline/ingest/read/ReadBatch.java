package org.faultline.ingest.read;

import org.faultline.ingest.IngestOutcome;
import org.faultline.ingest.RawDocument;

import java.util.List;

/**
 * What a reader got from one source: documents to clean, and the parts that failed (e.g. JSONL lines).
 */
public record ReadBatch(List<RawDocument> documents, List<IngestOutcome.Failed> failures) {
    public ReadBatch {
        documents = List.copyOf(documents);
        failures = List.copyOf(failures);
    }

    public static ReadBatch of(RawDocument doc) {
        return new ReadBatch(List.of(doc), List.of());
    }
}
