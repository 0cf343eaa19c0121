package org.faultline.watch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code sources.yaml} (format in the README): a list of {@code sources} (name, url or path,
 * interval, language, outlet) and of {@code sinks} (webhook with url and secret or secret_env,
 * or jsonl with path). Relative paths are relative to the file. Every mistake is reported as
 * "FILE: sources[2].interval: reason".
 */
public final class WatchConfigFile {
    private static final Pattern SHORT = Pattern.compile("(\\d+)\\s*(s|m|h|d)");
    private static final Set<String> SOURCE_FIELDS = Set.of("name", "url", "path", "interval", "language", "outlet");
    private static final Set<String> SINK_FIELDS = Set.of("name", "type", "url", "path", "secret", "secret_env");

    private WatchConfigFile() {}

    /** Loads a config; {@code env} resolves {@code secret_env} names (System::getenv in production). */
    public static WatchConfig load(Path file, Function<String, String> env) {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(file));
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) throw new IllegalArgumentException(file + ": expected a mapping with 'sources:' (and optionally 'sinks:')");
        Path base = file.toAbsolutePath().getParent();
        List<SourceSpec> sources = new ArrayList<>();
        JsonNode list = root.path("sources");
        if (!list.isArray() || list.isEmpty()) throw new IllegalArgumentException(file + ": 'sources' must be a non-empty list");
        for (int i = 0; i < list.size(); i++) {
            String at = file + ": sources[" + i + "]";
            JsonNode n = list.get(i);
            unknown(n, SOURCE_FIELDS, at);
            try {
                String path = text(n, "path");
                if (path != null) path = base.resolve(path).normalize().toString();
                sources.add(new SourceSpec(text(n, "name"), text(n, "url"), path, interval(text(n, "interval"), at),
                        text(n, "language"), text(n, "outlet")));
            } catch (IllegalArgumentException e) {
                throw e.getMessage().startsWith(file.toString()) ? e : new IllegalArgumentException(at + ": " + e.getMessage(), e);
            }
        }
        List<SinkSpec> sinks = new ArrayList<>();
        JsonNode sl = root.path("sinks");
        for (int i = 0; sl.isArray() && i < sl.size(); i++) {
            String at = file + ": sinks[" + i + "]";
            JsonNode n = sl.get(i);
            unknown(n, SINK_FIELDS, at);
            String type = text(n, "type");
            String target = "jsonl".equals(type) && text(n, "path") != null ? base.resolve(text(n, "path")).normalize().toString() : text(n, "url");
            String secret = text(n, "secret");
            String secretEnv = text(n, "secret_env");
            if (secretEnv != null) {
                secret = env.apply(secretEnv);
                if (secret == null || secret.isBlank())
                    throw new IllegalArgumentException(at + ".secret_env: environment variable " + secretEnv + " is not set");
            }
            String name = text(n, "name") != null ? text(n, "name") : type + "-" + i;
            try {
                sinks.add(new SinkSpec(name, type, target, secret));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(at + ": " + e.getMessage() + " (webhook needs url, jsonl needs path)", e);
            }
        }
        try {
            return new WatchConfig(sources, sinks);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    /** "90s", "15m", "1h", "1d" or ISO-8601 ("PT15M"); missing means 15 minutes. */
    static Duration interval(String s, String at) {
        if (s == null) return Duration.ofMinutes(15);
        Matcher m = SHORT.matcher(s.strip().toLowerCase(Locale.ROOT));
        if (m.matches()) {
            long v = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "s" -> Duration.ofSeconds(v);
                case "m" -> Duration.ofMinutes(v);
                case "h" -> Duration.ofHours(v);
                default -> Duration.ofDays(v);
            };
        }
        try {
            return Duration.parse(s.strip().toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(at + ".interval: '" + s + "' is not a duration (e.g. 90s, 15m, 1h)", e);
        }
    }

    private static void unknown(JsonNode n, Set<String> known, String at) {
        if (n == null || !n.isObject()) throw new IllegalArgumentException(at + ": expected a mapping");
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!known.contains(f)) throw new IllegalArgumentException(at + "." + f + ": unknown field (known: " + String.join(", ", known) + ")");
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
