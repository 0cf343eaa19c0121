package org.faultline.learn.roles;

import java.util.List;
import org.faultline.nlp.Sentence;

/**
 * A gold sentence carried onto our own annotation: the parsed sentence, a role label for each of its
 * tokens and the gold spans in its token indices.
 *
 * @param id         position of the sentence in its file ("s0", "s1", ...), stable across runs
 * @param sentence   the parse (when the annotator split the text, the part holding most gold tokens)
 * @param labels     one label per token of {@code sentence}
 * @param spans      gold source and target spans over {@code sentence}'s tokens
 * @param lost       gold spans (in the file's token indices) that fell in another part of a split text:
 *                   counted as missed by every scorer, never found
 */
public record AlignedSentence(String id, Sentence sentence, List<RoleLabel> labels, List<GoldSpan> spans, List<GoldSpan> lost) {
    public AlignedSentence {
        labels = List.copyOf(labels);
        spans = List.copyOf(spans);
        lost = List.copyOf(lost);
        if (labels.size() != sentence.tokens().size())
            throw new IllegalArgumentException(id + ": " + labels.size() + " labels for " + sentence.tokens().size() + " tokens");
    }

    /** Gold spans of one role. */
    public List<GoldSpan> spans(RoleLabel role) {
        return spans.stream().filter(s -> s.role() == role).toList();
    }

    /** How many gold spans of one role the parse cannot reach. */
    public int lost(RoleLabel role) {
        return (int) lost.stream().filter(s -> s.role() == role).count();
    }
}
