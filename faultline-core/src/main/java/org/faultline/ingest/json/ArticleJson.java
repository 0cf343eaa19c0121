package org.faultline.ingest.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.faultline.ingest.Article;
import org.faultline.ingest.RemovedSpan;

/**
 * Maps an {@link Article} to the {@code articles.jsonl} object of the output contract (DESIGN.md):
 * the one place articles become JSON, used by the export and the REST API.
 */
public final class ArticleJson {
    private final ObjectMapper mapper;

    public ArticleJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public ObjectNode toJson(Article a) {
        ObjectNode o = mapper.createObjectNode();
        o.put("id", a.id());
        o.put("source", a.source());
        o.put("url", a.url());
        o.put("title", a.title());
        o.put("published", a.published() == null ? null : a.published().toString());
        o.put("published_inferred", a.publishedInferred());
        o.put("text", a.text());
        ArrayNode removed = o.putArray("removed");
        for (RemovedSpan r : a.removed()) removed.addObject().put("reason", r.reason()).put("text", r.text());
        o.put("duplicate_of", a.duplicateOf());
        ArrayNode problems = o.putArray("problems");
        a.problems().forEach(problems::add);
        return o;
    }
}
