package dev.passkeyharness.authenticator.client;

import co.nstant.in.cbor.model.DataItem;
import co.nstant.in.cbor.model.Map;
import dev.passkeyharness.authenticator.cbor.Cbor;
import dev.passkeyharness.authenticator.cbor.CborFormatException;
import dev.passkeyharness.authenticator.data.Bytes;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The credential ID and COSE public key read back from authenticator data (WebAuthn L3 §6.5.1). */
record AttestedCredential(Bytes credentialId, Map credentialPublicKey) {

    // WebAuthn L3 §6.1: rpIdHash (32) ‖ flags (1) ‖ signCount (4), then aaguid (16) ‖ credentialIdLength (2)
    private static final int FIXED_LENGTH = 37;
    private static final int AAGUID_LENGTH = 16;
    private static final int COSE_ALG = 3;

    AttestedCredential {
        Objects.requireNonNull(credentialId, "credentialId");
        Objects.requireNonNull(credentialPublicKey, "credentialPublicKey");
    }

    /**
     * Reads the attested credential data that follows the fixed part. The AT flag is not consulted, so data a
     * tampering left inconsistent is still read when it is there; empty when it cannot be read.
     */
    static Optional<AttestedCredential> read(Bytes authData) {
        byte[] data = authData.toByteArray();
        if (data.length < FIXED_LENGTH + AAGUID_LENGTH + 2) {
            return Optional.empty();
        }
        ByteBuffer buffer = ByteBuffer.wrap(data, FIXED_LENGTH + AAGUID_LENGTH, data.length - FIXED_LENGTH - AAGUID_LENGTH);
        int idLength = buffer.getShort() & 0xFFFF;
        if (buffer.remaining() < idLength) {
            return Optional.empty();
        }
        int idStart = buffer.position();
        Bytes credentialId = Bytes.of(Arrays.copyOfRange(data, idStart, idStart + idLength));
        try {
            List<DataItem> rest = Cbor.decodeSequence(Arrays.copyOfRange(data, idStart + idLength, data.length));
            if (rest.isEmpty() || !(rest.get(0) instanceof Map key)) {
                return Optional.empty();
            }
            return Optional.of(new AttestedCredential(credentialId, key));
        } catch (CborFormatException e) {
            return Optional.empty();
        }
    }

    /** The COSE alg of the credential public key (RFC 9052 §7.1 label 3), if it has one. */
    Optional<Long> algorithm() {
        DataItem alg = credentialPublicKey.get(Cbor.integer(COSE_ALG));
        return alg == null ? Optional.empty() : Optional.ofNullable(Cbor.longValue(alg));
    }
}
