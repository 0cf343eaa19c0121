package org.faultline.actors.petrarch;

import java.util.List;

/**
 * One line of PETRARCH2's agents file: a generic noun ("police", "rebel") and its agent code.
 *
 * @param phrases the phrase and the plural forms PETRARCH would match for it, lower case, spaces
 *                between words ({@code !MACRO!} substitutions already expanded)
 * @param code    the agent code without its '~' marker (GOV, REBMUS, GOVMED)
 * @param source  file name
 * @param line    1-based line
 */
public record PetrarchAgent(List<String> phrases, String code, String source, int line) {
    public PetrarchAgent {
        phrases = List.copyOf(phrases);
    }
}
