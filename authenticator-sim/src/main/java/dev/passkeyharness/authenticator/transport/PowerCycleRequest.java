package dev.passkeyharness.authenticator.transport;

import dev.passkeyharness.authenticator.data.Bytes;
import java.util.Arrays;

/**
 * The 64-byte datagram that asks a simulated key on UDP to restart, as the SoloKeys test suite sends it to its
 * simulator. Its first four bytes are a channel ID far beyond those this device hands out, so no report of an
 * allocated channel can look like it.
 */
final class PowerCycleRequest {

    static final Bytes DATAGRAM = Bytes.fromHex(
            "ac1052ca95e569de69e02ebff333485f13f9b2da34c5a8a340526697a9ab2e0b"
            + "394d8d04973c134005be1a0140bff6045bb26eb77a73eaa47813f6b49a7250dc");

    private PowerCycleRequest() {
    }

    static boolean matches(byte[] buffer, int length) {
        return length == DATAGRAM.length() && Arrays.equals(buffer, 0, length, DATAGRAM.toByteArray(), 0, length);
    }
}
