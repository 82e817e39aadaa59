package dev.passkeyharness.rp.metadata;

/** A metadata BLOB, root certificate or CRL that cannot be read or parsed; the message names the file. */
public final class MetadataException extends Exception {

    public MetadataException(String message, Throwable cause) {
        super(message, cause);
    }

    public MetadataException(String message) {
        super(message);
    }
}
