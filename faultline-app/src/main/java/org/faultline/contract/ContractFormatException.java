package org.faultline.contract;

/** A contract JSON object that cannot be read back: the message names the field and what was wrong. */
public final class ContractFormatException extends RuntimeException {
    public ContractFormatException(String message) {
        super(message);
    }
}
