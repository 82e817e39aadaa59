package dev.passkeyharness.authenticator.client;

import java.util.Objects;

/** authenticatorSelection of creation options (WebAuthn L3 §5.4.4); attachment is null when not asked for. */
public record AuthenticatorSelection(
        String authenticatorAttachment, ResidentKeyRequirement residentKey, UserVerificationRequirement userVerification) {

    public static final AuthenticatorSelection DEFAULT =
            new AuthenticatorSelection(null, ResidentKeyRequirement.DISCOURAGED, UserVerificationRequirement.PREFERRED);

    public AuthenticatorSelection {
        Objects.requireNonNull(residentKey, "residentKey");
        Objects.requireNonNull(userVerification, "userVerification");
    }
}
