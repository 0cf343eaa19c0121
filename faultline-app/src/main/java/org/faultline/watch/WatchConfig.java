package org.faultline.watch;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What {@code faultline watch} polls and where its alerts go: the content of {@code sources.yaml}.
 *
 * @param sources the sources, names unique
 * @param sinks   the alert sinks, names unique (may be empty: alerts are then only stored)
 */
public record WatchConfig(List<SourceSpec> sources, List<SinkSpec> sinks) {
    public WatchConfig {
        sources = List.copyOf(sources);
        sinks = List.copyOf(sinks == null ? List.of() : sinks);
        Set<String> names = new HashSet<>();
        for (SourceSpec s : sources) if (!names.add(s.name())) throw new IllegalArgumentException("source name '" + s.name() + "' is used twice");
        names.clear();
        for (SinkSpec s : sinks) if (!names.add(s.name())) throw new IllegalArgumentException("sink name '" + s.name() + "' is used twice");
    }
}
