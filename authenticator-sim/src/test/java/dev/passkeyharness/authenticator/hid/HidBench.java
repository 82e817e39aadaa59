package dev.passkeyharness.authenticator.hid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.passkeyharness.authenticator.ctap.Ctap2Authenticator;
import dev.passkeyharness.authenticator.data.Bytes;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * A {@link CtapHidDevice} on a manual clock with a host reading its reports. CBOR requests run at once, or, when
 * deferred, only when the test calls {@link #runWorker}.
 */
final class HidBench {

    final ManualClock clock = new ManualClock();
    final ReportReader reader = new ReportReader();
    final CtapHidDevice device;
    private final Deque<Runnable> work = new ArrayDeque<>();
    private long nonce = 0x0102030405060708L;

    private HidBench(Ctap2Port authenticator, boolean deferred) {
        Executor worker = deferred ? work::add : Runnable::run;
        this.device = new CtapHidDevice(HidSettings.DEFAULTS, authenticator, clock, worker, reader::read);
    }

    static HidBench direct(long seed) {
        return new HidBench(Ctap2Port.of(Ctap2Authenticator.builder().seed(seed).build()), false);
    }

    static HidBench deferred(long seed) {
        return new HidBench(Ctap2Port.of(Ctap2Authenticator.builder().seed(seed).build()), true);
    }

    void send(HidMessage message) {
        message.toReports().forEach(device::receive);
    }

    void send(int cid, CtapHidCommand command, byte[] payload) {
        send(HidMessage.of(cid, command, payload));
    }

    List<HidMessage> answers() {
        return reader.take();
    }

    HidMessage onlyAnswer() {
        List<HidMessage> answers = answers();
        assertEquals(1, answers.size(), () -> "answers: " + answers);
        return answers.get(0);
    }

    /** Runs the CBOR requests handed to the worker so far. */
    void runWorker() {
        while (!work.isEmpty()) {
            work.poll().run();
        }
    }

    /** CTAPHID_INIT on the broadcast channel; returns the channel it allocated. */
    int allocate() {
        byte[] n = ByteBuffer.allocate(8).putLong(nonce++).array();
        send(HidPacket.BROADCAST_CID, CtapHidCommand.INIT, n);
        HidMessage answer = onlyAnswer();
        assertEquals(HidPacket.BROADCAST_CID, answer.cid());
        assertEquals(CtapHidCommand.INIT.code(), answer.command());
        byte[] payload = answer.payload().toByteArray();
        assertArrayEquals(n, java.util.Arrays.copyOf(payload, 8), "nonce echoed");
        return ByteBuffer.wrap(payload, 8, 4).getInt();
    }

    static void assertError(HidMessage answer, int cid, CtapHidError error) {
        assertEquals(new HidMessage(cid, CtapHidCommand.ERROR.code(), Bytes.of(new byte[] {(byte) error.code()})), answer);
    }
}
