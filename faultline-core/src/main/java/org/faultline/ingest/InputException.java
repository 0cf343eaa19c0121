package org.faultline.ingest;

/**
 * An input that cannot be read at all (missing, binary, too large, unparseable...). The message is
 * the reason shown to the user next to the input's name, so it must say what is wrong in plain words.
 */
public class InputException extends Exception {
    public InputException(String reason) {
        super(reason);
    }

    public InputException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
