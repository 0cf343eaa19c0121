package org.faultline.events;

import org.faultline.events.patterns.PatternBook;

/** The stateless parts one {@link EventCoder} wires together and every sentence pass shares. */
record CoderParts(PatternBook book, TriggerMatcher matcher, FactualityFinder factuality, ActorFinder actors,
                  RoleFinder roles, EventBuilder builder) {}
