package org.faultline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.faultline.ingest.Article;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What only the PostgreSQL store has to show: opening by URL, several stores (as several
 * processes would be) sharing one database, and atomicity when a writer's connection dies in
 * the middle of a transaction (PostgreSQL's counterpart of {@link CrashSafetyTest}).
 */
@ParameterizedClass(name = "{0}")
@EnumSource(value = Backend.class, names = "POSTGRES")
class PostgresStoreTest extends StoreTestBase {
    private final ExecutorService pool = Executors.newCachedThreadPool();

    @AfterEach
    void stopPool() { pool.shutdownNow(); }

    @Test
    void urlFormsAreReadAndThePasswordIsNeverShown() {
        PostgresUrl url = PostgresUrl.parse("postgresql://alice:s3cret@db.example.org:6543/news?sslmode=require");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.org:6543/news?sslmode=require");
        assertThat(url.user()).isEqualTo("alice");
        assertThat(url.password()).isEqualTo("s3cret");
        assertThat(url.display()).isEqualTo("postgresql://alice@db.example.org:6543/news");
        assertThat(url.toString()).doesNotContain("s3cret");
        assertThat(url.properties()).containsEntry("user", "alice").containsEntry("password", "s3cret");

        PostgresUrl jdbc = PostgresUrl.parse("jdbc:postgresql://db.example.org/news?user=bob&password=hidden");
        assertThat(jdbc.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.org/news?user=bob&password=hidden");
        assertThat(jdbc.display()).isEqualTo("postgresql://db.example.org/news");
        assertThat(PostgresUrl.matches("postgres://h/db")).isTrue();
        assertThat(PostgresUrl.matches("data/postgresql.db")).isFalse();

        assertThatThrownBy(() -> Store.open("postgresql://alice:s3cret@db.example.org:6543/"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("names no database")
                .hasMessageNotContaining("s3cret");
        assertThatThrownBy(() -> Store.open(" ")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blank");
    }

    @Test
    void anUnreachableServerIsNamedWithoutItsPassword() {
        assertThatThrownBy(() -> Store.open("postgresql://alice:s3cret@127.0.0.1:1/news"))
                .isInstanceOf(StoreException.class).hasMessageContaining("cannot connect")
                .hasMessageContaining("postgresql://alice@127.0.0.1:1/news").hasMessageNotContaining("s3cret");
    }

    @Test
    void twoStoresOnOneDatabaseSeeEachOthersWritesAndQueueOnTheSameId() throws Exception {
        String db = location("shared");
        try (Store a = Store.open(db); Store b = Store.open(db)) {
            Article first = Fixtures.article("p1", "Harbour reopens", "The harbour reopened to grain ships on Monday.");
            a.save(first, Fixtures.doc(first), List.of(Fixtures.event("p1", 0, "CONSULT", "NVL", "EMR", "2024-05-06", null)));
            assertThat(b.findArticle("p1")).contains(first);
            assertThat(b.search("grain", 5)).extracting(SearchHit::articleId).containsExactly("p1");
            assertThat(b.events(EventQuery.all())).hasSize(1);

            // the same new id saved by both at once: one inserts, the other replaces, nothing fails
            List<Future<SaveOutcome>> outcomes = new ArrayList<>();
            CountDownLatch go = new CountDownLatch(1);
            for (Store s : List.of(a, b)) {
                outcomes.add(pool.submit(() -> {
                    go.await();
                    Article same = Fixtures.article("p2", "Talks resume", "Negotiators resumed talks in the capital.");
                    return s.save(same, Fixtures.doc(same), List.of(Fixtures.event("p2", 0, "CONSULT", "EMR", "NVL", null, null)));
                }));
            }
            go.countDown();
            List<SaveOutcome> got = new ArrayList<>();
            for (Future<SaveOutcome> f : outcomes) got.add(f.get(30, TimeUnit.SECONDS));
            assertThat(got).containsExactlyInAnyOrder(SaveOutcome.INSERTED, SaveOutcome.REPLACED);
            assertThat(a.stats().articles()).isEqualTo(2);
            assertThat(a.stats().events()).isEqualTo(2);
            assertThat(b.ids()).containsExactly("p1", "p2");
        }
    }

    @Test
    void aWriterWhoseConnectionDiesMidTransactionLeavesNothingBehind() throws Exception {
        String db = location("atomic");
        try (Store writer = Store.open(db); Store reader = Store.open(db)) {
            Article kept = Fixtures.article("kept", "Kept", Fixtures.filler(1));
            writer.save(kept, Fixtures.doc(kept), List.of());
            CountDownLatch inside = new CountDownLatch(1);
            CountDownLatch killed = new CountDownLatch(1);
            int[] pid = new int[1];
            Future<?> doomed = pool.submit(() -> writer.database().write(c -> {
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT pg_backend_pid()")) {
                    rs.next();
                    pid[0] = rs.getInt(1);
                }
                Article half = Fixtures.article("half", "Half", Fixtures.filler(2));
                new ArticleRows(new JsonCodec()).insert(c, half, null, true, null);
                new DocRows(new JsonCodec()).insert(c, "half", Fixtures.doc(half));
                inside.countDown();
                await(killed);
                // the next statement finds its connection gone
                new EventRows(new JsonCodec(), writer.database().dialect())
                        .insert(c, "half", List.of(Fixtures.event("half", 0, "AGREE", null, null, null, null)));
                return null;
            }));
            assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
            try (Connection admin = connect("atomic"); Statement st = admin.createStatement()) {
                st.execute("SELECT pg_terminate_backend(" + pid[0] + ")");
            }
            killed.countDown();
            assertThatThrownBy(() -> doomed.get(30, TimeUnit.SECONDS)).hasCauseInstanceOf(StoreException.class);

            assertThat(reader.ids()).containsExactly("kept");
            StoreStats stats = reader.stats();
            assertThat(stats.sentences()).isEqualTo(Fixtures.doc(kept).sentences().size());
            assertThat(stats.events()).isZero();
            assertThat(reader.checkIntegrity()).isEmpty();
            // the writer opened a new connection: it keeps working without being reopened
            Article after = Fixtures.article("after", "After", Fixtures.filler(3));
            assertThat(writer.save(after, Fixtures.doc(after), List.of())).isEqualTo(SaveOutcome.INSERTED);
            assertThat(reader.ids()).containsExactly("kept", "after");
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
