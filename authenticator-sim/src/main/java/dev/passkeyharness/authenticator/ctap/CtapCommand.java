package dev.passkeyharness.authenticator.ctap;

import java.util.Arrays;
import java.util.Optional;

/** CTAP 2.1 §6 command bytes. */
public enum CtapCommand {
    AUTHENTICATOR_MAKE_CREDENTIAL(0x01),
    AUTHENTICATOR_GET_ASSERTION(0x02),
    AUTHENTICATOR_GET_INFO(0x04),
    AUTHENTICATOR_CLIENT_PIN(0x06),
    AUTHENTICATOR_RESET(0x07),
    AUTHENTICATOR_GET_NEXT_ASSERTION(0x08),
    AUTHENTICATOR_CREDENTIAL_MANAGEMENT(0x0A),
    AUTHENTICATOR_SELECTION(0x0B);

    private final int code;

    CtapCommand(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static Optional<CtapCommand> fromCode(int code) {
        return Arrays.stream(values()).filter(c -> c.code == (code & 0xFF)).findFirst();
    }
}
