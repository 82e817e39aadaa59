package dev.passkeyharness.authenticator.ctap;

import dev.passkeyharness.authenticator.crypto.CredentialKeyPair;
import dev.passkeyharness.authenticator.crypto.KeyPairGeneration;
import dev.passkeyharness.authenticator.data.AttestedCredentialData;
import dev.passkeyharness.authenticator.data.Bytes;
import dev.passkeyharness.authenticator.store.CredentialIdWrapper;
import dev.passkeyharness.authenticator.store.StoredCredential;
import java.util.Optional;

/** Finds the credential behind a credential ID for an RP: by unwrapping an ID this authenticator made, or in the store. */
final class CredentialResolver {

    private final AuthenticatorState state;

    CredentialResolver(AuthenticatorState state) {
        this.state = state;
    }

    /** A credential found for an RP, with its key ready to sign. */
    record Resolved(StoredCredential credential, CredentialKeyPair key) {
    }

    Optional<Resolved> resolve(PublicKeyCredentialDescriptor descriptor, String rpId, Bytes rpIdHash) {
        if (!PublicKeyCredentialDescriptor.PUBLIC_KEY.equals(descriptor.type())) {
            return Optional.empty();
        }
        Optional<StoredCredential> stored = state.store().find(descriptor.id()).filter(c -> c.rpId().equals(rpId));
        if (stored.isPresent()) {
            return stored.map(c -> new Resolved(c, c.keyPair()));
        }
        // Not remembered (state lost or never saved): a wrapped ID still carries its key, as on a real security key
        return new CredentialIdWrapper(state.wrappingKey()).unwrap(descriptor.id(), rpIdHash).map(unwrapped -> {
            CredentialKeyPair key = KeyPairGeneration.fromSeed(unwrapped.algorithm(), unwrapped.keySeed());
            return new Resolved(new StoredCredential(descriptor.id(), rpId, null, null, null, key.algorithm(),
                    key.pkcs8(), 0, false, false, false, AttestedCredentialData.ZERO_AAGUID), key);
        });
    }
}
