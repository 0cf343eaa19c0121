package org.faultline.ingest.dedup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * SHA-256 fingerprints. {@link #of(String)} hashes the <em>normalised</em> text (Unicode NFKC,
 * lowercase, every run of non-letters/digits collapsed to one space), so copies differing only in
 * case, punctuation, quotes or spacing get the same hash.
 */
public final class ContentHash {
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private ContentHash() {
    }

    public static String normalise(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return NON_WORD.matcher(s).replaceAll(" ").strip();
    }

    /** Hex SHA-256 of the normalised text. */
    public static String of(String text) {
        return sha256Hex(normalise(text));
    }

    /** Hex SHA-256 of the UTF-8 bytes of {@code s}, as is. */
    public static String sha256Hex(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from this JVM", e);
        }
    }

    /** Stable article id: the first 16 hex digits of SHA-256 of source, newline, content hash. */
    public static String articleId(String source, String contentHash) {
        return sha256Hex(source + "\n" + contentHash).substring(0, 16);
    }
}
