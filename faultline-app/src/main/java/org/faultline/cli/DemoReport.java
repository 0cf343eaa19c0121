package org.faultline.cli;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import org.faultline.commitments.Commitment;
import org.faultline.events.Event;
import org.faultline.store.CommitmentQuery;
import org.faultline.store.ContestedPair;
import org.faultline.store.ContradictionQuery;
import org.faultline.store.ArticleSummary;
import org.faultline.store.EventQuery;
import org.faultline.store.Store;

/** The readable summary {@code faultline demo} prints after ingesting: articles, cleaning, events. */
final class DemoReport {
    private final PrintWriter out;
    private final Store store;

    DemoReport(PrintWriter out, Store store) {
        this.out = out;
        this.store = store;
    }

    void print() {
        out.println();
        out.println("== Articles");
        List<ArticleSummary> articles = store.listArticles(100, 0);
        Table t = new Table(70, "ID", "PUBLISHED", "FORMAT", "CUT", "EVENTS", "TITLE");
        for (ArticleSummary a : articles) {
            int cut = store.findArticle(a.id()).map(x -> x.removed().size()).orElse(0);
            String title = a.title() + (a.duplicateOf() == null ? "" : "  [duplicate of " + a.duplicateOf() + "]");
            t.row(a.id(), a.published() == null ? null : a.published() + (a.publishedInferred() ? "~" : ""),
                    a.format(), cut, a.events(), title);
        }
        t.print(out);
        out.println("(CUT: boilerplate spans removed by cleaning; ~: date inferred from the text)");

        out.println();
        out.println("== Strongest events (by |Goldstein|)");
        List<Event> events = store.events(EventQuery.all());
        List<Event> top = events.stream()
                .sorted(Comparator.comparingDouble((Event e) -> -Math.abs(e.goldstein())))
                .limit(15).toList();
        if (top.isEmpty()) out.println("(no events coded)");
        else EventTable.of(top).print(out);
        out.println();
        out.println("== Contested claims (faultline claims --contested)");
        var pairs = store.contradictions(ContradictionQuery.all().page(3, 0));
        if (pairs.isEmpty()) out.println("(none found)");
        for (ContestedPair p : pairs) {
            out.println("- " + p.contradiction().kind().label() + ": " + p.contradiction().explanation());
        }
        out.println();
        out.println("== Commitments ledger (faultline commitments)");
        var ledger = store.commitments(CommitmentQuery.all().page(8, 0));
        if (ledger.isEmpty()) out.println("(none found)");
        for (Commitment c : ledger)
            out.printf("- %-11s %s: %s (made %s)%n", c.status().label(), c.kind(), c.content(), c.madeOn());
        out.println();
        StatsCommand.print(out, store.stats());
        out.flush();
    }
}
