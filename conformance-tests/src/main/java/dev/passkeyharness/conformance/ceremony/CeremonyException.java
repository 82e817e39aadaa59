package dev.passkeyharness.conformance.ceremony;

import java.util.Objects;

/** The client refused or failed a ceremony, as a browser rejects its promise: with a DOMException name. */
public final class CeremonyException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String domExceptionName;

    public CeremonyException(String domExceptionName, String message) {
        super(message);
        this.domExceptionName = Objects.requireNonNull(domExceptionName, "domExceptionName");
    }

    public CeremonyException(String domExceptionName, String message, Throwable cause) {
        super(message, cause);
        this.domExceptionName = Objects.requireNonNull(domExceptionName, "domExceptionName");
    }

    /** NotAllowedError, InvalidStateError, SecurityError, NotSupportedError, ConstraintError, TypeError... */
    public String domExceptionName() {
        return domExceptionName;
    }
}
