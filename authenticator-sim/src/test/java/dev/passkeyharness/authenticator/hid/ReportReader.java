package dev.passkeyharness.authenticator.hid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.passkeyharness.authenticator.data.Bytes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The host's side of reading the device's reports: checks each is a well-formed 64-byte CTAPHID packet, that
 * continuation packets follow in order on their channel, and reassembles whole messages.
 */
final class ReportReader {

    private final Map<Integer, Partial> partial = new HashMap<>();
    private final List<HidMessage> messages = new ArrayList<>();

    private static final class Partial {
        final int command;
        final byte[] buffer;
        int filled;
        int nextSeq;

        Partial(int command, int length) {
            this.command = command;
            this.buffer = new byte[length];
        }
    }

    void read(byte[] report) {
        assertEquals(HidPacket.REPORT_SIZE, report.length, "a report is 64 bytes");
        HidPacket packet = HidPacket.parse(report).orElseThrow();
        if (packet instanceof HidPacket.Initialization init) {
            assertTrue(!partial.containsKey(init.cid()), () -> "a new message on " + Integer.toHexString(init.cid())
                    + " before the last one was complete");
            assertTrue(init.bcnt() <= HidPacket.MAX_PAYLOAD, "payload length " + init.bcnt());
            Partial p = new Partial(init.command(), init.bcnt());
            p.filled = Math.min(init.bcnt(), HidPacket.INIT_DATA_SIZE);
            System.arraycopy(init.data().toByteArray(), 0, p.buffer, 0, p.filled);
            finishOrKeep(init.cid(), p);
        } else {
            HidPacket.Continuation cont = (HidPacket.Continuation) packet;
            Partial p = partial.remove(cont.cid());
            if (p == null) {
                fail("a continuation packet with no message in progress on " + Integer.toHexString(cont.cid()));
            }
            assertEquals(p.nextSeq, cont.seq(), "sequence number");
            int n = Math.min(p.buffer.length - p.filled, HidPacket.CONT_DATA_SIZE);
            System.arraycopy(cont.data().toByteArray(), 0, p.buffer, p.filled, n);
            p.filled += n;
            p.nextSeq++;
            finishOrKeep(cont.cid(), p);
        }
    }

    private void finishOrKeep(int cid, Partial p) {
        if (p.filled == p.buffer.length) {
            messages.add(new HidMessage(cid, p.command, Bytes.of(p.buffer)));
        } else {
            partial.put(cid, p);
        }
    }

    /** The messages completed since the last call. */
    List<HidMessage> take() {
        List<HidMessage> done = List.copyOf(messages);
        messages.clear();
        return done;
    }

    boolean midMessage() {
        return !partial.isEmpty();
    }
}
