package dev.passkeyharness.authenticator.hid;

/** What a CTAPHID_KEEPALIVE says the authenticator is doing (CTAP 2.1 §11.2.9.2.3). */
public enum KeepaliveStatus {
    STATUS_PROCESSING(1),
    STATUS_UPNEEDED(2);

    private final int code;

    KeepaliveStatus(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
