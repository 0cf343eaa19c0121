package org.faultline.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Function;

/** The JSON shape of every paged listing: {@code {"total", "limit", "offset", "items": [...]}}. */
public final class Listing {
    private Listing() {}

    public static <T> ObjectNode of(long total, Page page, List<T> items, Function<T, ? extends JsonNode> toJson) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("total", total);
        o.put("limit", page.limit());
        o.put("offset", page.offset());
        ArrayNode arr = o.putArray("items");
        for (T t : items) arr.add(toJson.apply(t));
        return o;
    }
}
