package dev.passkeyharness.authenticator.cbor;

/** Bytes that are not one well-formed CBOR item in the required form. */
public final class CborFormatException extends Exception {

    public CborFormatException(String message) {
        super(message);
    }
}
