package org.faultline.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One annotated sentence: tokens, entities, dependency arcs and normalised time expressions.
 *
 * @param index       0-based position in the document
 * @param text        the sentence as it stands in the clean text
 * @param beginChar   offset in the clean text (inclusive)
 * @param endChar     offset in the clean text (exclusive)
 */
public record Sentence(int index, String text, int beginChar, int endChar, List<Token> tokens,
                       List<Entity> entities, List<Dependency> dependencies, List<TimeExpression> times) {
    public Sentence {
        if (index < 0) throw new IllegalArgumentException("sentence index must be >= 0, was " + index);
        if (text == null) throw new IllegalArgumentException("sentence text must not be null");
        tokens = List.copyOf(tokens);
        entities = List.copyOf(entities);
        dependencies = List.copyOf(dependencies);
        times = List.copyOf(times);
    }

    /** Dependency arcs whose governor is the given token. */
    public List<Dependency> children(int tokenIndex) {
        List<Dependency> out = new ArrayList<>();
        for (Dependency d : dependencies) if (d.governor() == tokenIndex) out.add(d);
        return out;
    }

    /** The arc that attaches the given token to its head, if the parse has one. */
    public Optional<Dependency> head(int tokenIndex) {
        for (Dependency d : dependencies) if (d.dependent() == tokenIndex) return Optional.of(d);
        return Optional.empty();
    }

    /** The entity mention covering the given token, if any. */
    public Optional<Entity> entityAt(int tokenIndex) {
        for (Entity e : entities) if (e.covers(tokenIndex)) return Optional.of(e);
        return Optional.empty();
    }
}
