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

    private TextDecoder() {
    }

    /** Decodes {@code bytes} as {@code charset} (UTF-8 when null), failing on empty or binary content. */
    public static DecodeResult decode(byte[] bytes, Charset charset) throws InputException {
        if (bytes.length == 0) throw new InputException("empty input (0 bytes)");
        if (looksBinary(bytes)) throw new InputException("binary content, not text (" + bytes.length + " bytes)");
        Charset cs = charset == null ? StandardCharsets.UTF_8 : charset;
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
        int n = Math.min(bytes.length, SNIFF_BYTES);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) return true;
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
