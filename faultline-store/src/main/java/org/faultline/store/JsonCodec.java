package org.faultline.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.faultline.actors.Actor;
import org.faultline.commitments.CommitmentStatus;
import org.faultline.commitments.StatusChange;
import org.faultline.ingest.RemovedSpan;
import org.faultline.nlp.Dependency;
import org.faultline.nlp.Token;

/**
 * The JSON forms of the list-valued columns. Written by hand rather than by binding the records,
 * because the column layout is the stored contract (documented in the migration files) and must
 * not change when a record gains a method or a field.
 */
final class JsonCodec {
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
    private final ObjectMapper mapper = new ObjectMapper();

    String strings(List<String> values) {
        try {
            return mapper.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON list", e);
        }
    }

    List<String> strings(String json) {
        if (json == null || json.isEmpty()) return List.of();
        try {
            return mapper.readValue(json, STRINGS);
        } catch (JsonProcessingException e) {
            throw new StoreException("stored JSON list is damaged: " + abbreviate(json), e);
        }
    }

    private static final TypeReference<java.util.Map<String, String>> STRING_MAP = new TypeReference<>() {};

    /** A string-to-string map as a JSON object in key order (an incident's joins). */
    String stringMap(java.util.Map<String, String> values) {
        try {
            return mapper.writeValueAsString(new java.util.TreeMap<>(values));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON object", e);
        }
    }

    java.util.Map<String, String> stringMap(String json) {
        if (json == null || json.isEmpty()) return java.util.Map.of();
        try {
            return mapper.readValue(json, STRING_MAP);
        } catch (JsonProcessingException e) {
            throw new StoreException("stored JSON object is damaged: " + abbreviate(json), e);
        }
    }

    String removed(List<RemovedSpan> spans) {
        ArrayNode array = mapper.createArrayNode();
        for (RemovedSpan s : spans) array.addObject().put("reason", s.reason()).put("text", s.text());
        return array.toString();
    }

    List<RemovedSpan> removed(String json) {
        List<RemovedSpan> out = new ArrayList<>();
        for (JsonNode n : tree(json)) out.add(new RemovedSpan(n.path("reason").asText(), n.path("text").asText()));
        return out;
    }

    String tokens(List<Token> tokens) {
        ArrayNode array = mapper.createArrayNode();
        for (Token t : tokens) {
            array.addArray().add(t.word()).add(t.lemma()).add(t.pos()).add(t.ner()).add(t.beginChar()).add(t.endChar());
        }
        return array.toString();
    }

    List<Token> tokens(String json) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        for (JsonNode n : tree(json)) {
            out.add(new Token(i++, n.path(0).asText(), n.path(1).asText(null), n.path(2).asText(null),
                    n.path(3).asText(null), n.path(4).asInt(), n.path(5).asInt()));
        }
        return out;
    }

    String dependencies(List<Dependency> deps) {
        ArrayNode array = mapper.createArrayNode();
        for (Dependency d : deps) array.addArray().add(d.relation()).add(d.governor()).add(d.dependent());
        return array.toString();
    }

    List<Dependency> dependencies(String json) {
        List<Dependency> out = new ArrayList<>();
        for (JsonNode n : tree(json)) out.add(new Dependency(n.path(0).asText(), n.path(1).asInt(), n.path(2).asInt()));
        return out;
    }

    /** Actors as objects, null fields left out. */
    String actors(List<Actor> actors) {
        ArrayNode array = mapper.createArrayNode();
        for (Actor a : actors) {
            ObjectNode o = array.addObject();
            putIfSet(o, "text", a.text());
            putIfSet(o, "name", a.name());
            putIfSet(o, "country", a.country());
            putIfSet(o, "sector", a.sector());
            putIfSet(o, "code", a.code());
            putIfSet(o, "wikidata", a.wikidata());
        }
        return array.toString();
    }

    List<Actor> actors(String json) {
        List<Actor> out = new ArrayList<>();
        for (JsonNode n : tree(json)) {
            out.add(new Actor(n.path("text").asText(), n.path("name").asText(null), n.path("country").asText(null),
                    n.path("sector").asText(null), n.path("code").asText(null), n.path("wikidata").asText(null)));
        }
        return out;
    }

    /** Status changes as objects, null fields left out; status as the enum name. */
    String history(List<StatusChange> changes) {
        ArrayNode array = mapper.createArrayNode();
        for (StatusChange c : changes) {
            ObjectNode o = array.addObject();
            o.put("status", c.status().name());
            putIfSet(o, "date", c.date());
            putIfSet(o, "article_id", c.articleId());
            o.put("sentence_index", c.sentenceIndex());
            putIfSet(o, "evidence", c.evidence());
        }
        return array.toString();
    }

    List<StatusChange> history(String json) {
        List<StatusChange> out = new ArrayList<>();
        for (JsonNode n : tree(json)) {
            out.add(new StatusChange(CommitmentStatus.valueOf(n.path("status").asText()), n.path("date").asText(null),
                    n.path("article_id").asText(null), n.path("sentence_index").asInt(), n.path("evidence").asText(null)));
        }
        return out;
    }

    private static void putIfSet(ObjectNode o, String field, String value) {
        if (value != null) o.put(field, value);
    }

    private JsonNode tree(String json) {
        if (json == null || json.isEmpty()) return mapper.createArrayNode();
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new StoreException("stored JSON is damaged: " + abbreviate(json), e);
        }
    }

    private static String abbreviate(String s) { return s.length() <= 80 ? s : s.substring(0, 80) + "..."; }
}
