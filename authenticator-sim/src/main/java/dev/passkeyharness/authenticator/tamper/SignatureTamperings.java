package dev.passkeyharness.authenticator.tamper;

import static dev.passkeyharness.authenticator.tamper.CeremonySets.BOTH;

import dev.passkeyharness.authenticator.data.Bytes;
import dev.passkeyharness.authenticator.tamper.edit.ByteEdits;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Tamperings of a signature after signing: the assertion signature, or the attestation statement's sig in a
 * registration. Each must make signature verification fail.
 */
final class SignatureTamperings {

    static final int TRUNCATED_BYTES = 8;
    private static final String SPEC_REF = "WebAuthn L3 §7.2: signature check; §8.2, §8.6: attestation sig check";

    private SignatureTamperings() {
    }

    static List<Tampering> all() {
        return List.of(
                entry("signature.bitflip", "one bit flipped in the middle of the signature", ByteEdits::flipMiddleBit),
                entry("signature.truncated", "the last 8 bytes of the signature dropped",
                        s -> ByteEdits.dropLast(s, TRUNCATED_BYTES)),
                entry("signature.empty", "an empty signature", s -> Bytes.EMPTY),
                entry("signature.zeroed", "every byte of the signature set to zero", ByteEdits::zeroed));
    }

    private static Tampering entry(String name, String description, UnaryOperator<Bytes> edit) {
        return new Tampering(name, TamperStage.SIGNATURE, BOTH, description, SPEC_REF, new TamperAction.EditSignature(edit));
    }
}
