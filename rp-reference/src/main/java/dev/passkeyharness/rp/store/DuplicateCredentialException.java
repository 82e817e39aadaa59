package dev.passkeyharness.rp.store;

/** Refused: this credential ID is already registered, to this account or another (WebAuthn L3 §7.1 step 26). */
public final class DuplicateCredentialException extends StoreException {

    private final String credentialId;

    public DuplicateCredentialException(String credentialId) {
        super("credential ID " + credentialId + " is already registered");
        this.credentialId = credentialId;
    }

    public String credentialId() {
        return credentialId;
    }
}
