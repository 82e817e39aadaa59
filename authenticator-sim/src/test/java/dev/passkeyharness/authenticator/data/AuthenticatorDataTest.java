package dev.passkeyharness.authenticator.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.passkeyharness.authenticator.crypto.Sha256;
import org.junit.jupiter.api.Test;

/** The byte layout of authenticator data (WebAuthn L3 §6.1), including bytes after its last part. */
class AuthenticatorDataTest {

    private static final Bytes RP_ID_HASH = Sha256.of("example.com");

    @Test
    void encodesTheFixedPartAndNothingElseByDefault() {
        AuthenticatorData data = new AuthenticatorData(RP_ID_HASH, AuthenticatorData.UP, 7, null, null);
        assertEquals(Bytes.EMPTY, data.trailingBytes());
        assertEquals(Bytes.concat(RP_ID_HASH.toByteArray(), Bytes.fromHex("0100000007").toByteArray()), data.encode());
    }

    @Test
    void trailingBytesComeAfterTheExtensionsAndLeaveTheFlags() {
        AuthenticatorData data = new AuthenticatorData(RP_ID_HASH, AuthenticatorData.UP | AuthenticatorData.ED, 1, null,
                Bytes.fromHex("a0")).withTrailingBytes(Bytes.fromHex("0a0b"));
        assertEquals(Bytes.concat(RP_ID_HASH.toByteArray(), Bytes.fromHex("8100000001a00a0b").toByteArray()),
                data.encode());
        assertEquals(Bytes.fromHex("0a0b"), data.withSignCount(2).withFlags(0).trailingBytes(), "kept by the withers");
    }
}
