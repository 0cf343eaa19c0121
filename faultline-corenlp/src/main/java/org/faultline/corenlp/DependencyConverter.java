package org.faultline.corenlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import org.faultline.nlp.Dependency;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts a sentence's CoreNLP dependency graphs into our {@link Dependency} arcs.
 * <p>
 * We emit the <b>enhanced++ UD</b> graph: relations carry their case marker ("obl:on", "nmod:of",
 * "conj:and") and shared arguments are propagated (the subject of "fired and shelled" is the nsubj
 * of both verbs; a relative clause's head noun is the nsubj of its verb), which is what event
 * coding wants. Because enhanced++ gives some tokens more than one head, every token's
 * <em>basic</em>-tree arc is listed first, so {@code Sentence.head(i)} still returns a tree parent.
 * Copy nodes (elided predicates) are dropped: our tokens are only the words written.
 */
final class DependencyConverter {

    private DependencyConverter() {
    }

    static List<Dependency> convert(SemanticGraph enhanced, SemanticGraph basic) {
        SemanticGraph graph = enhanced != null ? enhanced : basic;
        if (graph == null) return List.of();
        Map<Integer, Integer> basicHead = basicHeads(basic);
        List<Dependency> arcs = new ArrayList<>();
        for (IndexedWord root : graph.getRoots())
            if (root.copyCount() == 0) arcs.add(new Dependency("root", -1, root.index() - 1));
        for (SemanticGraphEdge e : graph.edgeIterable()) {
            IndexedWord gov = e.getGovernor();
            IndexedWord dep = e.getDependent();
            if (gov.copyCount() != 0 || dep.copyCount() != 0) continue;
            arcs.add(new Dependency(e.getRelation().toString(), gov.index() - 1, dep.index() - 1));
        }
        arcs.sort(Comparator.comparingInt(Dependency::dependent)
                .thenComparingInt(d -> isTreeArc(d, basicHead) ? 0 : 1)
                .thenComparingInt(Dependency::governor));
        return arcs;
    }

    private static boolean isTreeArc(Dependency d, Map<Integer, Integer> basicHead) {
        Integer head = basicHead.get(d.dependent());
        return head == null || head == d.governor();
    }

    private static Map<Integer, Integer> basicHeads(SemanticGraph basic) {
        Map<Integer, Integer> heads = new HashMap<>();
        if (basic == null) return heads;
        for (IndexedWord root : basic.getRoots()) heads.put(root.index() - 1, -1);
        for (SemanticGraphEdge e : basic.edgeIterable())
            heads.put(e.getDependent().index() - 1, e.getGovernor().index() - 1);
        return heads;
    }
}
