package org.faultline.watch;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Appends each alert as one JSON line to a file (created with its folders if missing). */
final class JsonlSink implements AlertSink {
    private final String name;
    private final Path file;

    JsonlSink(String name, Path file) {
        this.name = name;
        this.file = file;
    }

    @Override
    public String name() { return name; }

    @Override
    public synchronized void deliver(String json) throws Exception {
        if (file.getParent() != null) Files.createDirectories(file.getParent());
        // one write per line, so a crash leaves at worst a last line without its newline
        Files.write(file, (json.replace("\n", " ") + "\n").getBytes(StandardCharsets.UTF_8),
                StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.SYNC);
    }
}
