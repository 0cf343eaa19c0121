package org.faultline.events;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The sixteen event types of the PLOVER structured codebook, one place for every data file reader
 * and filter that names them. {@link Event#type()} stays a string (it is what the store and the
 * output contract carry); code that needs to know a type's kind asks this enum instead of keeping
 * its own set. Quad classes are not here: which quad a type falls in depends on the CAMEO code
 * behind it (see {@code cameo-goldstein.tsv}), not on the type alone.
 */
public enum PloverType {
    AGREE(true), CONSULT(false), SUPPORT(true), COOPERATE(false), AID(false), CONCEDE(false), RETREAT(false),
    REQUEST(true), ACCUSE(true), REJECT(true), THREATEN(true), PROTEST(false), SANCTION(false), MOBILIZE(false),
    COERCE(false), ASSAULT(false);

    private static final List<String> NAMES = Arrays.stream(values()).map(Enum::name).toList();

    private final boolean speechAct;

    PloverType(boolean speechAct) {
        this.speechAct = speechAct;
    }

    /**
     * True for types that are only something said (agreeing, requesting, accusing, rejecting,
     * supporting, threatening): a purpose clause of this kind ("struck to demand ...") explains
     * another act rather than being one. Meetings and concessions are acts, so they are not.
     */
    public boolean speechAct() {
        return speechAct;
    }

    /** True when {@code name} is one of the sixteen types, spelled in capitals. */
    public static boolean isKnown(String name) {
        return name != null && NAMES.contains(name);
    }

    /** The type a string names (any case), or an error naming {@code where} and the valid names. */
    public static PloverType parse(String name, String where) {
        String n = name == null ? "" : name.strip().toUpperCase(Locale.ROOT);
        if (!NAMES.contains(n))
            throw new IllegalArgumentException(where + ": unknown PLOVER type '" + name + "' (one of " + String.join(", ", NAMES) + ")");
        return valueOf(n);
    }

    /** The type names in codebook order. */
    public static List<String> names() {
        return NAMES;
    }
}
