package dev.passkeyharness.authenticator.ctap;

import co.nstant.in.cbor.model.DataItem;
import dev.passkeyharness.authenticator.cbor.Cbor;

/** CTAP2 message framing (CTAP 2.1 §8.1): a command or status byte followed by optional CBOR. */
public final class CtapFrames {

    private CtapFrames() {
    }

    static byte[] request(CtapCommand command, DataItem parameters) {
        return frame((byte) command.code(), parameters == null ? new byte[0] : Cbor.encode(parameters));
    }

    /** A request with no parameters (getInfo, reset, getNextAssertion, selection). */
    public static byte[] request(CtapCommand command) {
        return new byte[] {(byte) command.code()};
    }

    static byte[] response(DataItem body) {
        return frame(CtapStatus.CTAP2_OK.toByte(), body == null ? new byte[0] : Cbor.encode(body));
    }

    static byte[] error(CtapStatus status) {
        return new byte[] {status.toByte()};
    }

    private static byte[] frame(byte first, byte[] cbor) {
        byte[] out = new byte[1 + cbor.length];
        out[0] = first;
        System.arraycopy(cbor, 0, out, 1, cbor.length);
        return out;
    }
}
