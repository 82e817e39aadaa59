package dev.passkeyharness.authenticator.hid;

/** Where the device's 64-byte reports go: the carrier's way back to the host. */
@FunctionalInterface
public interface ReportSink {

    /** Sends one report; a carrier that cannot deliver it drops it (as a host that stopped reading would). */
    void send(byte[] report);
}
