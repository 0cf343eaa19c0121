/**
 * Events as JSON per the output contract in DESIGN.md: {@link org.faultline.events.json.EventJson}
 * maps one event (used by {@code faultline code} and the {@code events.jsonl} export) and
 * {@link org.faultline.events.json.SentenceCoding} runs sentence-level coding over JSON Lines.
 */
package org.faultline.events.json;
