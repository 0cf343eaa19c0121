package org.faultline.store;

/**
 * A stored original article's near-duplicate identity: its content hash and MinHash fingerprint
 * (as {@link org.faultline.ingest.dedup.DuplicateIndex#fingerprint} writes it), for seeding
 * duplicate detection without reading the article's text.
 */
public record StoredFingerprint(String id, String contentHash, byte[] fingerprint) {}
