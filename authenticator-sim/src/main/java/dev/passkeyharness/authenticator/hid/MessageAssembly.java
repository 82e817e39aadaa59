package dev.passkeyharness.authenticator.hid;

import dev.passkeyharness.authenticator.data.Bytes;
import java.time.Duration;
import java.time.Instant;

/** A message being received: its initialization packet and the continuation packets so far (CTAP 2.1 §11.2.4). */
final class MessageAssembly {

    private final int cid;
    private final int command;
    private final byte[] buffer;
    private int filled;
    private int nextSeq;
    private Instant lastPacket;

    MessageAssembly(HidPacket.Initialization first, Instant now) {
        this.cid = first.cid();
        this.command = first.command();
        this.buffer = new byte[first.bcnt()];
        this.filled = Math.min(buffer.length, HidPacket.INIT_DATA_SIZE);
        System.arraycopy(first.data().toByteArray(), 0, buffer, 0, filled);
        this.lastPacket = now;
    }

    int cid() {
        return cid;
    }

    boolean complete() {
        return filled == buffer.length;
    }

    /** Adds the next packet's data; false when its sequence number is not the expected one. */
    boolean append(HidPacket.Continuation packet, Instant now) {
        if (packet.seq() != nextSeq) {
            return false;
        }
        int n = Math.min(buffer.length - filled, HidPacket.CONT_DATA_SIZE);
        System.arraycopy(packet.data().toByteArray(), 0, buffer, filled, n);
        filled += n;
        nextSeq++;
        lastPacket = now;
        return true;
    }

    boolean timedOut(Instant now, Duration timeout) {
        return now.isAfter(lastPacket.plus(timeout));
    }

    HidMessage message() {
        return new HidMessage(cid, command, Bytes.of(buffer));
    }
}
