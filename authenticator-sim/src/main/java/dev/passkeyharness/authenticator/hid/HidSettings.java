package dev.passkeyharness.authenticator.hid;

import java.time.Duration;
import java.util.Objects;

/**
 * How the CTAPHID layer behaves: the version it reports, how long it waits for the next packet of a message, how
 * often it sends keepalives, and how many channels it remembers.
 */
public record HidSettings(DeviceVersion deviceVersion, Duration messageTimeout, Duration keepaliveInterval,
        int maxChannels) {

    /** 500 ms between the packets of one message; a keepalive every 100 ms (CTAP 2.1 §11.2.9.2.3). */
    public static final HidSettings DEFAULTS = new HidSettings(new DeviceVersion(1, 0, 0), Duration.ofMillis(500),
            Duration.ofMillis(100), 64);

    public HidSettings {
        Objects.requireNonNull(deviceVersion, "deviceVersion");
        if (messageTimeout.isNegative() || messageTimeout.isZero()) {
            throw new IllegalArgumentException("messageTimeout must be positive: " + messageTimeout);
        }
        if (keepaliveInterval.isNegative() || keepaliveInterval.isZero()) {
            throw new IllegalArgumentException("keepaliveInterval must be positive: " + keepaliveInterval);
        }
        if (maxChannels < 1) {
            throw new IllegalArgumentException("maxChannels must be at least 1: " + maxChannels);
        }
    }
}
