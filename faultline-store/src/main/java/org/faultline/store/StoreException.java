package org.faultline.store;

/**
 * A storage failure the caller cannot fix by changing arguments: the database file is missing,
 * not a SQLite file, locked, corrupt, or newer than this code. The message names the file.
 */
public class StoreException extends RuntimeException {
    public StoreException(String message) { super(message); }

    public StoreException(String message, Throwable cause) { super(message, cause); }
}
