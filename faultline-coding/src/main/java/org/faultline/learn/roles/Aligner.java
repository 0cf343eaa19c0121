package org.faultline.learn.roles;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.faultline.nlp.Doc;
import org.faultline.nlp.Sentence;
import org.faultline.nlp.Token;

/**
 * Carries a {@link TaggedSentence}'s tags onto the tokens our annotator made of its text
 * ({@link TaggedSentence#text()}): each of our tokens takes the tag of the file token its first
 * character falls in. The annotator's tokenisation differs from the file's ("U.S.-led",
 * quotes), so spans are rebuilt over our tokens rather than copied by index.
 */
public final class Aligner {
    private Aligner() {}

    /** @param doc the annotation of {@code gold.text()} */
    public static AlignedSentence align(String id, TaggedSentence gold, Doc doc) {
        if (doc.sentences().isEmpty()) throw new IllegalArgumentException(id + ": the annotator gave no sentence for line " + gold.line());
        int[] owner = charOwners(gold);
        Sentence best = null;
        List<RoleLabel> bestLabels = null;
        int bestScore = -1;
        for (Sentence s : doc.sentences()) {
            List<RoleLabel> labels = new ArrayList<>(s.tokens().size());
            int score = 0;
            for (Token t : s.tokens()) {
                int g = t.beginChar() < owner.length ? owner[t.beginChar()] : -1;
                RoleLabel l = g < 0 ? RoleLabel.NONE : RoleLabel.ofTag(gold.tags().get(g));
                labels.add(l);
                if (l != RoleLabel.NONE) score++;
            }
            if (score > bestScore) { best = s; bestLabels = labels; bestScore = score; }
        }
        Sentence one = new Sentence(0, best.text(), best.beginChar(), best.endChar(), best.tokens(), best.entities(),
                best.dependencies(), best.times());
        List<GoldSpan> spans = new ArrayList<>(), lost = new ArrayList<>();
        for (GoldSpan g : gold.spans()) {
            int start = -1, end = -1;
            for (Token t : one.tokens()) {
                int o = t.beginChar() < owner.length ? owner[t.beginChar()] : -1;
                if (o >= g.start() && o < g.end()) {
                    if (start < 0) start = t.index();
                    end = t.index() + 1;
                }
            }
            if (start >= 0) spans.add(new GoldSpan(g.role(), start, end));
            else lost.add(g);
        }
        return new AlignedSentence(id, one, bestLabels, spans, lost);
    }

    /** For each character of the joined text, the index of the file token it belongs to (-1 for the spaces). */
    private static int[] charOwners(TaggedSentence gold) {
        int[] owner = new int[gold.text().length()];
        Arrays.fill(owner, -1);
        int pos = 0;
        for (int i = 0; i < gold.tokens().size(); i++) {
            int len = gold.tokens().get(i).length();
            Arrays.fill(owner, pos, pos + len, i);
            pos += len + 1;
        }
        return owner;
    }
}
