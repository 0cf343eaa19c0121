/**
 * Event coding: annotated sentences in, PLOVER/CAMEO events out.
 * <p>
 * Front door: {@link org.faultline.events.EventCoder} ({@code code(Doc)}, {@code explain(...)},
 * {@code codeTimed(List<Doc>)}). One pass per sentence:
 * <ol>
 *   <li>Triggers: every verb, event noun and cue word is looked up in the pattern book
 *       ({@code patterns.tsv} plus user files); the most specific pattern whose conditions hold on the
 *       dependency parse wins ("impose" + object "sanctions" beats plain "impose").</li>
 *   <li>Absorption: words that are part of another event ("sanctions" in "imposed sanctions", the
 *       attack a minister condemned, a purpose clause) do not make events of their own.</li>
 *   <li>Roles: subject to source, object/oblique to target, passive agent to source, possessor or
 *       nationality adjective of an event noun to source; control ("urged X to withdraw"),
 *       coordination (one event per pair), pronouns (antecedent in the sentence, the quoted speaker, the
 *       previous sentence's actors) and actors known only by role ("the ministry", "rebels in Darfur")
 *       take a country from their phrase, the event's place or the previous sentence. The possessor of a
 *       thing is the actor ("the prime minister's statements"); some types prefer another phrase to the
 *       object ({@link org.faultline.events.TargetPreference}: "withdraw inspectors from Iraq"). Untargeted
 *       protests and coercion by groups within a state, and a government's refusals, threats and
 *       concessions when no other country is in view, target the source's own country; a state itself or
 *       a "side" never gets itself as target, and events whose two actors are the same are dropped.</li>
 *   <li>Factuality: negation and modals on the clause, then the nearest embedding word ("said that"
 *       reported, "denied that" negated, "fears that" hypothetical, "urged ... to" proposed), then a
 *       sentence-level attribution ("..., officials said", "according to"; also a trailing speech verb the
 *       parser hangs off the event verb itself). Promises and plans
 *       ("will", "ready to", "vowed") are coded as AGREE or THREATEN, as CAMEO does.</li>
 *   <li>Date (time expression of the clause or of a temporal adjunct such as "during the 2020 war", else
 *       report date), place (gazetteer), CAMEO code,
 *       Goldstein value and quad ({@code cameo-goldstein.tsv}), confidence from the evidence.</li>
 * </ol>
 * Every word considered is reported as a {@link org.faultline.events.Candidate} with the reason it
 * gave or did not give an event, so "no event" is never silent. JSON output lives in
 * {@code org.faultline.events.json}; accuracy measurement in {@code org.faultline.events.eval}.
 */
package org.faultline.events;
