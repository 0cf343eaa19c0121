package org.faultline.claims;

import java.util.List;
import org.faultline.actors.Actor;

/**
 * An attributed statement: who said what, about whom, with which cue, and the events it carries.
 * Field names follow the {@code claims.jsonl} export contract.
 *
 * @param id            stable id (article id, sentence index, ordinal)
 * @param articleId     the article
 * @param sentenceIndex sentence holding the cue (or the quote's first sentence)
 * @param speaker       the resolved speaker; its text is the mention as written
 * @param cue           the cue ("said", "accused", "according to")
 * @param content       the text of what is claimed
 * @param directQuote   true for words in quotation marks
 * @param stance        accuse, deny, support, warn, demand, propose, reassure or state
 * @param about         the actor the claim is about, or null
 * @param eventIds      ids of the events the claim carries
 * @param date          the report date of the claim (ISO), or null
 */
public record Claim(String id, String articleId, int sentenceIndex, Actor speaker, String cue, String content,
                    boolean directQuote, Stance stance, Actor about, List<String> eventIds, String date) {
    public Claim {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("claim id must not be blank");
        if (speaker == null) throw new IllegalArgumentException("claim " + id + " needs a speaker");
        if (content == null || content.isBlank()) throw new IllegalArgumentException("claim " + id + " needs content");
        stance = stance == null ? Stance.STATE : stance;
        eventIds = List.copyOf(eventIds == null ? List.of() : eventIds);
    }
}
