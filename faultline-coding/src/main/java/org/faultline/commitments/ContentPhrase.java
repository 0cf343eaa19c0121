package org.faultline.commitments;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The short description of what a commitment is about, cut from the evidence around the trigger:
 * a trigger that names the thing itself ("prisoner exchange", "talks", "withdrawal of forces") is
 * the content; a trigger that only says a commitment was made ("proposed", "agreed to", "called
 * for") is followed by its object, read up to the next clause boundary ("proposed the signing of a
 * non-aggression pact to Azerbaijan, pending ..." → "non-aggression pact").
 */
final class ContentPhrase {
    private static final int MAX_WORDS = 6;
    private static final Set<String> SKIP_LEADING = Set.of("the", "a", "an", "to", "for", "on", "of", "that", "its", "their",
            "his", "her", "them", "him", "it", "us", "with", "signing", "holding", "conclusion", "creation", "establishment",
            "start", "launch", "idea", "proposal", "offer", "plan", "all", "any", "new", "mutual", "possible", "immediate", "round",
            "series", "package", "set", "fresh", "another", "first", "sign", "hold", "conclude", "reach", "finalize", "finalise",
            "will", "would", "shall", "also"); // a leading modal is not the content: "will free ..." → "free ..."
    private static final Set<String> STOP = Set.of("that", "which", "who", "whom", "whose", "if", "unless", "pending", "after",
            "before", "while", "because", "but", "when", "as", "since", "although", "though", "so", "despite", "amid",
            "until", "saying", "said", "according", "where", "whereas", "or", "and", "—", "–", "instead", "rather", "might", "may",
            "could", "would", "will", "should", "can", "must", "is", "are", "was", "were", "has", "have", "had", "be", "by",
            "within");
    private static final Set<String> LEADING_PREPOSITION = Set.of("from", "in", "at", "by", "with", "against", "about", "into");
    private static final Set<String> DROP_TRAILING = Set.of("the", "a", "an", "to", "for", "on", "of", "in", "with", "by",
            "at", "from", "between", "its", "their");

    private ContentPhrase() {}

    /**
     * @param triggerIsCue true when the trigger is only a cue word (propose, agree, demand...), so the
     *                     content follows it; false when the trigger names the thing itself
     */
    static String of(String evidence, String trigger, boolean triggerIsCue) {
        if (trigger == null || trigger.isBlank()) return "";
        String[] toks = tokens(evidence);
        String between = discontinuous(toks, trigger);
        if (between != null) return between;
        if (!triggerIsCue) return withComplement(evidence, trigger);
        int at = indexOf(toks, trigger);
        if (at < 0) return "";
        int start = at + tokens(trigger).length;
        List<String> out = new ArrayList<>();
        if (start >= toks.length || isPunct(toks[start])) return ""; // a nominal trigger ending its clause names nothing
        int i = afterAddressee(toks, start);
        boolean toSomeone = false;
        while (i < toks.length && SKIP_LEADING.contains(lower(toks[i]))) toSomeone |= lower(toks[i++]).matches("to|from|with");
        if (toSomeone && i < toks.length && Character.isUpperCase(toks[i].charAt(0))) { // "appeal to the Council on X": X
            while (i < toks.length && Character.isUpperCase(toks[i].charAt(0))) i++;
            if (i < toks.length && lower(toks[i]).matches("on|for|over|about|to")) i++;
            while (i < toks.length && SKIP_LEADING.contains(lower(toks[i]))) i++;
        }
        if (i < toks.length && LEADING_PREPOSITION.contains(lower(toks[i]))) return ""; // "seeks from X", "appeal in ..."
        for (; i < toks.length && out.size() < MAX_WORDS; i++) {
            String w = toks[i], lw = lower(w);
            if (isPunct(w) && !w.equals(",")) break;
            if (w.equals(",")) {
                // commas between adjectives stay inside the content; before a name or a clause word they end it
                if (!out.isEmpty() && i + 1 < toks.length && (Character.isUpperCase(toks[i + 1].charAt(0)) || STOP.contains(lower(toks[i + 1])))) break;
                continue;
            }
            if (STOP.contains(lw) && !out.isEmpty()) break;
            if (lw.equals("to") && out.size() >= 1 && i + 1 < toks.length && Character.isUpperCase(toks[i + 1].charAt(0))) break;
            if (lw.equals("to") && out.size() >= 2) break;
            out.add(w);
        }
        while (!out.isEmpty() && DROP_TRAILING.contains(lower(out.get(out.size() - 1)))) out.remove(out.size() - 1);
        boolean allNames = out.stream().allMatch(w -> Character.isUpperCase(w.charAt(0)) || DROP_TRAILING.contains(lower(w)));
        return allNames ? "" : String.join(" ", out); // only names: the addressee, not the content
    }

    /** "urged Azerbaijan to commit ...", "urging them to arrive ...": the content starts after the addressee's "to". */
    private static int afterAddressee(String[] toks, int start) {
        for (int i = start; i < toks.length && i <= start + 4; i++) {
            if (isPunct(toks[i])) return start;
            if (lower(toks[i]).equals("to") && i > start && i + 1 < toks.length && Character.isLowerCase(toks[i + 1].charAt(0))) return i + 1;
        }
        return start;
    }

    /**
     * For a trigger whose words lie apart in the sentence ("signed ... agreement"), the words from after
     * the first to the last ("signed a border demarcation agreement" → "border demarcation agreement");
     * null when the trigger is one word or contiguous.
     */
    private static String discontinuous(String[] toks, String trigger) {
        String[] t = tokens(trigger);
        if (t.length < 2 || indexOfExact(toks, t) >= 0) return null;
        int first = -1;
        for (int i = 0; i < toks.length && first < 0; i++) if (lower(toks[i]).equals(lower(t[0]))) first = i;
        if (first < 0) return null;
        String last = lower(t[t.length - 1]);
        for (int j = first + 1; j < toks.length && j <= first + 8; j++) {
            if (isPunct(toks[j])) return null;
            if (lower(toks[j]).equals(last)) {
                List<String> out = new ArrayList<>();
                int i = first + 1;
                while (i < j && SKIP_LEADING.contains(lower(toks[i]))) i++;
                for (; i <= j; i++) out.add(toks[i]);
                return String.join(" ", out);
            }
        }
        return null;
    }

    private static int indexOfExact(String[] toks, String[] t) {
        outer:
        for (int i = 0; i + t.length <= toks.length; i++) {
            for (int j = 0; j < t.length; j++) if (!lower(toks[i + j]).equals(lower(t[j]))) continue outer;
            return i;
        }
        return -1;
    }

    /** The trigger plus an "of ..." complement ("withdrawal of forces"). */
    private static String withComplement(String evidence, String trigger) {
        String[] toks = tokens(evidence);
        int at = indexOf(toks, trigger);
        if (at < 0) return trigger;
        int end = at + tokens(trigger).length;
        if (end + 1 < toks.length && lower(toks[end]).equals("of")) {
            List<String> out = new ArrayList<>(List.of(trigger, "of"));
            // a short noun phrase: at most three words, ending at a preposition or after a plural head ("of troops")
            for (int i = end + 1; i < toks.length && out.size() < 5; i++) {
                String lw = lower(toks[i]);
                if (isPunct(toks[i]) || STOP.contains(lw) || LEADING_PREPOSITION.contains(lw) || lw.matches("to|on|of|within|over")) break;
                out.add(toks[i]);
                if (lw.length() > 3 && lw.endsWith("s") && !lw.endsWith("ss") && !DROP_TRAILING.contains(lw)) break;
            }
            while (out.size() > 1 && DROP_TRAILING.contains(lower(out.get(out.size() - 1)))) out.remove(out.size() - 1);
            return String.join(" ", out);
        }
        return trigger;
    }

    private static int indexOf(String[] toks, String trigger) {
        String[] t = tokens(trigger);
        if (t.length == 0) return -1;
        outer:
        for (int i = 0; i + t.length <= toks.length; i++) {
            for (int j = 0; j < t.length; j++) if (!lower(toks[i + j]).equals(lower(t[j]))) continue outer;
            return i;
        }
        String first = lower(t[0]); // triggers may be lemmas or discontinuous ("would drills"): match the first word's start
        String stem = first.length() > 4 ? first.substring(0, first.length() - 2) : first;
        for (int i = 0; i < toks.length; i++) if (lower(toks[i]).startsWith(stem)) return i;
        return -1;
    }

    static String[] tokens(String text) {
        if (text == null) return new String[0];
        List<String> out = new ArrayList<>();
        for (String s : text.replace("’", "'").split("\\s+")) {
            if (s.isEmpty()) continue;
            int a = 0, b = s.length();
            List<String> tail = new ArrayList<>();
            while (a < b && isPunctChar(s.charAt(a))) out.add(String.valueOf(s.charAt(a++)));
            while (b > a && isPunctChar(s.charAt(b - 1))) tail.add(0, String.valueOf(s.charAt(--b)));
            if (a < b) {
                String w = s.substring(a, b);
                if (w.endsWith("'s")) { out.add(w.substring(0, w.length() - 2)); out.add("'s"); } else out.add(w);
            }
            out.addAll(tail);
        }
        return out.toArray(new String[0]);
    }

    private static boolean isPunctChar(char c) {
        return ",.;:!?\"“”()[]—–".indexOf(c) >= 0;
    }

    private static boolean isPunct(String w) {
        return w.length() == 1 && isPunctChar(w.charAt(0));
    }

    private static String lower(String w) {
        return w.toLowerCase(Locale.ROOT);
    }
}
