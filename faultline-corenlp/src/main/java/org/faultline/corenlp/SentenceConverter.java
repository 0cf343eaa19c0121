package org.faultline.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import org.faultline.nlp.Dependency;
import org.faultline.nlp.Entity;
import org.faultline.nlp.Sentence;
import org.faultline.nlp.TimeExpression;
import org.faultline.nlp.Token;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Converts one CoreNLP sentence into our {@link Sentence}: tokens, entity mentions, dependency
 * arcs and time expressions, with dates corrected by {@link NewsDateResolver}.
 * Token indices are 0-based within the sentence; character offsets are those of the given text.
 */
final class SentenceConverter {

    private final NewsDateResolver dates = new NewsDateResolver();

    Sentence convert(int index, CoreMap sentence, String text, LocalDate reportDate) {
        int begin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) tokens.add(token(i, labels.get(i), text));

        List<Dependency> deps = DependencyConverter.convert(
                sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class),
                sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class));
        List<Entity> entities = new ArrayList<>();
        List<TimeExpression> times = new ArrayList<>();
        List<CoreMap> mentions = sentence.get(CoreAnnotations.MentionsAnnotation.class);
        if (mentions != null) {
            for (CoreMap mention : mentions) mention(mention, text, reportDate, tokens, deps, entities, times);
        }
        return new Sentence(index, text.substring(begin, end), begin, end, tokens, entities, deps, times);
    }

    private static Token token(int i, CoreLabel label, String text) {
        String written = text.substring(label.beginPosition(), label.endPosition());
        return new Token(i, written.isEmpty() ? label.word() : written, label.lemma(), label.tag(),
                label.ner(), label.beginPosition(), label.endPosition());
    }

    private void mention(CoreMap mention, String text, LocalDate reportDate, List<Token> tokens,
                         List<Dependency> deps, List<Entity> entities, List<TimeExpression> times) {
        List<CoreLabel> toks = mention.get(CoreAnnotations.TokensAnnotation.class);
        if (toks == null || toks.isEmpty()) return;
        int start = toks.get(0).index() - 1;
        int stop = toks.get(toks.size() - 1).index();
        String written = text.substring(toks.get(0).beginPosition(), toks.get(toks.size() - 1).endPosition());
        if (written.isBlank()) return;
        String type = mention.get(CoreAnnotations.NamedEntityTagAnnotation.class);
        if (type == null || type.isBlank() || type.equals("O")) return;
        // CoreNLP also builds pronoun mentions ("he" as PERSON) whose tokens carry no NER tag:
        // those are coreference material, not named entities
        if (toks.stream().allMatch(t -> t.ner() == null || t.ner().equals("O"))) return;
        String normalized = mention.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
        if (type.equals("DATE") || type.equals("TIME")) {
            Timex timex = mention.get(TimeAnnotations.TimexAnnotation.class);
            String timexValue = timex != null ? timex.value() : normalized;
            boolean future = FutureClause.contains(tokens, deps, start, stop);
            NewsDateResolver.Resolved r = dates.resolve(written, timexValue, reportDate, future);
            times.add(new TimeExpression(written, start, stop, r.value(), r.precision()));
            normalized = r.value();
        }
        entities.add(new Entity(written, type, start, stop, normalized));
    }
}
