package org.faultline.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.faultline.events.Event;
import org.faultline.events.Factuality;
import org.faultline.ingest.Article;

/**
 * Test helper run in a separate JVM by {@link CrashSafetyTest}: saves articles in a loop and
 * prints each id only after {@link Store#save} returned, exactly as an ingest reports progress.
 * Before each save it prints "saving ID", so the test can aim its kill inside a transaction.
 * Arguments: database file, id prefix, number of articles.
 */
public final class CrashWriter {
    private CrashWriter() {}

    public static void main(String[] args) {
        Path db = Path.of(args[0]);
        String prefix = args[1];
        int count = Integer.parseInt(args[2]);
        try (Store store = Store.open(db)) {
            System.out.println("open");
            System.out.flush();
            for (int i = 0; i < count; i++) {
                Article a = article(prefix, i);
                System.out.println("saving " + a.id());
                System.out.flush();
                store.save(a, Fixtures.doc(a), events(a));
                System.out.println(a.id());
                System.out.flush();
            }
        }
    }

    /** Big enough (dozens of sentences) that a kill often lands inside a transaction. */
    static Article article(String prefix, int i) {
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < 12; k++) text.append(Fixtures.filler(i * 13 + k)).append(' ');
        return Fixtures.article(prefix + "-" + i, "Report " + i, text.toString().strip());
    }

    static List<Event> events(Article a) {
        List<Event> out = new ArrayList<>();
        for (int k = 0; k < 8; k++)
            out.add(Fixtures.event(a.id(), k, k % 2 == 0 ? "CONSULT" : "DISAPPROVE", "NVL", "EMR", "2024-02-0" + (k + 1),
                    Factuality.values()[k % Factuality.values().length]));
        return out;
    }
}
