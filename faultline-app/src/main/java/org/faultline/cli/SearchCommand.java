package org.faultline.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.faultline.store.SearchHit;
import org.faultline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code faultline search QUERY}: full-text search over clean text, ranked by bm25. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Full-text search of stored articles (SQLite FTS5, ranked by bm25), with snippets.")
final class SearchCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOption store;
    @Parameters(paramLabel = "QUERY", description = "Words, \"a phrase\", OR, NOT, prefix*.") String query;
    @Option(names = "--limit", defaultValue = "10", description = "At most this many hits (default: ${DEFAULT-VALUE}).") int limit;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Store db = store.openExisting()) {
            List<SearchHit> hits = db.search(query, limit);
            if (hits.isEmpty()) out.println("no article matches '" + query + "'");
            for (SearchHit h : hits) {
                out.printf("%s  %.2f  %s  %s%n", h.articleId(), h.score(), h.published() == null ? "-" : h.published(), h.title());
                out.println("    " + h.snippet().replaceAll("\\s+", " "));
            }
        }
        return 0;
    }
}
