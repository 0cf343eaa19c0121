package org.faultline.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Hyphenated affixes that change who a word names: "Vietnamese-led" names the leader, "ex-president" a former one. */
final class AgentAffixes {
    private AgentAffixes() {}

    // "Vietnamese-led forces", "Armenian-held villages": the prefix names who leads or holds them.
    // ("Russian-backed separatists" is deliberately not here: backers are not the actor.)
    private static final Pattern AGENT_SUFFIX = Pattern.compile(
            "(?i)(.+)-(led|controlled|held|run|based|commanded|dominated|manned|operated)");

    // "ex-president": a former office-holder ("then-minister" held the office at the time: not ELI)
    private static final Pattern FORMER_PREFIX = Pattern.compile("(?i)(?:ex|former)-(.+)");

    static List<String> strip(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) {
            var prefix = FORMER_PREFIX.matcher(w);
            if (prefix.matches()) w = prefix.group(1);
            var m = AGENT_SUFFIX.matcher(w);
            out.add(m.matches() ? m.group(1) : w);
        }
        return out;
    }

    /** True when a word carries a former-office prefix ("ex-minister"). */
    static boolean marksFormer(List<String> words) {
        for (String w : words) if (FORMER_PREFIX.matcher(w).matches()) return true;
        return false;
    }
}
