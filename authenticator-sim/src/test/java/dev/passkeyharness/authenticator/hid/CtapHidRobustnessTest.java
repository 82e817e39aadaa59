package dev.passkeyharness.authenticator.hid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.passkeyharness.authenticator.ctap.CtapStatus;
import dev.passkeyharness.authenticator.data.Bytes;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Random and mutated reports never make the CTAPHID layer throw or stall: every answer is a well-formed CTAPHID
 * response or error, and afterwards a registration and an authentication still succeed. The number of reports is
 * 100,000 unless the system property {@code ctaphid.fuzz.packets} asks for more.
 */
class CtapHidRobustnessTest {

    private static final int PACKETS = Integer.getInteger("ctaphid.fuzz.packets", 100_000);
    private static final long SEED = Long.getLong("ctaphid.fuzz.seed", 20261204L);

    private final Random random = new Random(SEED);
    private final HidBench bench = HidBench.direct(SEED);
    private final List<Integer> channels = new ArrayList<>();
    private final Map<String, Integer> outcomes = new TreeMap<>();
    private int sent;

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void everyAnswerIsWellFormedAndTheDeviceStillWorksAfterwards() throws Exception {
        channels.add(bench.allocate());
        List<HidMessage> corpus = corpus();
        long start = System.nanoTime();
        while (sent < PACKETS) {
            switch (random.nextInt(10)) {
                case 0 -> deliver(noise());
                case 1 -> {
                    bench.clock.advance(Duration.ofMillis(random.nextInt(4) == 0 ? 400 + random.nextInt(800) : random.nextInt(60)));
                    bench.device.tick();
                }
                case 2 -> {
                    if (random.nextInt(500) == 0) {
                        bench.device.powerCycle();
                        channels.clear();
                    }
                    allocate();
                }
                default -> sendMessage(corpus.get(random.nextInt(corpus.size())));
            }
            check();
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        System.out.printf("CTAPHID fuzz: %d reports (seed %d) in %d ms; answers: %s%n", sent, SEED, millis, outcomes);
        assertTrue(outcomes.getOrDefault("CBOR 0x00", 0) > 0, "some requests got through intact: " + outcomes);
        assertTrue(outcomes.keySet().stream().anyMatch(k -> k.startsWith("ERROR")), "some were refused: " + outcomes);

        // a host that gave up waits out any half-sent message and any lock, then starts over
        bench.clock.advance(Duration.ofSeconds(11));
        bench.device.tick();
        check();
        Ceremonies.registerAndAuthenticate(bench, bench.allocate(), "after-fuzz");
    }

    private void allocate() {
        byte[] nonce = new byte[8];
        random.nextBytes(nonce);
        deliverAll(HidMessage.of(HidPacket.BROADCAST_CID, CtapHidCommand.INIT, nonce).toReports());
        for (HidMessage answer : check()) {
            byte[] payload = answer.payload().toByteArray();
            if (answer.command() == CtapHidCommand.INIT.code() && answer.cid() == HidPacket.BROADCAST_CID) {
                channels.add(ByteBuffer.wrap(payload, 8, 4).getInt());
            }
        }
    }

    /** Valid messages of every command, which the loop sends on a known channel, intact or mutated. */
    private static List<HidMessage> corpus() {
        List<HidMessage> corpus = new ArrayList<>();
        corpus.add(HidMessage.of(0, CtapHidCommand.INIT, new byte[8]));
        corpus.add(HidMessage.of(0, CtapHidCommand.PING, new byte[3]));
        corpus.add(HidMessage.of(0, CtapHidCommand.PING, new byte[300]));
        corpus.add(HidMessage.of(0, CtapHidCommand.WINK, new byte[0]));
        corpus.add(HidMessage.of(0, CtapHidCommand.LOCK, new byte[] {1}));
        corpus.add(HidMessage.of(0, CtapHidCommand.LOCK, new byte[] {0}));
        corpus.add(HidMessage.of(0, CtapHidCommand.CANCEL, new byte[0]));
        corpus.add(HidMessage.of(0, CtapHidCommand.MSG, new byte[] {0, 3, 0, 0, 0, 0, 0}));
        corpus.add(HidMessage.of(0, CtapHidCommand.CBOR, new byte[] {0x04}));
        corpus.add(HidMessage.of(0, CtapHidCommand.CBOR, Ceremonies.makeCredentialRequest("fuzz")));
        corpus.add(HidMessage.of(0, CtapHidCommand.CBOR, Ceremonies.getAssertionRequest(Bytes.of(new byte[32]))));
        return corpus;
    }

    private void sendMessage(HidMessage template) {
        int cid = channels.isEmpty() ? HidPacket.BROADCAST_CID : channels.get(random.nextInt(channels.size()));
        List<byte[]> reports = new ArrayList<>(new HidMessage(cid, template.command(), template.payload()).toReports());
        if (random.nextInt(3) != 0) {
            mutate(reports);
        }
        deliverAll(reports);
    }

    private void mutate(List<byte[]> reports) {
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits && !reports.isEmpty(); e++) {
            int at = random.nextInt(reports.size());
            byte[] r = reports.get(at);
            if (r.length < 7) {
                continue;
            }
            switch (random.nextInt(8)) {
                case 0 -> r[random.nextInt(r.length)] ^= (byte) (1 << random.nextInt(8));
                case 1 -> r[random.nextInt(r.length)] = (byte) random.nextInt(256);
                case 2 -> r[4] = (byte) random.nextInt(256);
                case 3 -> {
                    r[5] = (byte) random.nextInt(256);
                    r[6] = (byte) random.nextInt(256);
                }
                case 4 -> r[random.nextInt(4)] = (byte) random.nextInt(256);
                case 5 -> reports.remove(at);
                case 6 -> reports.add(at, r.clone());
                default -> reports.set(at, Arrays.copyOf(r, random.nextInt(70)));
            }
        }
    }

