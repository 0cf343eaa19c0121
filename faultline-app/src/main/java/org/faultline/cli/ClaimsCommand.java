package org.faultline.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.faultline.claims.Claim;
import org.faultline.claims.Stance;
import org.faultline.store.ClaimQuery;
import org.faultline.store.ContestedPair;
import org.faultline.store.ContradictionQuery;
import org.faultline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code faultline claims [--contested]}: attributed claims, or contradicting pairs side by side. */
@Command(name = "claims", mixinStandardHelpOptions = true,
        description = {"Lists attributed claims (speaker, cue, stance, content).",
                "With --contested, shows contradicting claims side by side with both evidence sentences and sources."})
final class ClaimsCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOption store;
    @Option(names = "--contested", description = "Show contradictions: pairs of claims that cannot both be true.") boolean contested;
    @Option(names = "--speaker", paramLabel = "CODE", description = "Speaker's country code.") String speaker;
    @Option(names = "--stance", paramLabel = "S", description = "accuse, deny, support, warn, demand, propose, reassure, state.") String stance;
    @Option(names = "--article", paramLabel = "ID") String article;
    @Option(names = "--min-score", paramLabel = "S", defaultValue = "0",
            description = "With --contested: only contradictions scored at least S (0..1; default: ${DEFAULT-VALUE}). They are listed best first.")
    double minScore;
    @Option(names = "--limit", defaultValue = "50", description = "At most this many (default: ${DEFAULT-VALUE}).") int limit;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Store db = store.openExisting()) {
            if (contested) return contested(db, out);
            ClaimQuery q = ClaimQuery.all().page(limit, 0);
            if (speaker != null) q = q.speakerCountry(speaker);
            if (stance != null) q = q.stance(parseStance(stance));
            if (article != null) q = q.article(article);
            List<Claim> claims = db.claims(q);
            Table t = new Table(90, "DATE", "SPEAKER", "CUE", "STANCE", "ABOUT", "QUOTE", "CONTENT");
            for (Claim c : claims)
                t.row(c.date(), EventTable.actor(c.speaker()) + " (" + c.speaker().text() + ")", c.cue(), c.stance().label(),
                        EventTable.actor(c.about()), c.directQuote() ? "yes" : "", c.content());
            if (t.isEmpty()) out.println("no claims match");
            else t.print(out);
            out.printf("%d of %d matching claim(s)%n", claims.size(), db.countClaims(q.page(-1, 0)));
        }
        return 0;
    }

    private int contested(Store db, PrintWriter out) {
        if (!(minScore >= 0 && minScore <= 1)) throw new IllegalArgumentException("--min-score must be within 0..1, was " + minScore);
        ContradictionQuery q = ContradictionQuery.all().minScore(minScore).page(limit, 0);
        if (speaker != null) q = q.involving(speaker);
        if (article != null) q = q.article(article);
        List<ContestedPair> pairs = db.contradictions(q);
        if (pairs.isEmpty()) out.println("no contradictions found");
        else out.printf("%d of %d contradiction(s), best first%n%n", pairs.size(), db.countContradictions(q.page(-1, 0)));
        for (ContestedPair p : pairs) {
            out.printf("== %s  score %.2f  %s%s%n", p.contradiction().kind().label(), p.contradiction().score(), p.contradiction().explanation(),
                    p.contradiction().incidentId() == null ? "" : "  [incident " + p.contradiction().incidentId() + "]");
            side(out, "A", p.a());
            side(out, "B", p.b());
            out.println();
        }
        return 0;
    }

    private static void side(PrintWriter out, String label, ContestedPair.Side s) {
        Claim c = s.claim();
        out.printf("  %s  %s (%s) %s [%s], %s%n", label, EventTable.actor(c.speaker()), c.speaker().text(), c.cue(),
                c.stance().label(), c.date());
        out.printf("     claim:    %s%n", c.content());
        if (s.sentence() != null) out.printf("     evidence: %s%n", s.sentence().replaceAll("\\s+", " "));
        out.printf("     source:   %s — %s (article %s)%n", s.articleTitle() == null ? "(untitled)" : s.articleTitle(),
                s.articleSource(), c.articleId());
    }

    static Stance parseStance(String s) {
        try {
            return Stance.valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--stance must be one of accuse, deny, support, warn, demand, propose, reassure, state; was '" + s + "'");
        }
    }
}
