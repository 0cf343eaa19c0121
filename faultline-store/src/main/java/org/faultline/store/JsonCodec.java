package org.faultline.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
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
            ObjectNode o = array.addObject();
            o.put("word", t.word()).put("lemma", t.lemma()).put("pos", t.pos()).put("ner", t.ner());
            o.put("begin", t.beginChar()).put("end", t.endChar());
        }
        return array.toString();
    }

    List<Token> tokens(String json) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        for (JsonNode n : tree(json)) {
            out.add(new Token(i++, n.path("word").asText(), n.path("lemma").asText(null), n.path("pos").asText(null),
                    n.path("ner").asText(null), n.path("begin").asInt(), n.path("end").asInt()));
        }
        return out;
    }

    String dependencies(List<Dependency> deps) {
        ArrayNode array = mapper.createArrayNode();
        for (Dependency d : deps) array.addObject().put("rel", d.relation()).put("gov", d.governor()).put("dep", d.dependent());
        return array.toString();
    }

    List<Dependency> dependencies(String json) {
        List<Dependency> out = new ArrayList<>();
        for (JsonNode n : tree(json)) out.add(new Dependency(n.path("rel").asText(), n.path("gov").asInt(), n.path("dep").asInt()));
        return out;
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
