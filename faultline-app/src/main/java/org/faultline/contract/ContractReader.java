package org.faultline.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.faultline.claims.Claim;
import org.faultline.claims.Contradiction;
import org.faultline.claims.ContradictionKind;
import org.faultline.claims.Stance;
import org.faultline.events.Event;
import org.faultline.events.Factuality;
import org.faultline.incidents.Incident;
import org.faultline.ingest.Article;
import org.faultline.ingest.RemovedSpan;
import org.faultline.ingest.dedup.ContentHash;
import org.faultline.nlp.DatePrecision;

/**
 * Reads the objects of the export contract (DESIGN.md; {@code ArticleJson}, {@code EventJson},
 * {@code ClaimJson}, {@code IncidentJson}, {@code ContradictionJson} write them) back into records:
 * the inverse of the export, used by {@code faultline import} and inside the Spark runner.
 * <p>
 * What the contract leaves out is rebuilt: an article's content hash from its text, its format as
 * {@value #IMPORTED_FORMAT}, its raw original as empty; a claim's report date from its article's
 * publication date (what the claim extractor uses). Every method fails with a
 * {@link ContractFormatException} naming the bad field. Stateless.
 */
public final class ContractReader {
    /** The {@code format} given to articles read back from {@code articles.jsonl}. */
    public static final String IMPORTED_FORMAT = "import";

    private ContractReader() {}

    public static Article article(JsonNode node) {
        Fields.object(node, "article");
        String id = Fields.required(node, "id");
        String text = Fields.string(node, "text");
        if (text == null) throw new ContractFormatException("article " + id + ": field `text` is missing");
        List<RemovedSpan> removed = new ArrayList<>();
        JsonNode r = node.get("removed");
        if (r != null && !r.isNull()) {
            if (!r.isArray()) throw new ContractFormatException("article " + id + ": field `removed` must be a list");
            for (JsonNode span : r) removed.add(new RemovedSpan(Fields.required(span, "reason"), Fields.string(span, "text")));
        }
        try {
            return new Article(id, Fields.required(node, "source"), Fields.string(node, "url"), Fields.string(node, "title"),
                    date(node, "published"), Fields.bool(node, "published_inferred"), IMPORTED_FORMAT, "", text, removed,
                    ContentHash.of(text), Fields.string(node, "duplicate_of"), Fields.strings(node, "problems"));
        } catch (IllegalArgumentException e) {
            throw new ContractFormatException("article " + id + ": " + e.getMessage());
        }
    }

    public static Event event(JsonNode node) {
        Fields.object(node, "event");
        String id = Fields.required(node, "id");
        try {
            String precision = Fields.string(node, "date_precision");
            return new Event(id, Fields.string(node, "article_id"), Fields.integer(node, "sentence_index"),
                    Fields.string(node, "evidence"), Fields.string(node, "trigger"), Fields.required(node, "type"),
                    Fields.string(node, "mode"), Fields.strings(node, "context"), Fields.string(node, "cameo"),
                    Fields.number(node, "goldstein"), Fields.integer(node, "quad"), Fields.actor(node, "source"),
                    Fields.actor(node, "target"), Fields.string(node, "date"),
                    precision == null ? null : Fields.label(node, "date_precision", DatePrecision.class),
                    Fields.location(node, "location"), Fields.label(node, "factuality", Factuality.class),
                    Fields.actor(node, "claimed_by"), Fields.number(node, "confidence"), Fields.string(node, "incident_id"),
                    Fields.string(node, "path"));
        } catch (ContractFormatException e) {
            throw new ContractFormatException("event " + id + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new ContractFormatException(e.getMessage());
        }
    }

    /**
     * @param reportDate the claim's report date (its article's publication date, ISO), or null
     */
    public static Claim claim(JsonNode node, String reportDate) {
        Fields.object(node, "claim");
        String id = Fields.required(node, "id");
        try {
            return new Claim(id, Fields.required(node, "article_id"), Fields.integer(node, "sentence_index"),
                    Fields.actor(node, "speaker"), Fields.string(node, "cue"), Fields.string(node, "content"),
                    Fields.bool(node, "direct_quote"), Fields.label(node, "stance", Stance.class), Fields.actor(node, "about"),
                    Fields.strings(node, "event_ids"), reportDate);
        } catch (ContractFormatException e) {
            throw new ContractFormatException("claim " + id + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new ContractFormatException(e.getMessage());
        }
    }

    public static Incident incident(JsonNode node) {
        Fields.object(node, "incident");
        String id = Fields.required(node, "id");
        try {
            return new Incident(id, Fields.string(node, "source_country"), Fields.string(node, "target_country"),
                    Fields.string(node, "type_family"), Fields.string(node, "first_date"), Fields.string(node, "last_date"),
                    Fields.string(node, "place"), Fields.strings(node, "event_ids"), Fields.strings(node, "article_ids"),
                    Fields.integer(node, "sources"), Fields.string(node, "first_seen"), Fields.string(node, "last_seen"),
                    node.hasNonNull("confidence") ? node.get("confidence").asDouble() : 1.0, joins(node));
        } catch (ContractFormatException e) {
            throw new ContractFormatException("incident " + id + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new ContractFormatException(e.getMessage());
        }
    }

    /** The optional {@code joins} object (event id → rule) of an incident; empty when absent. */
    private static java.util.Map<String, String> joins(JsonNode node) {
        java.util.Map<String, String> out = new java.util.TreeMap<>();
        JsonNode j = node.get("joins");
        if (j != null && j.isObject()) j.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }

    public static Contradiction contradiction(JsonNode node) {
        Fields.object(node, "contradiction");
        String id = Fields.required(node, "id");
        try {
            return new Contradiction(id, Fields.required(node, "claim_a"), Fields.required(node, "claim_b"),
                    Fields.string(node, "incident_id"), Fields.label(node, "kind", ContradictionKind.class),
                    Fields.string(node, "explanation"), node.hasNonNull("score") ? node.get("score").asDouble() : 1.0);
        } catch (ContractFormatException e) {
            throw new ContractFormatException("contradiction " + id + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new ContractFormatException(e.getMessage());
        }
    }

    private static LocalDate date(JsonNode node, String field) {
        String s = Fields.string(node, field);
        if (s == null || s.isBlank()) return null;
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw new ContractFormatException("field `" + field + "`: not an ISO date: '" + s + "'");
        }
    }
}
