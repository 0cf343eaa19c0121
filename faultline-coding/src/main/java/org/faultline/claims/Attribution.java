package org.faultline.claims;

import java.util.BitSet;

/**
 * A statement found in one sentence before its speaker is resolved: the cue, the speaker's head
 * token (or, for quotes attributed by the annotator, the speaker as written), the content tokens.
 *
 * @param sentence     index of the sentence holding the cue
 * @param cueToken     token of the cue word, or -1 (quote without a cue word in this sentence)
 * @param cue          the cue as written ("said", "according to")
 * @param entry        the cue's lexicon entry
 * @param speakerHead  head token of the speaker mention, or -1
 * @param speakerText  the speaker as written when there is no head token (from quote attribution), else null
 * @param canonical    the speaker's fullest name in the article when the annotator knows it, else null
 * @param content      tokens of the content within the sentence (may be empty when {@code contentText} is a quote)
 * @param contentText  the content as written
 * @param direct       words in quotation marks
 * @param objectHead   the party the cue acts on ("accused X", "warned X"), or -1
 * @param passive      the cue is passive ("X was accused by Y")
 */
record Attribution(int sentence, int cueToken, String cue, CueBook.Cue entry, int speakerHead, String speakerText,
                   String canonical, BitSet content, String contentText, boolean direct, int objectHead, boolean passive) {

    Attribution withQuote(String quoteText, String canonicalName) {
        return new Attribution(sentence, cueToken, cue, entry, speakerHead, speakerText,
                canonical != null ? canonical : canonicalName, content, quoteText, true, objectHead, passive);
    }
}
