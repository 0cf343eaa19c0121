package org.faultline.events;

import java.io.BufferedReader;
import org.faultline.io.BundledResource;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.faultline.events.cameo.CameoTable;

/**
 * CAMEO's reading of promises and plans: an announced cooperative act is AGREE (03x, "express
 * intent to"), an announced hostile act is THREATEN (13x), a refused or ruled-out act is REJECT
 * (12x); verbal types keep their type. The mapping is data ({@code intent-codes.tsv}), checked row
 * by row at load and against the Goldstein table by {@link #requireKnown}.
 */
final class IntentCodes {
    static final String BUNDLED = "/org/faultline/events/intent-codes.tsv";
    private static final IntentCodes INSTANCE = load();

    /** One row: acts whose code starts with {@code prefix} ("*" any) are coded {@code type}/{@code code} ("=" keeps the code). */
    record Rule(boolean refusal, String prefix, String type, String code, String origin) {}

    private final Set<String> keep;
    private final List<Rule> rules;

    private IntentCodes(Set<String> keep, List<Rule> rules) {
        this.keep = Set.copyOf(keep);
        this.rules = List.copyOf(rules);
    }

    static IntentCodes bundled() { return INSTANCE; }

    /** The type and CAMEO code an intended act is coded as. */
    static String[] intended(String type, String cameo, boolean negated) {
        return INSTANCE.code(type, cameo, negated);
    }

    String[] code(String type, String cameo, boolean negated) {
        if (!negated && keep.contains(type)) return new String[] {type, cameo};
        Rule best = null;
        for (Rule r : rules) {
            if (r.refusal() != negated) continue;
            boolean hit = r.prefix().equals("*") || cameo.startsWith(r.prefix());
            if (hit && (best == null || best.prefix().equals("*") || !r.prefix().equals("*") && r.prefix().length() > best.prefix().length()))
                best = r;
        }
        if (best == null) throw new IllegalStateException("intent-codes.tsv has no default ('*') row for " + (negated ? "refusal" : "intent"));
        return new String[] {best.type(), best.code().equals("=") ? cameo : best.code()};
    }

    /** Fails naming file:line when a row's code is not in the Goldstein table (the event would otherwise be lost while coding). */
    void requireKnown(CameoTable cameo) {
        for (Rule r : rules)
            if (!r.code().equals("=") && cameo.lookup(r.code()).isEmpty())
                throw new IllegalArgumentException(r.origin() + ": CAMEO code '" + r.code() + "' is not in the Goldstein table (cameo-goldstein.tsv)");
    }

    List<Rule> rules() { return rules; }

    private static IntentCodes load() {
        return BundledResource.read(IntentCodes.class, BUNDLED,
                in -> read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), "intent-codes.tsv"));
    }

    static IntentCodes read(BufferedReader in, String name) throws IOException {
        Set<String> keep = new HashSet<>();
        List<Rule> rules = new ArrayList<>();
        boolean[] defaults = new boolean[2];
        String line;
        int no = 0;
        while ((line = in.readLine()) != null) {
            no++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String where = name + ":" + no;
            String[] f = line.strip().split("\t");
            switch (f[0]) {
                case "keep" -> {
                    if (f.length != 2 || !PloverType.isKnown(f[1])) throw new IllegalArgumentException(where + ": expected 'keep<TAB>PLOVER type', got '" + line + "'");
                    keep.add(f[1]);
                }
                case "intent", "refusal" -> {
                    if (f.length != 4) throw new IllegalArgumentException(where + ": expected '" + f[0] + "<TAB>prefix<TAB>type<TAB>code', got '" + line + "'");
                    if (!f[1].equals("*") && !f[1].matches("\\d{2,4}")) throw new IllegalArgumentException(where + ": field 'prefix': '" + f[1] + "' is not 2-4 digits or '*'");
                    if (!PloverType.isKnown(f[2])) throw new IllegalArgumentException(where + ": field 'type': unknown PLOVER type '" + f[2] + "'");
                    if (!f[3].equals("=") && !f[3].matches("\\d{2,4}")) throw new IllegalArgumentException(where + ": field 'code': '" + f[3] + "' is not 2-4 digits or '='");
                    boolean refusal = f[0].equals("refusal");
                    if (f[1].equals("*")) defaults[refusal ? 1 : 0] = true;
                    rules.add(new Rule(refusal, f[1], f[2], f[3], where));
                }
                default -> throw new IllegalArgumentException(where + ": unknown row kind '" + f[0] + "', expected keep, intent or refusal");
            }
        }
        if (!defaults[0] || !defaults[1]) throw new IllegalArgumentException(name + ": needs a default row ('*') for both intent and refusal");
        return new IntentCodes(keep, rules);
    }
}
