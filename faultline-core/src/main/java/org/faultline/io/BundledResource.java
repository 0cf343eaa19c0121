package org.faultline.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reads a data file shipped beside a class (a table, a word list, a model), so each loader says
 * only how to parse it. A missing file is a packaging fault, not a user error: it fails at load
 * with the file and the class it should sit beside.
 */
public final class BundledResource {
    /** Parses an open stream; the stream is closed by {@link #read}. */
    @FunctionalInterface
    public interface Parser<T> {
        T parse(InputStream in) throws IOException;
    }

    private BundledResource() {}

    /** The parsed resource {@code name}, looked up relative to {@code owner}'s package. */
    public static <T> T read(Class<?> owner, String name, Parser<T> parser) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null)
                throw new IllegalStateException("bundled " + name + " is missing from the classpath beside " + owner.getName());
            return parser.parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled " + name + ": " + e.getMessage(), e);
        }
    }
}
