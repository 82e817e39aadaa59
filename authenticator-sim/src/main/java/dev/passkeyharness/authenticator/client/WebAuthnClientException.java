package dev.passkeyharness.authenticator.client;

import dev.passkeyharness.authenticator.ctap.CtapStatus;
import java.util.Objects;
import java.util.Optional;

/** A ceremony the client rejects, named as the browser's DOMException, with the CTAP status behind it if any. */
public final class WebAuthnClientException extends Exception {

    private final DomExceptionName name;
    private final CtapStatus ctapStatus;
    private final String detail;

    public WebAuthnClientException(DomExceptionName name, String message) {
        this(name, null, message);
    }

    public WebAuthnClientException(DomExceptionName name, CtapStatus ctapStatus, String message) {
        super(name + ": " + message + (ctapStatus == null ? "" : " (" + ctapStatus + ")"));
        this.name = Objects.requireNonNull(name, "name");
        this.ctapStatus = ctapStatus;
        this.detail = message + (ctapStatus == null ? "" : " (" + ctapStatus + ")");
    }

    /** The message without the DOMException name in front. */
    public String detail() {
        return detail;
    }

    public DomExceptionName name() {
        return name;
    }

    public Optional<CtapStatus> ctapStatus() {
        return Optional.ofNullable(ctapStatus);
    }
}
