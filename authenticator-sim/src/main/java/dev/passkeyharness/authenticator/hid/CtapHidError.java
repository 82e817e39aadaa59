package dev.passkeyharness.authenticator.hid;

import java.util.Arrays;
import java.util.Optional;

/** The error codes a CTAPHID_ERROR response carries (CTAP 2.1 §11.2.9.1.6). */
public enum CtapHidError {
    ERR_INVALID_CMD(0x01),
    ERR_INVALID_PAR(0x02),
    ERR_INVALID_LEN(0x03),
    ERR_INVALID_SEQ(0x04),
    ERR_MSG_TIMEOUT(0x05),
    ERR_CHANNEL_BUSY(0x06),
    ERR_LOCK_REQUIRED(0x0A),
    ERR_INVALID_CHANNEL(0x0B),
    ERR_OTHER(0x7F);

    private final int code;

    CtapHidError(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static Optional<CtapHidError> fromCode(int code) {
        return Arrays.stream(values()).filter(e -> e.code == code).findFirst();
    }
}
