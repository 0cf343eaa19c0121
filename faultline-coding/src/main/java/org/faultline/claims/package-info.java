/**
 * Claims and contradictions: who said what about whom, and where the parties' accounts collide.
 * <p>
 * {@link org.faultline.claims.ClaimExtractor} turns one annotated article (with its coded events)
 * into {@link org.faultline.claims.Claim}s: attributed statements found on the dependency parse
 * (cue verbs with their subject and complement, "according to X", cue nouns such as "X's
 * statement", participles sharing their clause's speaker), merged with the annotator's quotations,
 * and, when a headline names the author of a published statement ({@link org.faultline.claims.TitleAuthor}),
 * the author's own evaluative sentences. Speakers resolve through the actor dictionary; "the
 * ministry", "he", "it", "they" and "the country's" take the actor the article named before.
 * Cues and stance words are data ({@code cues.tsv}, {@link org.faultline.claims.CueBook}).
 * <p>
 * {@link org.faultline.claims.ContradictionFinder} compares claims of any number of articles and
 * reports pairs by different parties that cannot both be true (blame reversed, accusation against
 * denial, incompatible characterisation, figures, dates), each with an explanation.
 * JSON mapping for the export contract lives in {@code org.faultline.claims.json}; scoring against
 * hand-made gold in {@code org.faultline.claims.eval}.
 */
package org.faultline.claims;
