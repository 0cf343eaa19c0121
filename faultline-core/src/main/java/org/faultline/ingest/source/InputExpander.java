package org.faultline.ingest.source;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns the user's inputs (paths, folders, URLs) into the list of sources to read. Folders are walked
 * recursively in a stable (sorted) order, keeping files with a {@link FormatDetector#KNOWN_EXTENSIONS known
 * extension} and skipping hidden ones; a path that does not exist is kept so reading it reports the failure.
 * Symbolic links are followed; a link that loops back to a folder being walked is kept too, and
 * reading it reports the loop.
 */
public final class InputExpander {
    private static final Logger LOG = LoggerFactory.getLogger(InputExpander.class);

    private InputExpander() {
    }

    public static boolean isUrl(String input) {
        String lower = input.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    public static List<String> expand(List<String> inputs) {
        List<String> sources = new ArrayList<>();
        for (String input : inputs) {
            if (input == null || input.isBlank()) throw new IllegalArgumentException("blank input in " + inputs);
            if (isUrl(input)) {
                sources.add(input.strip());
                continue;
            }
            Path path;
            try {
                path = Path.of(input);
            } catch (InvalidPathException e) {
                sources.add(input);
                continue;
            }
            if (Files.isDirectory(path)) sources.addAll(walk(path)); else sources.add(input);
        }
        return sources;
    }

    private static List<String> walk(Path dir) {
        List<String> found = new ArrayList<>();
        try {
            // symbolic links are followed; one leading back to a folder being walked is reported
            // through visitFileFailed (FileSystemLoopException) and read as a failure naming it
            Files.walkFileTree(dir, java.util.EnumSet.of(java.nio.file.FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    boolean hidden = !d.equals(dir) && d.getFileName().toString().startsWith(".");
                    return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path p, BasicFileAttributes attrs) {
                    String name = p.getFileName().toString();
                    if (name.startsWith(".") || !attrs.isRegularFile()) return FileVisitResult.CONTINUE;
                    if (FormatDetector.KNOWN_EXTENSIONS.contains(FormatDetector.extension(name))) found.add(p.toString());
                    else LOG.debug("skipping {}: not a known text, HTML, feed or JSONL extension", p);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path p, IOException e) {
                    if (e instanceof java.nio.file.FileSystemLoopException) LOG.debug("symbolic link loop at {}", p);
                    // Kept so that reading it reports the failure next to its name.
                    found.add(p.toString());
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            found.add(dir.toString());
        }
        found.sort(null);
        return found;
    }
}
