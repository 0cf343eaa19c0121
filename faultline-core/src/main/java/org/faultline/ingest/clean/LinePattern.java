package org.faultline.ingest.clean;

import java.util.regex.Pattern;

/**
 * One boilerplate rule from {@code boilerplate.tsv}: a whole-line pattern and the reason recorded when it cuts.
 *
 * @param tail    true when a match starts a tail (everything after it goes too)
 * @param reason  the {@link org.faultline.ingest.RemovedSpan} reason
 * @param pattern matched against the whole line
 */
public record LinePattern(boolean tail, String reason, Pattern pattern) {
    public boolean matches(String line) {
        return pattern.matcher(line).matches();
    }
}
