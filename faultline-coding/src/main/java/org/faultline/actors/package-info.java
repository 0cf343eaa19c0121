/**
 * Actor resolution: who is acting. {@link org.faultline.actors.ActorDictionary} holds the data
 * (states and de-facto entities, organisations, people with terms of office, sector words; TSV
 * files documented at the top of {@code states.tsv}; beneath them a field layer converted from
 * PETRARCH2 by {@link org.faultline.actors.petrarch}, which only fills gaps), {@link org.faultline.actors.DictionaryActorResolver}
 * resolves parsed mentions and free text to {@link org.faultline.actors.Actor}s (separatists in a
 * sentence naming a region held by a de-facto entity get that entity's code: {@code DefactoSeparatists}),
 * {@link org.faultline.actors.CountryCodes} maps CAMEO and ISO alpha-2 codes, and
 * {@link org.faultline.actors.ActorResolveJsonl} is the core of {@code faultline actors resolve}.
 */
package org.faultline.actors;
