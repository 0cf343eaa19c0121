package org.faultline.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.faultline.actors.Actor;
import org.faultline.events.Location;

/** Typed access to the fields of a contract JSON object, failing with the field's name. */
final class Fields {
    private Fields() {}

    static JsonNode object(JsonNode node, String what) {
        if (node == null || !node.isObject()) throw new ContractFormatException(what + " must be a JSON object");
        return node;
    }

    /** A string, null when absent or JSON null. */
    static String string(JsonNode o, String field) {
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.isTextual()) throw new ContractFormatException("field `" + field + "` must be a string, found " + v.getNodeType());
        return v.asText();
    }

    static String required(JsonNode o, String field) {
        String s = string(o, field);
        if (s == null || s.isBlank()) throw new ContractFormatException("field `" + field + "` is missing or empty");
        return s;
    }

    static int integer(JsonNode o, String field) {
        JsonNode v = o.get(field);
        if (v == null || !v.canConvertToInt() || !v.isIntegralNumber())
            throw new ContractFormatException("field `" + field + "` must be an integer, found " + v);
        return v.intValue();
    }

    static double number(JsonNode o, String field) {
        JsonNode v = o.get(field);
        if (v == null || !v.isNumber()) throw new ContractFormatException("field `" + field + "` must be a number, found " + v);
        return v.doubleValue();
    }

    static Double optionalNumber(JsonNode o, String field) {
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) return null;
        return number(o, field);
    }

    static boolean bool(JsonNode o, String field) {
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) return false;
        if (!v.isBoolean()) throw new ContractFormatException("field `" + field + "` must be true or false, found " + v);
        return v.booleanValue();
    }

    static List<String> strings(JsonNode o, String field) {
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) return List.of();
        if (!v.isArray()) throw new ContractFormatException("field `" + field + "` must be a list of strings");
        List<String> out = new ArrayList<>();
        for (JsonNode x : v) {
            if (!x.isTextual()) throw new ContractFormatException("field `" + field + "` must hold strings only, found " + x);
            out.add(x.asText());
        }
        return out;
    }

    /** The actor object of the contract ({@code text, name, country, sector, code, wikidata}), or null. */
    static Actor actor(JsonNode o, String field) {
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) return null;
        object(v, "field `" + field + "`");
        try {
            return new Actor(string(v, "text"), string(v, "name"), string(v, "country"), string(v, "sector"),
                    string(v, "code"), string(v, "wikidata"));
        } catch (IllegalArgumentException e) {
            throw new ContractFormatException("field `" + field + "`: " + e.getMessage());
        }
    }

    /** The location object ({@code name, country, lat, lon}), or null. */
    static Location location(JsonNode o, String field) {
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) return null;
        object(v, "field `" + field + "`");
        try {
            return new Location(string(v, "name"), string(v, "country"), optionalNumber(v, "lat"), optionalNumber(v, "lon"));
        } catch (IllegalArgumentException e) {
            throw new ContractFormatException("field `" + field + "`: " + e.getMessage());
        }
    }

    /** An enum constant from its lower-case, dash-separated export label. */
    static <E extends Enum<E>> E label(JsonNode o, String field, Class<E> type) {
        String s = string(o, field);
        if (s == null) return null;
        try {
            return Enum.valueOf(type, s.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new ContractFormatException("field `" + field + "`: unknown value '" + s + "'");
        }
    }
}
