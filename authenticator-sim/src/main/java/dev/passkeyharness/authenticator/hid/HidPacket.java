package dev.passkeyharness.authenticator.hid;

import dev.passkeyharness.authenticator.data.Bytes;
import java.util.Arrays;
import java.util.Optional;

/**
 * One 64-byte HID report as CTAP 2.1 §11.2.4 frames it: an initialization packet (channel, command, payload length,
 * the first 57 payload bytes) or a continuation packet (channel, sequence number, the next 59 bytes).
 */
public sealed interface HidPacket {

    int REPORT_SIZE = 64;
    int INIT_DATA_SIZE = REPORT_SIZE - 7;
    int CONT_DATA_SIZE = REPORT_SIZE - 5;
    /** The largest sequence number: 128 continuation packets follow one initialization packet at most. */
    int MAX_SEQ = 0x7F;
    /** CTAP 2.1 §11.2.4: 57 + 128 × 59 bytes. */
    int MAX_PAYLOAD = INIT_DATA_SIZE + (MAX_SEQ + 1) * CONT_DATA_SIZE;
    int BROADCAST_CID = 0xFFFFFFFF;
    int TYPE_INIT = 0x80;

    int cid();

    /** Reads a report; shorter ones are taken as zero-padded, longer ones are not HID reports at all. */
    static Optional<HidPacket> parse(byte[] report) {
        if (report == null || report.length > REPORT_SIZE || report.length < 5) {
            return Optional.empty();
        }
        byte[] r = Arrays.copyOf(report, REPORT_SIZE);
        int cid = ((r[0] & 0xFF) << 24) | ((r[1] & 0xFF) << 16) | ((r[2] & 0xFF) << 8) | (r[3] & 0xFF);
        int type = r[4] & 0xFF;
        if ((type & TYPE_INIT) == 0) {
            return Optional.of(new Continuation(cid, type, Bytes.of(Arrays.copyOfRange(r, 5, REPORT_SIZE))));
        }
        int bcnt = ((r[5] & 0xFF) << 8) | (r[6] & 0xFF);
        return Optional.of(new Initialization(cid, type & ~TYPE_INIT, bcnt, Bytes.of(Arrays.copyOfRange(r, 7, REPORT_SIZE))));
    }

    /** The first packet of a message; {@code data} is the whole 57-byte field, of which {@code bcnt} may use less. */
    record Initialization(int cid, int command, int bcnt, Bytes data) implements HidPacket {
    }

    record Continuation(int cid, int seq, Bytes data) implements HidPacket {
    }
}
