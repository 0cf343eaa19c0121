package org.faultline.ingest.dedup;

/**
 * An earlier article that a text duplicates.
 *
 * @param id         the earlier article's id
 * @param similarity 1.0 for an exact duplicate, else the estimated Jaccard similarity of shingles
 * @param exact      true when the normalised texts are identical (same content hash)
 */
public record DuplicateMatch(String id, double similarity, boolean exact) {
}
