package org.faultline.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.faultline.ingest.Article;
import org.faultline.ingest.RemovedSpan;
import org.faultline.store.ArticleSummary;
import org.faultline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code faultline articles [show ID]}: list stored articles, or print one. */
@Command(name = "articles", mixinStandardHelpOptions = true,
        description = "Lists stored articles; 'articles show ID' prints one article's clean text.",
        subcommands = ArticlesCommand.Show.class)
final class ArticlesCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOption store;
    @Option(names = "--limit", defaultValue = "50", description = "At most this many (default: ${DEFAULT-VALUE}).") int limit;
    @Option(names = "--offset", defaultValue = "0", description = "Skip this many first.") int offset;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Store db = store.openExisting()) {
            List<ArticleSummary> list = db.listArticles(limit, offset);
            Table t = new Table(60, "ID", "PUBLISHED", "FORMAT", "SENT", "EVENTS", "DUPLICATE OF", "TITLE");
            for (ArticleSummary a : list)
                t.row(a.id(), a.published() == null ? null : a.published() + (a.publishedInferred() ? "~" : ""),
                        a.format(), a.sentences(), a.events(), a.duplicateOf(), a.title());
            if (t.isEmpty()) out.println("no articles in " + db.location() + " (run 'faultline ingest PATH')");
            else t.print(out);
            out.println("(~ marks a publication date inferred from the text)");
        }
        return 0;
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Prints an article's metadata and clean text.")
    static final class Show implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin StoreOption store;
        @Parameters(paramLabel = "ID", description = "Article id (see 'faultline articles').") String id;
        @Option(names = "--removed", description = "Also print what cleaning removed, and why.") boolean removed;
        @Option(names = "--raw", description = "Print the original instead of the clean text.") boolean raw;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Store db = store.openExisting()) {
                Article a = db.findArticle(id).orElseThrow(() ->
                        new IllegalArgumentException("no article with id '" + id + "' in " + db.location() + " (see 'faultline articles')"));
                out.println("id:        " + a.id());
                out.println("title:     " + (a.title() == null ? "(none found)" : a.title()));
                out.println("source:    " + a.source());
                out.println("published: " + (a.published() == null ? "(unknown)" : a.published() + (a.publishedInferred() ? " (inferred from the text)" : "")));
                if (a.duplicateOf() != null) out.println("duplicate of: " + a.duplicateOf());
                for (String p : a.problems()) out.println("problem:   " + p);
                out.println();
                out.println(raw ? a.raw() : a.text());
                if (removed) {
                    out.println();
                    out.println("--- removed by cleaning (" + a.removed().size() + " spans) ---");
                    for (RemovedSpan r : a.removed()) out.println("[" + r.reason() + "] " + r.text().strip());
                }
            }
            return 0;
        }
    }
}
