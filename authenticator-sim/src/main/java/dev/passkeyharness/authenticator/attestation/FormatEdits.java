package dev.passkeyharness.authenticator.attestation;

import dev.passkeyharness.authenticator.data.Bytes;
import java.util.Objects;
import java.util.Set;
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
 * @param chainFaults faults in packed full attestation's chain and signer (WebAuthn L3 §8.2)
 */
public record FormatEdits(
        UnaryOperator<TpmtPublic> pubArea,
        UnaryOperator<TpmsAttest> certInfo,
        UnaryOperator<KeyDescription> keyDescription,
        UnaryOperator<Bytes> appleNonce,
        UnaryOperator<SafetyNetJws> safetyNet,
        boolean certifyOtherKey,
        Set<ChainFault> chainFaults) {

    /** Faults of a statement with a certificate chain that no certificate field can express. */
    public enum ChainFault {
        /** x5c also carries the root, the trust anchor itself (FIDO Resp-5 F-10). */
        ROOT_INCLUDED,
        /** x5c's intermediate certificate has expired (FIDO Resp-5 F-12). */
        INTERMEDIATE_EXPIRED,
        /** sig is made by the credential key while x5c names the batch key (FIDO Resp-5 F-14). */
        SIGNED_BY_CREDENTIAL_KEY
    }

    public static final FormatEdits NONE = new FormatEdits(UnaryOperator.identity(), UnaryOperator.identity(),
            UnaryOperator.identity(), UnaryOperator.identity(), UnaryOperator.identity(), false, Set.of());

    public FormatEdits {
        Objects.requireNonNull(pubArea, "pubArea");
        Objects.requireNonNull(certInfo, "certInfo");
        Objects.requireNonNull(keyDescription, "keyDescription");
        Objects.requireNonNull(appleNonce, "appleNonce");
        Objects.requireNonNull(safetyNet, "safetyNet");
        chainFaults = Set.copyOf(chainFaults);
    }

    /** Edits of format structures with no chain faults. */
    public FormatEdits(UnaryOperator<TpmtPublic> pubArea, UnaryOperator<TpmsAttest> certInfo,
            UnaryOperator<KeyDescription> keyDescription, UnaryOperator<Bytes> appleNonce,
            UnaryOperator<SafetyNetJws> safetyNet, boolean certifyOtherKey) {
        this(pubArea, certInfo, keyDescription, appleNonce, safetyNet, certifyOtherKey, Set.of());
    }

    public FormatEdits withChainFaults(Set<ChainFault> faults) {
        return new FormatEdits(pubArea, certInfo, keyDescription, appleNonce, safetyNet, certifyOtherKey, faults);
    }
}
