package dev.passkeyharness.conformance.browser;

import dev.passkeyharness.authenticator.crypto.CoseAlgorithm;
import dev.passkeyharness.authenticator.crypto.CredentialKeyPair;
import dev.passkeyharness.authenticator.ctap.Ctap2Authenticator;
import dev.passkeyharness.authenticator.data.Bytes;
import dev.passkeyharness.authenticator.state.CredentialStateFile;
import dev.passkeyharness.authenticator.state.SavedAuthenticator;
import dev.passkeyharness.authenticator.state.StateFileException;
import dev.passkeyharness.authenticator.store.StoredCredential;
import java.nio.file.Path;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.List;
import org.openqa.selenium.virtualauthenticator.Credential;

/**
 * Moves a credential between our authenticator and Chrome's virtual authenticator: both hold the credential ID, RP ID,
 * PKCS#8 private key, user handle and signature counter, so a passkey made by one signs in with the other.
 */
public final class CredentialBridge {

    /** What Chrome's virtual authenticator can hold, tried in this order when reading a key back. */
    private static final List<CoseAlgorithm> CHROME_ALGORITHMS = List.of(CoseAlgorithm.ES256, CoseAlgorithm.EDDSA,
            CoseAlgorithm.RS256);
    /** Chrome's virtual authenticator reports no AAGUID of its own in assertions; ours is all zero. */
    private static final Bytes NO_AAGUID = Bytes.of(new byte[16]);

    private CredentialBridge() {
    }

    /** Our credential as Chrome's ({@code addCredential}); a non-discoverable one keeps its wrapped ID. */
    public static Credential toChrome(StoredCredential credential) {
        byte[] id = credential.credentialId().toByteArray();
        PKCS8EncodedKeySpec key = new PKCS8EncodedKeySpec(credential.privateKey().toByteArray());
        int signCount = (int) Math.min(credential.signCount(), Integer.MAX_VALUE);
        return credential.discoverable()
                ? Credential.createResidentCredential(id, credential.rpId(), key,
                        credential.userHandle().toByteArray(), signCount)
                : Credential.createNonResidentCredential(id, credential.rpId(), key, signCount);
    }

    /**
     * Chrome's credential ({@code getCredentials}) as ours, with the backup flags Chrome signed it with.
     *
     * @throws IllegalArgumentException when the key is of no algorithm we sign with
     */
    public static StoredCredential fromChrome(Credential credential, boolean backupEligible, boolean backupState) {
        Bytes pkcs8 = Bytes.of(credential.getPrivateKey().getEncoded());
        CredentialKeyPair key = keyOf(pkcs8);
        byte[] userHandle = credential.getUserHandle();
        return new StoredCredential(Bytes.of(credential.getId()), credential.getRpId(),
                userHandle == null ? null : Bytes.of(userHandle), null, null, key.algorithm(), key.pkcs8(),
                Integer.toUnsignedLong(credential.getSignCount()), credential.isResidentCredential(), backupEligible,
                backupState, NO_AAGUID);
    }

    /**
     * Adds {@code credentials} to the credential state file (a fresh authenticator's when it is missing), so
     * {@code passkey-harness authenticator login --state FILE} signs in with them.
     */
    public static void saveInto(Path stateFile, List<StoredCredential> credentials) throws StateFileException {
        SavedAuthenticator saved = CredentialStateFile.read(stateFile).orElseGet(() -> {
            Ctap2Authenticator fresh = Ctap2Authenticator.builder().build();
            return new SavedAuthenticator(fresh.state(), fresh.attestationCa());
        });
        credentials.forEach(saved.state().store()::add);
        CredentialStateFile.write(stateFile, saved);
    }

    private static CredentialKeyPair keyOf(Bytes pkcs8) {
        for (CoseAlgorithm algorithm : CHROME_ALGORITHMS) {
            try {
                return CredentialKeyPair.fromPkcs8(algorithm, pkcs8);
            } catch (IllegalArgumentException notThisOne) {
                // try the next algorithm
            }
        }
        throw new IllegalArgumentException("the credential's private key is none of "
                + CHROME_ALGORITHMS.stream().map(CoseAlgorithm::jwaName).toList());
    }
}
