package org.faultline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WatchStateTest extends BackendTest {
    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");

    @Test
    void sourceStateAndSeenItemsSurviveReopening() {
        try (Store store = open("w.db")) {
            SourceStatus s = SourceStatus.fresh("wire", "https://example.org/feed.xml", "Example Wire")
                    .succeeded(T0, T0.plusSeconds(60), "\"v1\"", "Sat, 01 Mar 2025 09:00:00 GMT", 2);
            store.saveSourceStatus(s);
            assertThat(store.markSeen("wire", "item-1", "a1", T0)).isTrue();
            assertThat(store.markSeen("wire", "item-1", "a1", T0)).isFalse();
            store.saveSourceStatus(s.failed(T0.plusSeconds(60), T0.plusSeconds(180), "HTTP 500"));
        }
        try (Store store = open("w.db")) {
            SourceStatus back = store.sourceStatus("wire").orElseThrow();
            assertThat(back.etag()).isEqualTo("\"v1\"");
            assertThat(back.itemsSeen()).isEqualTo(2);
            assertThat(back.errors()).isEqualTo(1);
            assertThat(back.consecutiveFailures()).isEqualTo(1);
            assertThat(back.lastSuccess()).isEqualTo(T0);
            assertThat(back.nextPoll()).isEqualTo(T0.plusSeconds(180));
            assertThat(store.seenItems("wire")).containsExactly("item-1");
            assertThat(store.configuredOutlet("a1")).isEqualTo("Example Wire");
            assertThat(store.configuredOutlet("a2")).isNull();
        }
    }

    @Test
    void anAlertFiresOnceAndItsDeliveriesArePendingUntilMade() {
        try (Store store = open("a.db")) {
            StoredAlert a = new StoredAlert("ARM-AZE", "daily", "2025-03-02", "{\"dyad\":\"ARM-AZE\"}", T0);
            assertThat(store.fireAlert(a, List.of("webhook", "file"))).isTrue();
            assertThat(store.fireAlert(a, List.of("webhook", "file"))).isFalse();
            assertThat(store.pendingDeliveries()).extracting(PendingDelivery::sink).containsExactlyInAnyOrder("webhook", "file");
            store.recordDelivery(a, "webhook", null, "HTTP 500");
            store.recordDelivery(a, "file", T0, null);
            List<PendingDelivery> left = store.pendingDeliveries();
            assertThat(left).hasSize(1);
            assertThat(left.get(0).attempts()).isEqualTo(1);
            assertThat(left.get(0).lastError()).isEqualTo("HTTP 500");
            assertThat(store.firedAlerts(10)).hasSize(1);
        }
    }
}
