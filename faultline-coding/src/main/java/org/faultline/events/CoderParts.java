package org.faultline.events;

import org.faultline.actors.ActorResolver;
import org.faultline.events.patterns.PatternBook;

/** The stateless parts one {@link EventCoder} wires together and every sentence pass shares. */
record CoderParts(PatternBook book, TriggerMatcher matcher, FactualityFinder factuality, ActorResolver resolver,
                  RoleFinder roles, EventBuilder builder) {}
