package dev.passkeyharness.rp.store;

/** A storage fault; the subtype says which rule or failure it was, so callers match on the type, not on a message. */
public abstract sealed class StoreException extends RuntimeException
        permits DuplicateAccountException, DuplicateCredentialException,
        SchemaVersionException, StorageFailureException {

    StoreException(String message) {
        super(message);
    }

    StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
