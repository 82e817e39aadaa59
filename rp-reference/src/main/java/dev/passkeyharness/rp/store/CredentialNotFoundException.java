package dev.passkeyharness.rp.store;

/** Refused: no passkey with this credential ID belongs to the account, so there is nothing to update. */
public final class CredentialNotFoundException extends StoreException {

    private final String credentialId;

    public CredentialNotFoundException(long accountId, String credentialId) {
        super("account " + accountId + " has no passkey with credential ID " + credentialId);
        this.credentialId = credentialId;
    }

    public String credentialId() {
        return credentialId;
    }
}
