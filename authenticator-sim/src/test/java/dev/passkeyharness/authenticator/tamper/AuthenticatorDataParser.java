package dev.passkeyharness.authenticator.tamper;

import co.nstant.in.cbor.CborDecoder;
import co.nstant.in.cbor.CborException;
import dev.passkeyharness.authenticator.data.AttestedCredentialData;
import dev.passkeyharness.authenticator.data.AuthenticatorData;
import dev.passkeyharness.authenticator.data.Bytes;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * Reads authenticator data (WebAuthn L3 §6.1) by layout alone, ignoring the AT and ED flags, so tampered flags do not
 * change how the bytes are read: registrations always carry attested credential data, assertions never do.
 */
final class AuthenticatorDataParser {

    private AuthenticatorDataParser() {
    }

    static AuthenticatorData parse(Bytes authData, boolean withAttestedCredentialData) {
        ByteBuffer in = ByteBuffer.wrap(authData.toByteArray());
        Bytes rpIdHash = take(in, 32);
        int flags = in.get() & 0xFF;
        long signCount = in.getInt() & 0xFFFFFFFFL;
        AttestedCredentialData attested = null;
        if (withAttestedCredentialData) {
            Bytes aaguid = take(in, 16);
            Bytes credentialId = take(in, in.getShort() & 0xFFFF);
            attested = new AttestedCredentialData(aaguid, credentialId, take(in, coseKeyLength(in)));
        }
        Bytes extensions = in.hasRemaining() ? take(in, in.remaining()) : null;
        return new AuthenticatorData(rpIdHash, flags, signCount, attested, extensions);
    }

    private static int coseKeyLength(ByteBuffer in) {
        byte[] rest = Arrays.copyOfRange(in.array(), in.position(), in.limit());
        ByteArrayInputStream stream = new ByteArrayInputStream(rest);
        try {
            new CborDecoder(stream).decodeNext();
        } catch (CborException e) {
            throw new IllegalArgumentException("credential public key is not CBOR", e);
        }
        return rest.length - stream.available();
    }

    private static Bytes take(ByteBuffer in, int length) {
        byte[] out = new byte[length];
        in.get(out);
        return Bytes.of(out);
    }
}
