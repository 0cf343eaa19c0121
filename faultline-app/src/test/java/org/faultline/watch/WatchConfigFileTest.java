package org.faultline.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatchConfigFileTest {
    @TempDir Path dir;

    private Path yaml(String text) throws Exception {
        return Files.writeString(dir.resolve("sources.yaml"), text);
    }

    @Test
    void readsSourcesAndSinksWithRelativePathsAndDefaults() throws Exception {
        WatchConfig c = WatchConfigFile.load(yaml("""
                sources:
                  - {name: wire, url: "https://example.org/rss", interval: 90s, outlet: Example}
                  - {name: inbox, path: in/}
                sinks:
                  - {name: hook, type: webhook, url: "https://hooks.example.org/x", secret: abc}
                  - {type: jsonl, path: out/alerts.jsonl}
                """), n -> null);
        assertThat(c.sources()).hasSize(2);
        assertThat(c.sources().get(0).interval()).isEqualTo(Duration.ofSeconds(90));
        assertThat(c.sources().get(1).interval()).isEqualTo(Duration.ofMinutes(15));
        assertThat(c.sources().get(1).path()).isEqualTo(dir.resolve("in").toString());
        assertThat(c.sources().get(1).language()).isEqualTo("en");
        assertThat(c.sinks().get(1).name()).isEqualTo("jsonl-1");
        assertThat(c.sinks().get(1).target()).isEqualTo(dir.resolve("out/alerts.jsonl").toString());
    }

    @Test
    void mistakesNameTheFileAndField() throws Exception {
        Path f = yaml("sources:\n  - {name: a, url: \"https://x.example\", interval: soon}\n");
        assertThatThrownBy(() -> WatchConfigFile.load(f, n -> null)).hasMessageContaining(f.toString())
                .hasMessageContaining("sources[0].interval").hasMessageContaining("soon");
        Path g = yaml("sources:\n  - {name: a, url: \"https://x.example\", path: here}\n");
        assertThatThrownBy(() -> WatchConfigFile.load(g, n -> null)).hasMessageContaining("sources[0]").hasMessageContaining("exactly one of url and path");
        Path h = yaml("sources:\n  - {name: a, url: \"https://x.example\", intervall: 5m}\n");
        assertThatThrownBy(() -> WatchConfigFile.load(h, n -> null)).hasMessageContaining("sources[0].intervall: unknown field");
        Path i = yaml("sources:\n  - {name: a, url: \"https://x.example\"}\nsinks:\n  - {type: webhook, url: \"https://h.example\", secret_env: NOPE}\n");
        assertThatThrownBy(() -> WatchConfigFile.load(i, n -> null)).hasMessageContaining("sinks[0].secret_env").hasMessageContaining("NOPE");
        Path j = yaml("sources:\n  - {name: a, url: \"https://x.example\"}\n  - {name: a, path: x}\n");
        assertThatThrownBy(() -> WatchConfigFile.load(j, n -> null)).hasMessageContaining("'a' is used twice");
    }

    @Test
    void backoffDoublesPerFailureUpToACap() {
        Duration m = Duration.ofMinutes(1);
        assertThat(Watcher.backoff(m, 1)).isEqualTo(m);
        assertThat(Watcher.backoff(m, 2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(Watcher.backoff(m, 4)).isEqualTo(Duration.ofMinutes(8));
        assertThat(Watcher.backoff(m, 30)).isEqualTo(Watcher.MAX_BACKOFF);
        assertThat(Watcher.backoff(Duration.ofHours(6), 3)).as("a long interval is its own cap").isEqualTo(Duration.ofHours(6));
    }
}
