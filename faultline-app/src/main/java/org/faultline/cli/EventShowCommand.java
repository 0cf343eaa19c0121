package org.faultline.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.faultline.actors.Actor;
import org.faultline.events.Event;
import org.faultline.events.export.ArticleOrigin;
import org.faultline.events.export.ArticleOrigins;
import org.faultline.store.EventQuery;
import org.faultline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code faultline events show ID}: one event in full, with where it was read. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Prints one event in full: evidence, actors, place, article, outlet and URL (read-only).")
final class EventShowCommand implements Callable<Integer> {
    /** Event ids are "{article id}-{sentence}-{ordinal}": the article part finds it through an index. */
    private static final Pattern ID = Pattern.compile("(.+)-\\d+-\\d+");

    @Spec CommandSpec spec;
    @Mixin StoreOption store;
    @Parameters(paramLabel = "ID", description = "Event id, as listed by 'faultline events'.") String id;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Matcher m = ID.matcher(id);
        if (!m.matches()) throw new IllegalArgumentException("'" + id + "' is not an event id (they look like ARTICLE-3-0)");
        try (Store db = store.openExisting()) {
            Optional<Event> found = db.events(EventQuery.all().article(m.group(1))).stream().filter(e -> e.id().equals(id)).findFirst();
            if (found.isEmpty()) {
                spec.commandLine().getErr().println("no event " + id + " (see 'faultline events')");
                return 1;
            }
            Event e = found.get();
            ArticleOrigin origin = new ArticleOrigins(db::findArticle, db::configuredOutlet).apply(e.articleId());
            out.printf(Locale.ROOT, "%s  %s%s  CAMEO %s  Goldstein %s  quad %d%n", e.id(), e.type(), e.mode() == null ? "" : "/" + e.mode(),
                    e.cameo(), e.goldstein(), e.quad());
            out.printf("date:       %s (%s)%n", e.date() == null ? "unknown" : e.date(), e.datePrecision().name().toLowerCase(Locale.ROOT));
            out.printf("source:     %s%n", actor(e.source()));
            out.printf("target:     %s%n", actor(e.target()));
            out.printf("place:      %s%n", e.location() == null ? "-" : e.location().name() + (e.location().country() == null ? "" : " (" + e.location().country() + ")"));
            out.printf(Locale.ROOT, "factuality: %s%s, confidence %.2f%n", e.factuality().label(),
                    e.claimedBy() == null ? "" : " (claimed by " + e.claimedBy().name() + ")", e.confidence());
            out.printf("trigger:    %s%n", e.trigger());
            out.printf("evidence:   %s%n", e.evidence());
            out.printf("article:    %s, sentence %d%n", e.articleId(), e.sentenceIndex());
            out.printf("outlet:     %s%n", origin.outlet() == null ? "-" : origin.outlet());
            out.printf("url:        %s%n", origin.url() == null ? "-" : origin.url());
            out.printf("incident:   %s%n", e.incidentId() == null ? "-" : e.incidentId());
        }
        return 0;
    }

    private static String actor(Actor a) {
        if (a == null) return "-";
        return a.name() + " [" + (a.code() == null ? "?" : a.code()) + "] as \"" + a.text() + "\"";
    }
}
