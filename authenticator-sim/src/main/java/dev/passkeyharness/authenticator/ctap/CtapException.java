package dev.passkeyharness.authenticator.ctap;

import java.util.Objects;

/** A request the authenticator refuses, with the CTAP status that says why; the dispatcher turns it into the status byte. */
public final class CtapException extends Exception {

    private final CtapStatus status;

    public CtapException(CtapStatus status, String detail) {
        super(status + ": " + detail);
        this.status = Objects.requireNonNull(status);
    }

    public CtapStatus status() {
        return status;
    }
}
