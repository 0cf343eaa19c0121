package org.faultline.learn.roles;

import java.util.ArrayList;
import java.util.List;

/**
 * One sentence of a token-per-line role file, as the file tokenised it.
 *
 * @param line   1-based line of its first token in the file (for messages)
 * @param tokens the tokens
 * @param tags   one BIO tag per token ({@code B-S}, {@code I-T}, {@code O}, ...)
 */
public record TaggedSentence(int line, List<String> tokens, List<String> tags) {
    public TaggedSentence {
        tokens = List.copyOf(tokens);
        tags = List.copyOf(tags);
        if (tokens.isEmpty() || tokens.size() != tags.size())
            throw new IllegalArgumentException("sentence at line " + line + ": " + tokens.size() + " tokens, " + tags.size() + " tags");
    }

    /** The sentence as text: tokens joined by single spaces. */
    public String text() { return String.join(" ", tokens); }

    /** Source and target spans in this sentence's own tokens; an I- tag after another role starts a new span. */
    public List<GoldSpan> spans() {
        List<GoldSpan> out = new ArrayList<>();
        int start = -1;
        RoleLabel role = RoleLabel.NONE;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            RoleLabel r = RoleLabel.ofTag(tag);
            boolean continues = tag.startsWith("I-") && r == role && r != RoleLabel.NONE;
            if (!continues) {
                if (role != RoleLabel.NONE) out.add(new GoldSpan(role, start, i));
                role = r;
                start = i;
            }
        }
        return out;
    }
}
