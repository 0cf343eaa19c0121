package org.faultline.corenlp;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;

import java.util.Collections;
import java.util.HashMap;
import java.util.Properties;
import java.util.Set;

/**
 * A CoreNLP annotator that sets an empty coreference map. CoreNLP's quote annotator reads the
 * coref chains even when told not to use them; running real coref costs ~4x, so when coref is off
 * this stands in for it. Registered by name through {@code customAnnotatorClass.emptycoref}.
 */
public final class EmptyCorefAnnotator implements Annotator {

    /** The constructor CoreNLP calls reflectively for custom annotators. */
    public EmptyCorefAnnotator(String name, Properties props) {
        // nothing to configure
    }

    @Override
    public void annotate(Annotation annotation) {
        if (annotation.get(CorefCoreAnnotations.CorefChainAnnotation.class) == null)
            annotation.set(CorefCoreAnnotations.CorefChainAnnotation.class, new HashMap<>());
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return Collections.singleton(CorefCoreAnnotations.CorefChainAnnotation.class);
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return Collections.emptySet();
    }
}
