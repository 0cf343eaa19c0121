/**
 * The one place Faultline calls Stanford CoreNLP 4.5.10: {@link org.faultline.corenlp.CoreNlpAnnotator}
 * turns clean text into our {@link org.faultline.nlp.Doc} records, so no CoreNLP type leaks out.
 * <p>
 * Choices, and why:
 * <ul>
 *   <li>Dependencies are <b>enhanced++ Universal Dependencies</b> (relations with case subtypes such
 *       as {@code obl:on}, {@code nmod:poss}, {@code conj:and}; subjects propagated over conjoined
 *       and controlled verbs). Each token's basic-tree arc is listed first, so
 *       {@code Sentence.head(i)} walks a tree; copy nodes are dropped. Indices are 0-based within
 *       the sentence, the root arc has governor -1.</li>
 *   <li>NER is coarse (PERSON, ORGANIZATION, LOCATION, MISC, plus SUTime's DATE/TIME/DURATION and
 *       numbers) unless {@link org.faultline.corenlp.AnnotatorOptions#fineGrainedNer()} asks for
 *       COUNTRY, CITY, NATIONALITY, TITLE...; a bare surname that names a person elsewhere in the
 *       document is tagged PERSON too ({@code SurnameTagger}).</li>
 *   <li>Dates are SUTime's, normalised against the report date and corrected for news usage by
 *       {@link org.faultline.corenlp.NewsDateResolver}.</li>
 *   <li>Quote speakers come first from dependency-parse rules ({@code SpeakerRules}), then from
 *       CoreNLP's quote attribution for longer quotes the rules leave open.</li>
 *   <li>A line break always ends a sentence: clean text has one paragraph per line, and headlines
 *       and datelines carry no final punctuation.</li>
 * </ul>
 * {@link org.faultline.corenlp.AnnotatorBenchmark} measures any annotator's throughput and heap.
 */
package org.faultline.corenlp;
