package org.faultline.store;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.faultline.incidents.Incident;

/** Argument checks for {@link Store#replaceLinks}, done before the transaction begins. */
final class LinkChecks {
    private LinkChecks() {}

    /** The list (empty for null); throws naming {@code what} when it holds a null. */
    static <T> List<T> noNulls(List<T> list, String what) {
        if (list == null) return List.of();
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == null) throw new IllegalArgumentException(what + " must not contain null (index " + i + ")");
        }
        return list;
    }

    static <T> void uniqueIds(List<T> list, Function<T, String> id, String what) {
        Set<String> seen = new HashSet<>();
        for (T t : list) {
            if (!seen.add(id.apply(t))) throw new IllegalArgumentException(what + " id " + id.apply(t) + " is given twice");
        }
    }

    /**
     * The event-to-incident map to store: the given one, checked to name only listed incidents,
     * or when null the one the incidents' own event ids give.
     */
    static Map<String, String> incidentByEvent(List<Incident> incidents, Map<String, String> given) {
        if (given == null) {
            Map<String, String> derived = new HashMap<>();
            for (Incident x : incidents) for (String e : x.eventIds()) derived.put(e, x.id());
            return derived;
        }
        Set<String> ids = new HashSet<>();
        for (Incident x : incidents) ids.add(x.id());
        for (Map.Entry<String, String> e : given.entrySet()) {
            if (e.getKey() == null) throw new IllegalArgumentException("incident map has a null event id");
            if (e.getValue() != null && !ids.contains(e.getValue()))
                throw new IllegalArgumentException("incident map sends event " + e.getKey() + " to incident "
                        + e.getValue() + ", which is not among the incidents given");
        }
        return given;
    }
}
