package dev.passkeyharness.rp.webauthn;

import dev.passkeyharness.rp.model.Passkey;
import java.util.List;
import java.util.Objects;

/** One PublicKeyCredentialDescriptor of allowCredentials (WebAuthn L3 §5.8.3): a base64url ID and its transports. */
public record AllowedCredential(String id, List<String> transports) {

    public AllowedCredential {
        Objects.requireNonNull(id, "id");
        transports = List.copyOf(transports);
    }

    public static AllowedCredential of(Passkey passkey) {
        return new AllowedCredential(passkey.credentialId(), passkey.transports());
    }

    public static List<AllowedCredential> of(List<Passkey> passkeys) {
        return passkeys.stream().map(AllowedCredential::of).toList();
    }
}
