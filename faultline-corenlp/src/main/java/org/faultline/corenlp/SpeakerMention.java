package org.faultline.corenlp;

/**
 * A speaker found for a quote: tokens [start, end) of one sentence, the head token of the phrase,
 * and the phrase as written.
 */
record SpeakerMention(int sentence, int start, int end, int head, String text) {
}
