package org.faultline.claims;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import org.faultline.nlp.Quote;

/**
 * Joins the annotator's quotations with the statements found on the parse: a quote inside a
 * statement's content makes it direct (its content becomes the quoted words); a quote whose
 * speaker the annotator found but no cue rule did becomes a statement of its own, attached to
 * the sentence of the speaker mention.
 */
final class QuoteAttributions {
    /** Shorter quotes are scare quotes ("the so-called 'reintegration'"), not statements. */
    static final int MIN_WORDS = 4;
    private final CueBook cues;

    QuoteAttributions(CueBook cues) {
        this.cues = cues;
    }

    static boolean isStatement(Quote q) {
        return q.text().strip().split("\\s+").length >= MIN_WORDS;
    }

    /** Statements of one sentence with the quotes that touch it merged in. */
    List<Attribution> merge(Parse p, List<Attribution> found, List<Quote> quotes) {
        List<Attribution> out = new ArrayList<>(found);
        for (Quote q : quotes) {
            if (!isStatement(q)) continue;
            BitSet inQuote = tokensIn(p, q);
            boolean merged = false;
            for (int k = 0; k < out.size(); k++) {
                Attribution a = out.get(k);
                if (a.content().intersects(inQuote) && !inQuote.get(Math.max(a.speakerHead(), 0))) {
                    out.set(k, a.withQuote(q.text(), q.canonicalSpeaker()));
                    merged = true;
                }
            }
            if (merged || q.speaker() == null) continue;
            int head = speakerHead(p, q);
            if (head < 0) continue; // the speaker is named in another of the quote's sentences
            int verb = p.gov(head);
            CueBook.Cue cue = verb >= 0 && p.token(verb).isVerb() ? cues.verb(p.lemma(verb)).orElse(null) : null;
            if (cue == null) cue = cues.verb("say").orElseThrow(() -> new IllegalStateException("cue file lacks 'say'"));
            String cueText = verb >= 0 && p.token(verb).isVerb() ? p.token(verb).word() : "said";
            out.add(new Attribution(p.sentence.index(), verb >= 0 && p.token(verb).isVerb() ? verb : -1, cueText, cue,
                    head, null, q.canonicalSpeaker(), inQuote, q.text(), true, -1, false));
        }
        return out;
    }

    /** Tokens of the sentence inside the quote's characters. */
    static BitSet tokensIn(Parse p, Quote q) {
        BitSet set = new BitSet();
        for (int i = 0; i < p.size(); i++)
            if (p.token(i).beginChar() >= q.beginChar() && p.token(i).endChar() <= q.endChar()) set.set(i);
        return set;
    }

    /** Head token of the annotator's speaker mention in this sentence, outside the quote, or -1. */
    private static int speakerHead(Parse p, Quote q) {
        String target = q.speaker().replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
        for (int i = 0; i < p.size(); i++) {
            StringBuilder sb = new StringBuilder();
            for (int j = i; j < p.size() && sb.length() < target.length(); j++) {
                if (p.token(j).beginChar() >= q.beginChar() && p.token(j).endChar() <= q.endChar()) break;
                sb.append(p.lower(j));
                if (sb.toString().equals(target)) {
                    for (int k = j; k >= i; k--)
                        if (p.token(k).isNoun() || p.token(k).pos().startsWith("PRP")) return k;
                    return -1;
                }
                if (!target.startsWith(sb.toString())) break;
            }
        }
        return -1;
    }
}
