package org.faultline.incidents;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.faultline.actors.ActorDictionary;
import org.faultline.actors.StateEntry;

/**
 * Which actor country codes may stand for the same side of one occurrence. News names the forces
 * of a de-facto entity through their ethnic kin state as often as through the entity ("Armenian
 * separatists" next to "Karabakh forces"), so a de-facto entity and its kin state are
 * interchangeable — at a penalty, and only when other evidence supports the link.
 * <p>
 * Kinship comes from the actor dictionary, not from a list: a de-facto entity is kin to a state
 * when one of its demonyms contains one of the state's demonyms as a word ("Karabakh Armenians"
 * contains "Armenians"; "Turkish Cypriots" contains "Turkish").
 */
public final class Sides {
    private final Map<String, Set<String>> kin;

    private Sides(Map<String, Set<String>> kin) {
        this.kin = kin;
    }

    /** Only equal codes are the same side. */
    public static Sides strict() {
        return new Sides(Map.of());
    }

    /** Kinship derived from the dictionary's de-facto entities and states. */
    public static Sides from(ActorDictionary dictionary) {
        if (dictionary == null) throw new IllegalArgumentException("dictionary must not be null");
        Map<String, Set<String>> kin = new HashMap<>();
        List<StateEntry> states = dictionary.states();
        for (StateEntry d : states) {
            if (!d.defacto()) continue;
            for (StateEntry s : states) {
                if (s.defacto() || s.code().equals(d.parent())) continue;
                if (kinByDemonym(d.demonyms(), s.demonyms())) {
                    kin.computeIfAbsent(d.code(), k -> new HashSet<>()).add(s.code());
                    kin.computeIfAbsent(s.code(), k -> new HashSet<>()).add(d.code());
                }
            }
        }
        return new Sides(kin);
    }

    /** Explicit kin pairs (for tests and user configuration). */
    public static Sides of(Map<String, Set<String>> pairs) {
        Map<String, Set<String>> kin = new HashMap<>();
        pairs.forEach((a, bs) -> bs.forEach(b -> {
            kin.computeIfAbsent(a, k -> new HashSet<>()).add(b);
            kin.computeIfAbsent(b, k -> new HashSet<>()).add(a);
        }));
        return new Sides(kin);
    }

    /** True when the two different codes may name the same side. */
    public boolean kin(String a, String b) {
        if (a == null || b == null) return false;
        Set<String> k = kin.get(a);
        return k != null && k.contains(b);
    }

    private static boolean kinByDemonym(List<String> defactoDemonyms, List<String> stateDemonyms) {
        for (String dd : defactoDemonyms) {
            String hay = " " + dd.toLowerCase(Locale.ROOT) + " ";
            for (String sd : stateDemonyms) {
                String needle = sd.toLowerCase(Locale.ROOT);
                if (needle.length() >= 4 && !hay.strip().equals(needle) && hay.contains(" " + needle + " ")) return true;
            }
        }
        return false;
    }
}
