package dev.passkeyharness.authenticator.state;

import java.util.Optional;

/** The credential state file could not be read or written; the message names the file and, where known, the field. */
public final class StateFileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient String field;

    public StateFileException(String message, String field) {
        super(message);
        this.field = field;
    }

    public StateFileException(String message, Throwable cause) {
        super(message, cause);
        this.field = null;
    }

    /** The JSON path of the offending field (e.g. {@code credentials[2].alg}), when a field is to blame. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
