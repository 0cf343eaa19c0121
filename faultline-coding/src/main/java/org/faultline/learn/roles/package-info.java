/**
 * The learned role component: who is the source and who the target of a sentence's event.
 * <p>
 * Kept as three visible things (STYLE.md, "Learned parts"):
 * <ul>
 *   <li><b>features</b> — {@link org.faultline.learn.roles.RoleFeatures} turns one candidate noun
 *       phrase ({@link org.faultline.learn.roles.Phrases}) seen from one predicate into named binary
 *       features over the dependency parse and the actor dictionary; testable on its own;</li>
 *   <li><b>trainer</b> — {@code faultline train roles} ({@link org.faultline.learn.roles.RoleTraining})
 *       reads {@code role-train.yaml} (data, seed, folds, hyper-parameters), annotates ConfliBERT's
 *       span-marked sentences with our CoreNLP annotator ({@link org.faultline.learn.roles.AnnotationCache}
 *       caches them under {@code target/}), aligns the gold tags onto our tokens
 *       ({@link org.faultline.learn.roles.Aligner}), cross-validates and trains;</li>
 *   <li><b>model file</b> — {@code role-model.tsv} with {@code role-model.provenance.json} beside it,
 *       shipped in the jar and loaded once by its owner ({@link org.faultline.learn.roles.RoleModel#bundled()}).</li>
 * </ul>
 * <p>
 * Why this model: the data are 1,153 sentences with (mostly) one source and one target span each,
 * so the task is framed as choosing, among a sentence's noun-phrase heads, the likeliest source and
 * the likeliest target: a multinomial logistic regression over sparse parse features, decoded per
 * sentence. A sequence model (CRF) would also learn span boundaries, but spans are scored by token
 * overlap and the phrase comes from the parse; a linear model trains in seconds, is cheap at coding
 * time (about 1% of annotation CPU per token) and its weights can be read.
 * <p>
 * Why Tribuo: it is a maintained Java ML library on Maven Central (Oracle Labs, Apache-2.0) whose
 * {@code LinearSGDTrainer} (log loss, AdaGrad) trains deterministically from a seed; no optimiser is
 * written here. The trained weights are copied into a sorted text file instead of Tribuo's own
 * serialised form because that form embeds the training time and host in its provenance, so it could
 * not be rebuilt byte for byte; {@code RoleModelTest} checks that the text model gives Tribuo's own
 * probabilities.
 * <p>
 * What moved the held-out target figure (5 folds on ConfliBERT, token overlap): the candidates
 * already reach the gold spans (oracle recall 953 of 954 target spans, all 1,093 source spans), so
 * the errors are in choosing and in deciding whether there is a target at all (a fifth of the
 * sentences have none). The predicate's lemma and frame on every candidate ({@code pred=},
 * {@code pred.has=}) give the model that sentence-level prior and took held-out target F1 from
 * 0.739 to 0.755 (source 0.928 to 0.927). Tried and left out, within noise or worse: more epochs,
 * a higher {@code minCount}, other thresholds, AdaGrad RDA's L1/L2 penalties (no effect in Tribuo
 * 4.3.2's sparse path), averaging five seeds' weights, pattern-book classes of the predicate, and
 * ranking targets by P(target)/(1-P(source)).
 * <p>
 * {@link org.faultline.learn.roles.PloverRoleFolds} retrains the model per fold of the PLOVER gold
 * (ConfliBERT plus the training folds' spans from the gold's markup, {@link org.faultline.learn.roles.PloverMarkup})
 * for {@code faultline eval --folds K}.
 * <p>
 * In the coder the model is the step {@code learned-target} of {@code org/faultline/events/role-steps.txt}.
 */
package org.faultline.learn.roles;
