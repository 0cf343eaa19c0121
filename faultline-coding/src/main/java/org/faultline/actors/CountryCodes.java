package org.faultline.actors;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Country code tables derived from the actor dictionary's states: ISO alpha-2 → alpha-3 (for
 * GeoNames), and CAMEO/historic codes → ISO alpha-3 (for scoring CAMEO-coded gold data, whose
 * codes are mostly ISO but not always: JAP for Japan, ITL for Italy, VTN for Vietnam...).
 */
public final class CountryCodes {
    private final Map<String, String> alpha2To3 = new HashMap<>();
    private final Map<String, String> toIso = new HashMap<>();
    private final Map<String, StateEntry> byCode = new HashMap<>();

    CountryCodes(List<StateEntry> states) {
        for (StateEntry s : states) {
            byCode.put(s.code(), s);
            toIso.put(s.code(), s.code());
            if (s.iso2() != null) alpha2To3.putIfAbsent(s.iso2(), s.code());
            for (String other : s.otherCodes()) toIso.putIfAbsent(other, s.code());
        }
    }

    /** The tables of the bundled dictionary. */
    public static CountryCodes bundled() { return ActorDictionary.bundledOwn().countryCodes(); }

    /**
     * The ISO alpha-3 (or documented de-facto) code for a CAMEO country code: "JAP" → "JPN",
     * "ITL" → "ITA", "ARM" → "ARM". Codes that are not countries (IGO, NGO, IMG) and unknown codes
     * are returned unchanged (upper-cased); null stays null.
     */
    public String toIso(String cameoCode) {
        if (cameoCode == null) return null;
        String c = cameoCode.strip().toUpperCase(Locale.ROOT);
        return toIso.getOrDefault(c, c);
    }

    /** ISO alpha-3 for an ISO alpha-2 code ("AM" → "ARM"), as GeoNames files use alpha-2. */
    public Optional<String> alpha3(String alpha2) {
        if (alpha2 == null) return Optional.empty();
        return Optional.ofNullable(alpha2To3.get(alpha2.strip().toUpperCase(Locale.ROOT)));
    }

    /** The state or de-facto entity with this code. */
    public Optional<StateEntry> state(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code.toUpperCase(Locale.ROOT)));
    }

    /** Canonical name of a country code, if known. */
    public Optional<String> name(String code) { return state(code).map(StateEntry::name); }
}
