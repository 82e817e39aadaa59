package dev.passkeyharness.authenticator.attestation;

import dev.passkeyharness.authenticator.Bytes;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Deliberate faults inside format-specific structures, applied before anything is signed so that only the rule under
 * test breaks. Each format applies the edits that concern it and ignores the rest.
 *
 * @param pubArea edits the tpm pubArea before its Name is computed and certified (WebAuthn L3 §8.3)
 * @param certInfo edits the tpm certInfo before the AIK signs it
 * @param keyDescription edits the android-key key description before the leaf is issued (WebAuthn L3 §8.4)
 * @param appleNonce edits the apple nonce before the leaf is issued (WebAuthn L3 §8.8)
 * @param safetyNet edits the android-safetynet response (chain, payload) before it is signed (WebAuthn L3 §8.5)
 * @param certifyOtherKey the leaf certifies (and, where the format signs with it, signs with) a key other than the
 *     credential key (WebAuthn L3 §8.4, §8.8: the leaf key must be the credential public key)
 */
public record FormatEdits(
        UnaryOperator<TpmtPublic> pubArea,
        UnaryOperator<TpmsAttest> certInfo,
        UnaryOperator<KeyDescription> keyDescription,
        UnaryOperator<Bytes> appleNonce,
        UnaryOperator<SafetyNetJws> safetyNet,
        boolean certifyOtherKey) {

    public static final FormatEdits NONE = new FormatEdits(UnaryOperator.identity(), UnaryOperator.identity(),
            UnaryOperator.identity(), UnaryOperator.identity(), UnaryOperator.identity(), false);

    public FormatEdits {
        Objects.requireNonNull(pubArea, "pubArea");
        Objects.requireNonNull(certInfo, "certInfo");
        Objects.requireNonNull(keyDescription, "keyDescription");
        Objects.requireNonNull(appleNonce, "appleNonce");
        Objects.requireNonNull(safetyNet, "safetyNet");
    }
}
