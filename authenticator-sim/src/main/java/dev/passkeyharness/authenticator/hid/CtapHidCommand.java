package dev.passkeyharness.authenticator.hid;

import java.util.Arrays;
import java.util.Optional;

/** The CTAPHID commands of CTAP 2.1 §11.2.9; the code is sent with the initialization packet's top bit set. */
public enum CtapHidCommand {
    PING(0x01),
    MSG(0x03),
    LOCK(0x04),
    INIT(0x06),
    WINK(0x08),
    CBOR(0x10),
    CANCEL(0x11),
    KEEPALIVE(0x3B),
    ERROR(0x3F);

    private final int code;

    CtapHidCommand(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static Optional<CtapHidCommand> fromCode(int code) {
        return Arrays.stream(values()).filter(c -> c.code == code).findFirst();
    }
}
