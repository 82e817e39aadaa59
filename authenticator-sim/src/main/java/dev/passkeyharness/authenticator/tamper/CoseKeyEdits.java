package dev.passkeyharness.authenticator.tamper;

import co.nstant.in.cbor.model.Map;
import dev.passkeyharness.authenticator.cbor.Cbor;
import dev.passkeyharness.authenticator.cbor.CborFormatException;
import dev.passkeyharness.authenticator.crypto.CoseAlgorithm;
import dev.passkeyharness.authenticator.crypto.KeyPairGeneration;
import dev.passkeyharness.authenticator.data.Bytes;
import dev.passkeyharness.authenticator.tamper.edit.ByteEdits;

/** Replaces a COSE_Key (RFC 9052 §7) with the key of another pair of the same algorithm. */
final class CoseKeyEdits {

    // RFC 9052 §7.1: label of the alg parameter
    private static final long ALG = 3;

    private CoseKeyEdits() {
    }

    /** The other key pair is derived from the original COSE key, so the result repeats across runs. */
    static Bytes otherKeySameAlgorithm(Bytes coseKey) {
        CoseAlgorithm algorithm = algorithmOf(coseKey);
        byte[] seed = ByteEdits.other(coseKey, 32, "credential-public-key").toByteArray();
        return KeyPairGeneration.fromSeed(algorithm, seed).coseKey();
    }

    static CoseAlgorithm algorithmOf(Bytes coseKey) {
        try {
            if (Cbor.decode(coseKey.toByteArray()) instanceof Map key) {
                Long alg = Cbor.longValue(key.get(Cbor.integer(ALG)));
                if (alg != null) {
                    return CoseAlgorithm.fromCoseId(alg).orElseThrow(
                            () -> new IllegalArgumentException("unsupported COSE algorithm " + alg));
                }
            }
        } catch (CborFormatException e) {
            throw new IllegalArgumentException("credential public key is not CBOR: " + e.getMessage(), e);
        }
        throw new IllegalArgumentException("credential public key is not a COSE_Key with alg");
    }
}
