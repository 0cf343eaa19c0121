package org.faultline.ingest.dedup;

import org.faultline.ingest.Article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds articles already seen that a new text duplicates, exactly (same {@link ContentHash}) or nearly
 * (estimated Jaccard similarity of 5-word shingle sets at or above {@link #DEFAULT_THRESHOLD}, via
 * MinHash with 128 functions and LSH in 32 bands of 4 rows). Seed it with stored articles
 * ({@link #add}), then {@link #link} each new article: duplicates are linked, never dropped. The
 * first article registered with given content stays the original. Thread-safe.
 */
public final class DuplicateIndex {
    /** Near-duplicate threshold on estimated shingle Jaccard similarity. */
    public static final double DEFAULT_THRESHOLD = 0.7;
    private static final int BANDS = 32;
    private static final int ROWS = 4;

    /** Stateless and deterministic, so one serves every index and the store's saved fingerprints. */
    private static final MinHasher HASHER = new MinHasher(5, BANDS * ROWS);
    private final MinHasher hasher = HASHER;
    private final double threshold;
    private final Map<String, String> byHash = new HashMap<>();
    private final Map<String, long[]> signatures = new LinkedHashMap<>();
    private final List<Map<Long, List<String>>> bands = new ArrayList<>();

    public DuplicateIndex() {
        this(DEFAULT_THRESHOLD);
    }

    public DuplicateIndex(double threshold) {
        if (!(threshold > 0 && threshold <= 1)) throw new IllegalArgumentException("threshold must be in (0,1], was " + threshold);
        this.threshold = threshold;
        for (int i = 0; i < BANDS; i++) bands.add(new HashMap<>());
    }

    /** Registers an article already stored (or just accepted) under {@code id}. Re-adding an id is a no-op. */
    public synchronized void add(String id, String text) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        register(id, ContentHash.of(text), hasher.signature(text));
    }

    /**
     * Registers a stored article from its saved fingerprint ({@link #fingerprint}), so seeding an
     * index from a large store reads bytes instead of shingling every text again.
     *
     * @throws IllegalArgumentException when the fingerprint is not one this class wrote
     */
    public synchronized void add(String id, String contentHash, byte[] fingerprint) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(contentHash, "contentHash");
        register(id, contentHash, decode(fingerprint, id));
    }

    /** The text's MinHash signature as bytes (1 KiB), for the store to keep beside the article. */
    public static byte[] fingerprint(String text) {
        long[] sig = HASHER.signature(Objects.requireNonNull(text, "text"));
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(sig.length * Long.BYTES);
        for (long v : sig) b.putLong(v);
        return b.array();
    }

    private static long[] decode(byte[] bytes, String id) {
        if (bytes == null || bytes.length != BANDS * ROWS * Long.BYTES)
            throw new IllegalArgumentException("fingerprint of article " + id + " has " + (bytes == null ? "no" : bytes.length)
                    + " bytes, expected " + BANDS * ROWS * Long.BYTES);
        long[] sig = new long[BANDS * ROWS];
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(bytes);
        for (int i = 0; i < sig.length; i++) sig[i] = b.getLong();
        return sig;
    }

    private void register(String id, String hash, long[] sig) {
        if (signatures.containsKey(id)) return;
        byHash.putIfAbsent(hash, id);
        signatures.put(id, sig);
        for (int b = 0; b < BANDS; b++) bands.get(b).computeIfAbsent(bandKey(sig, b), k -> new ArrayList<>()).add(id);
    }

    /** The best earlier article {@code text} duplicates, ignoring {@code selfId} (may be null). */
    public synchronized Optional<DuplicateMatch> find(String text, String selfId) {
        return find(ContentHash.of(text), hasher.signature(text), selfId);
    }

    private Optional<DuplicateMatch> find(String hash, long[] sig, String selfId) {
        String exact = byHash.get(hash);
        if (exact != null && !exact.equals(selfId)) return Optional.of(new DuplicateMatch(exact, 1.0, true));
        DuplicateMatch best = null;
        for (int b = 0; b < BANDS; b++) {
            for (String id : bands.get(b).getOrDefault(bandKey(sig, b), List.of())) {
                if (id.equals(selfId)) continue;
                double sim = MinHasher.similarity(sig, signatures.get(id));
                if (sim >= threshold && (best == null || sim > best.similarity())) best = new DuplicateMatch(id, sim, false);
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Links {@code article} to the earlier article it duplicates (if any) and registers it.
     * An article whose id is already known (the same input ingested again) is returned unchanged.
     */
    public synchronized Article link(Article article) {
        Objects.requireNonNull(article, "article");
        if (signatures.containsKey(article.id())) return article;
        // Article.contentHash is ContentHash.of(text) by contract; computing the signature once keeps big texts cheap.
        String hash = article.contentHash() != null ? article.contentHash() : ContentHash.of(article.text());
        long[] sig = hasher.signature(article.text());
        Optional<DuplicateMatch> match = find(hash, sig, article.id());
        register(article.id(), hash, sig);
        return match.map(m -> article.withDuplicateOf(m.id())).orElse(article);
    }

    public synchronized int size() {
        return signatures.size();
    }

    private static long bandKey(long[] sig, int band) {
        long h = band;
        for (int r = 0; r < ROWS; r++) h = MinHasher.mix(h * 31 + sig[band * ROWS + r]);
        return h;
    }
}
