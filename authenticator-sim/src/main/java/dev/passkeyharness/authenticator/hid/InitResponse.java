package dev.passkeyharness.authenticator.hid;

import dev.passkeyharness.authenticator.data.Bytes;
import java.nio.ByteBuffer;

/** The CTAPHID_INIT response payload (CTAP 2.1 §11.2.9.1.3): 17 bytes. */
record InitResponse(Bytes nonce, int cid, DeviceVersion deviceVersion, int capabilities) {

    /** CTAPHID protocol version identifier. */
    static final int PROTOCOL_VERSION = 2;
    static final int NONCE_SIZE = 8;

    // CTAP 2.1 §11.2.9.1.3 capability flags
    static final int CAPABILITY_WINK = 0x01;
    static final int CAPABILITY_CBOR = 0x04;
    static final int CAPABILITY_NMSG = 0x08;

    byte[] toBytes() {
        return ByteBuffer.allocate(NONCE_SIZE + 9)
                .put(nonce.toByteArray())
                .putInt(cid)
                .put((byte) PROTOCOL_VERSION)
                .put((byte) deviceVersion.major())
                .put((byte) deviceVersion.minor())
                .put((byte) deviceVersion.build())
                .put((byte) capabilities)
                .array();
    }
}
