package dev.passkeyharness.authenticator.hid;

import java.time.Instant;

/** CTAPHID_LOCK (CTAP 2.1 §11.2.9.2.2): one channel has the device to itself until a point in time. */
record ChannelLock(int owner, Instant until) {

    /** CTAP 2.1 §11.2.9.2.2: a lock lasts at most 10 seconds. */
    static final int MAX_SECONDS = 10;

    boolean expired(Instant now) {
        return !now.isBefore(until);
    }
}
