package org.faultline.events;

import java.util.List;
import org.faultline.actors.Actor;
import org.faultline.nlp.DatePrecision;

/**
 * One coded event, traceable to its evidence sentence. Field names follow the export contract.
 *
 * @param id             stable id (article id, sentence index and ordinal)
 * @param articleId      the article, or the input line's id for sentence-level coding
 * @param sentenceIndex  sentence within the article
 * @param evidence       the sentence text
 * @param trigger        the word(s) that carried the event ("shelled", "the offensive")
 * @param type           PLOVER event type (ASSAULT, ACCUSE, AGREE, ...)
 * @param mode           PLOVER mode, or null
 * @param context        PLOVER contexts
 * @param cameo          CAMEO code the type/mode corresponds to
 * @param goldstein      Goldstein intensity (-10..10)
 * @param quad           1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
 * @param source         who acted, or null
 * @param target         on whom, or null
 * @param date           ISO date, may be YYYY-MM or YYYY; null when unknown
 * @param datePrecision  how much of the date is known
 * @param location       where, or null
 * @param factuality     asserted, reported, hypothetical, negated or proposed
 * @param claimedBy      whose word it is for reported events, or null
 * @param confidence     0..1
 * @param incidentId     the incident it was grouped into, or null
 * @param path           which path produced it: {@value #RULES} (the pattern coder alone) or
 *                       {@value #RULES_QUAD} (a rule event the learned quad model checked); never blank
 */
public record Event(String id, String articleId, int sentenceIndex, String evidence, String trigger,
                    String type, String mode, List<String> context, String cameo, double goldstein,
                    int quad, Actor source, Actor target, String date, DatePrecision datePrecision,
                    Location location, Factuality factuality, Actor claimedBy, double confidence,
                    String incidentId, String path) {
    /** Path of an event the pattern rules produced and nothing else looked at. */
    public static final String RULES = "rules";
    /** Path of a rule event whose sentence the learned quad model checked (see faultline-coding's learn.quad). */
    public static final String RULES_QUAD = "rules+quad-model";

    public Event {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("event id must not be blank");
        if (type == null || type.isBlank()) throw new IllegalArgumentException("event " + id + " needs a type");
        if (quad < 1 || quad > 4) throw new IllegalArgumentException("event " + id + ": quad must be 1..4, was " + quad);
        if (goldstein < -10 || goldstein > 10) throw new IllegalArgumentException("event " + id + ": goldstein out of -10..10: " + goldstein);
        if (confidence < 0 || confidence > 1) throw new IllegalArgumentException("event " + id + ": confidence out of 0..1: " + confidence);
        context = List.copyOf(context == null ? List.of() : context);
        datePrecision = datePrecision == null ? DatePrecision.UNKNOWN : datePrecision;
        factuality = factuality == null ? Factuality.ASSERTED : factuality;
        path = path == null || path.isBlank() ? RULES : path;
    }

    /** The signature before {@code path} existed: the event comes from the rules ({@value #RULES}). */
    public Event(String id, String articleId, int sentenceIndex, String evidence, String trigger,
                 String type, String mode, List<String> context, String cameo, double goldstein,
                 int quad, Actor source, Actor target, String date, DatePrecision datePrecision,
                 Location location, Factuality factuality, Actor claimedBy, double confidence,
                 String incidentId) {
        this(id, articleId, sentenceIndex, evidence, trigger, type, mode, context, cameo, goldstein, quad, source, target,
                date, datePrecision, location, factuality, claimedBy, confidence, incidentId, RULES);
    }

    public Event withIncidentId(String incident) {
        return new Event(id, articleId, sentenceIndex, evidence, trigger, type, mode, context, cameo, goldstein,
                quad, source, target, date, datePrecision, location, factuality, claimedBy, confidence, incident, path);
    }

    /** The same event as produced by another path, with another confidence. */
    public Event withPath(String newPath, double newConfidence) {
        return new Event(id, articleId, sentenceIndex, evidence, trigger, type, mode, context, cameo, goldstein,
                quad, source, target, date, datePrecision, location, factuality, claimedBy, newConfidence, incidentId, newPath);
    }
}
