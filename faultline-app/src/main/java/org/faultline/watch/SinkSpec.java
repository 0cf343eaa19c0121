package org.faultline.watch;

/**
 * Where fired alerts go, as configured in {@code sources.yaml}.
 *
 * @param name   unique name, the key of its deliveries in the store
 * @param type   "webhook" (JSON POST, HMAC-SHA256 signed) or "jsonl" (a line per alert appended to a file)
 * @param target the webhook URL or the file path
 * @param secret the webhook's shared secret, or null (then unsigned)
 */
public record SinkSpec(String name, String type, String target, String secret) {
    public SinkSpec {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("a sink needs a name");
        if (!"webhook".equals(type) && !"jsonl".equals(type))
            throw new IllegalArgumentException("sink " + name + ": type must be webhook or jsonl, was " + type);
        if (target == null || target.isBlank()) throw new IllegalArgumentException("sink " + name + " needs a target");
    }
}
