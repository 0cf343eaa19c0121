/**
 * Precision and recall of claims (speaker and stance per sentence) and contradictions (claim pairs)
 * against hand-made gold for whole articles; {@link org.faultline.claims.eval.ClaimEvalReport#format()}
 * gives the sections {@code faultline eval} prints.
 */
package org.faultline.claims.eval;