    private byte[] noise() {
        byte[] r = new byte[HidPacket.REPORT_SIZE];
        random.nextBytes(r);
        if (!channels.isEmpty() && random.nextBoolean()) {
            ByteBuffer.wrap(r).putInt(channels.get(random.nextInt(channels.size())));
        }
        return r;
    }

    private void deliverAll(List<byte[]> reports) {
        reports.forEach(this::deliver);
    }

    private void deliver(byte[] report) {
        bench.device.receive(report);
        sent++;
    }

    /** Checks every answer since the last call and counts it by kind. */
    private List<HidMessage> check() {
        List<HidMessage> answers = bench.answers();
        for (HidMessage answer : answers) {
            String kind = kind(answer);
            outcomes.merge(kind, 1, Integer::sum);
        }
        return answers;
    }

    private static String kind(HidMessage answer) {
        byte[] payload = answer.payload().toByteArray();
        CtapHidCommand command = CtapHidCommand.fromCode(answer.command())
                .orElseThrow(() -> new AssertionError("unknown command in " + answer));
        switch (command) {
            case ERROR -> {
                assertEquals(1, payload.length, () -> "an error is one byte: " + answer);
                CtapHidError error = CtapHidError.fromCode(payload[0] & 0xFF)
                        .orElseThrow(() -> new AssertionError("unknown error " + answer));
                assertTrue(error != CtapHidError.ERR_OTHER, () -> "an unexpected failure: " + answer);
                return "ERROR " + error;
            }
            case KEEPALIVE -> {
                assertEquals(1, payload.length, () -> "a keepalive is one byte: " + answer);
                assertTrue(payload[0] == 1 || payload[0] == 2, () -> "keepalive status " + answer);
                return "KEEPALIVE";
            }
            case INIT -> {
                assertEquals(17, payload.length, () -> "an INIT response is 17 bytes: " + answer);
                int cid = ByteBuffer.wrap(payload, 8, 4).getInt();
                assertTrue(cid != 0 && cid != HidPacket.BROADCAST_CID, () -> "allocated " + answer);
                return "INIT";
            }
            case CBOR -> {
                assertTrue(payload.length >= 1, () -> "a CBOR response has a status: " + answer);
                CtapStatus status = CtapStatus.fromCode(payload[0])
                        .orElseThrow(() -> new AssertionError("unknown CTAP status " + answer));
                assertTrue(status != CtapStatus.CTAP1_ERR_OTHER, () -> "an unexpected CTAP2 failure: " + answer);
                return String.format("CBOR 0x%02x", status.code());
            }
            case WINK, LOCK -> {
                assertEquals(0, payload.length, () -> "an empty answer: " + answer);
                return command.name();
            }
            case PING -> {
                return "PING";
            }
            default -> throw new AssertionError("a device never answers with " + command + ": " + answer);
        }
    }
}
