package org.faultline.ingest.source;

import org.faultline.ingest.InputException;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns an input's bytes into text, refusing what is not text: empty input and binary content fail
 * with an {@link InputException}; invalid UTF-8 is decoded with replacement characters and reported
 * as a problem, so a mostly good file still goes through.
 */
public final class TextDecoder {
    /** How many leading bytes are inspected to tell binary from text. */
    private static final int SNIFF_BYTES = 8192;
    private static final java.util.regex.Pattern DECLARED = java.util.regex.Pattern.compile(
            "(?i)(?:<meta[^>]+charset\\s*=\\s*[\"']?|<\\?xml[^>]+encoding\\s*=\\s*[\"'])([\\w.:-]+)");

    private TextDecoder() {
    }

    /** Decodes {@code bytes} as {@code charset} (UTF-8 when null), failing on empty or binary content. */
    public static DecodeResult decode(byte[] bytes, Charset charset) throws InputException {
        return decode(bytes, charset, false);
    }

    /**
     * As {@link #decode(byte[], Charset)}; with {@code lineRecords} (JSON Lines) a NUL byte does not
     * make the whole input binary, since each line is judged on its own: the line holding it fails
     * as invalid JSON and the good lines are kept. Mostly-control content is still binary.
     */
    public static DecodeResult decode(byte[] bytes, Charset charset, boolean lineRecords) throws InputException {
        if (bytes.length == 0) throw new InputException("empty input (0 bytes)");
        Charset utf16 = utf16Bom(bytes);
        if (utf16 != null) return decodeUtf16(bytes, utf16);
        if (looksBinary(bytes, !lineRecords)) throw new InputException("binary content, not text (" + bytes.length + " bytes)");
        Charset cs = charset == null ? StandardCharsets.UTF_8 : charset;
        if (charset == null) {
            Charset declared = declaredCharset(bytes);
            if (declared != null && !isValid(bytes, StandardCharsets.UTF_8)) cs = declared;
        }
        int start = hasUtf8Bom(bytes) && cs.equals(StandardCharsets.UTF_8) ? 3 : 0;
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        List<String> problems = new ArrayList<>();
        String text;
        try {
            text = strict(cs).decode(in.duplicate()).toString();
        } catch (CharacterCodingException e) {
            text = cs.decode(in).toString(); // Charset.decode replaces malformed input
            long bad = text.chars().filter(c -> c == '\uFFFD').count();
            problems.add("invalid " + cs.name().toUpperCase(Locale.ROOT) + ": " + bad
                    + " malformed byte sequence(s) replaced with U+FFFD");
        }
        if (text.isBlank()) throw new InputException("empty input (only whitespace)");
        return new DecodeResult(text, problems);
    }

    private static Charset utf16Bom(byte[] b) {
        if (b.length < 2) return null;
        int b0 = b[0] & 0xFF;
        int b1 = b[1] & 0xFF;
        if (b0 == 0xFE && b1 == 0xFF) return StandardCharsets.UTF_16BE;
        if (b0 == 0xFF && b1 == 0xFE) return StandardCharsets.UTF_16LE;
        return null;
    }

    private static DecodeResult decodeUtf16(byte[] bytes, Charset cs) throws InputException {
        String text = new String(bytes, 2, bytes.length - 2, cs);
        if (text.isBlank()) throw new InputException("empty input (only whitespace)");
        return new DecodeResult(text, List.of());
    }

    /**
     * A charset declared inside the content ({@code <meta charset>}, an XML declaration), used only
     * when the bytes are not valid UTF-8: pages saved in windows-1252 then read correctly.
     */
    static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher m = DECLARED.matcher(head);
        if (!m.find()) return null;
        try {
            Charset cs = Charset.forName(m.group(1));
            return cs.equals(StandardCharsets.UTF_8) ? null : cs;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean isValid(byte[] bytes, Charset cs) {
        try {
            strict(cs).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static CharsetDecoder strict(Charset cs) {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static boolean hasUtf8Bom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    /**
     * Binary if the first bytes hold a NUL (text encodings we accept never do) or many control bytes;
     * UTF-16 text is rare in news dumps and is reported as binary rather than mis-decoded.
     */
    static boolean looksBinary(byte[] bytes) {
        return looksBinary(bytes, true);
    }

    private static boolean looksBinary(byte[] bytes, boolean nulIsBinary) {
        int n = Math.min(bytes.length, SNIFF_BYTES);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0 && nulIsBinary) return true;
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B) control++;
        }
        return control > n * 0.05;
    }

    /** Decoded text and the problems met. */
    public record DecodeResult(String text, List<String> problems) {
        public DecodeResult {
            problems = List.copyOf(problems);
        }
    }
}
