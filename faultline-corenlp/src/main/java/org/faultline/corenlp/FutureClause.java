package org.faultline.corenlp;

import org.faultline.nlp.Dependency;
import org.faultline.nlp.Token;

import java.util.List;
import java.util.Set;

/**
 * Tells whether a time expression sits in a clause about the future ("talks will resume on
 * Friday"), from the dependency parse: the nearest verb above the expression has a future
 * auxiliary (will, shall, 'll). News dates default to the past; this is the exception.
 */
final class FutureClause {

    private static final Set<String> FUTURE_AUX = Set.of("will", "shall", "'ll", "wo");
    private static final int MAX_CLIMB = 6;

    private FutureClause() {
    }

    static boolean contains(List<Token> tokens, List<Dependency> deps, int start, int end) {
        int node = headWithin(deps, start, end);
        for (int step = 0; step < MAX_CLIMB && node >= 0; step++) {
            if (tokens.get(node).isVerb() || step > 0 && hasAux(tokens, deps, node)) {
                return hasAux(tokens, deps, node);
            }
            node = treeHead(deps, node);
        }
        return false;
    }

    private static boolean hasAux(List<Token> tokens, List<Dependency> deps, int verb) {
        for (Dependency d : deps)
            if (d.governor() == verb && d.baseRelation().equals("aux")
                    && FUTURE_AUX.contains(tokens.get(d.dependent()).word().toLowerCase()))
                return true;
        return false;
    }

    /** The token of the span whose head lies outside it. */
    private static int headWithin(List<Dependency> deps, int start, int end) {
        for (int i = start; i < end; i++) {
            int head = treeHead(deps, i);
            if (head < start || head >= end) return i;
        }
        return end - 1;
    }

    /** First arc of a token is its basic-tree arc (see DependencyConverter). */
    private static int treeHead(List<Dependency> deps, int token) {
        for (Dependency d : deps) if (d.dependent() == token) return d.governor();
        return -1;
    }
}
