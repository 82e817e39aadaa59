package dev.passkeyharness.conformance.transcript;

/** A transcript file that cannot be replayed; the message starts with the file (and line where known). */
public final class TranscriptException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TranscriptException(String message) {
        super(message);
    }
}
