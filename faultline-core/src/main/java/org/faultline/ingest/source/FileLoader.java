package org.faultline.ingest.source;

import org.faultline.ingest.InputException;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a local file as text within a size limit. Every way a file can be unusable (missing,
 * unreadable, a folder, too large, empty, binary) becomes an {@link InputException} with a reason.
 */
public final class FileLoader {
    private final long maxBytes;

    /** @param maxBytes files larger than this fail instead of being read */
    public FileLoader(long maxBytes) {
        if (maxBytes <= 0) throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
        this.maxBytes = maxBytes;
    }

    public LoadedText load(Path path) throws InputException {
        if (!Files.exists(path)) throw new InputException("no such file or folder");
        if (Files.isDirectory(path))
            throw new InputException(Files.isSymbolicLink(path)
                    ? "symbolic link loop: it leads back to a folder already being read; skipped"
                    : "not a regular file (a folder)");
        if (!Files.isRegularFile(path)) throw new InputException("not a regular file");
        if (!Files.isReadable(path)) throw new InputException("file is not readable (permission denied)");
        byte[] bytes;
        try {
            long size = Files.size(path);
            if (size > maxBytes) throw new InputException(tooLarge(size, maxBytes));
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new InputException("no such file or folder");
        } catch (AccessDeniedException e) {
            throw new InputException("file is not readable (permission denied)");
        } catch (IOException e) {
            throw new InputException("cannot read file: " + e.getMessage(), e);
        }
        if (bytes.length > maxBytes) throw new InputException(tooLarge(bytes.length, maxBytes));
        String ext = FormatDetector.extension(path.getFileName() == null ? "" : path.getFileName().toString());
        boolean lineRecords = ext.equals("jsonl") || ext.equals("ndjson");
        TextDecoder.DecodeResult decoded = TextDecoder.decode(bytes, null, lineRecords);
        return new LoadedText(decoded.text(), null, path.toString(), decoded.problems());
    }

    static String tooLarge(long size, long max) {
        return String.format(Locale.ROOT, "too large: %s, over the %s limit", human(size), human(max));
    }

    static String human(long bytes) {
        if (bytes < 1024) return bytes + " bytes";
        if (bytes < 1024 * 1024) return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
