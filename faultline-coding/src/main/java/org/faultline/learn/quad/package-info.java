/**
 * The learned event-class (quad) component: a classifier that says whether a sentence reports
 * verbal or material cooperation or conflict, or nothing at all (neutral), and a check that uses
 * it to overrule the pattern rules where they do not generalise (captions, sport, background).
 * <p>
 * Kept as three visible things, as STYLE.md's "Learned parts" asks:
 * <ul>
 *   <li>features: {@link org.faultline.learn.quad.QuadFeatures} (lemmas and bigrams, the main
 *       predicate and its dependents, negation and modals, entity counts, and the rule coder's own
 *       output for the sentence, so the model stacks on the rules);</li>
 *   <li>trainer: {@link org.faultline.learn.quad.QuadTrainer} with a fixed
 *       {@link org.faultline.learn.quad.QuadTrainingConfig} ({@code faultline train quad});</li>
 *   <li>model file {@code quad-model.tsv} with its provenance {@code quad-model.json} (data sets and
 *       their sha256, seed, hyper-parameters, held-out figures) in this package's resources.</li>
 * </ul>
 * Why this model: the training data is small (1,153 distinct labelled sentences in ConfliBERT's
 * {@code cameo_class} split), so a regularised linear model over sparse, readable features is
 * what the data supports; it trains in seconds, its weights can be read, and it costs a few
 * microseconds per sentence on top of annotation. Why Tribuo: a maintained Java ML library on
 * Maven Central (Oracle Labs, Apache 2.0) with a deterministic seeded SGD trainer and
 * multinomial logistic loss, so there is no hand-written optimiser here; the trained weights are
 * exported into a small TSV the product reads without Tribuo's serialised model format (whose
 * provenance carries timestamps, which would break byte-for-byte rebuilds).
 * <p>
 * Sentence embeddings (all-MiniLM-L6-v2 shipped in a langchain4j Maven artifact, ~530
 * sentences/s on one core, i.e. ~2 ms a sentence) were not tried: the sparse model already
 * reaches 0.91 quad accuracy on held-out folds at a few microseconds a sentence, so there is
 * little left for them to pay for.
 */
package org.faultline.learn.quad;
