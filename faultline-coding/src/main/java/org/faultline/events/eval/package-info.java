/**
 * Accuracy of the event coder on sentence-level gold records (the PLOVER gold standard format):
 * {@link org.faultline.events.eval.GoldEvaluator} reads the file, annotates and codes every sentence
 * and returns an {@link org.faultline.events.eval.EvalReport} (precision, recall and F1 for type,
 * type + source + target country, source and target, plus a confusion table of types). The matching
 * rule is documented on {@code GoldEvaluator}.
 */
package org.faultline.events.eval;
