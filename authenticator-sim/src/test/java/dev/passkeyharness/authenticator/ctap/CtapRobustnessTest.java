package dev.passkeyharness.authenticator.ctap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.passkeyharness.authenticator.ctap.CtapTestSupport.Measured;
import dev.passkeyharness.authenticator.data.Bytes;
import dev.passkeyharness.authenticator.store.StoredCredential;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Mutated requests of every kind always get a CTAP status byte and never an exception. */
class CtapRobustnessTest {

    private static final int MUTATIONS = 12_000;
    private static final int LENGTHS_PER_HEADER = 40;

    @Test
    void mutatedRequestsAlwaysGetAStatus() throws Exception {
        Ctap2Authenticator authenticator = Ctap2Authenticator.builder().seed(11).build();
        MakeCredentialResponse made = CtapTestSupport.register(authenticator,
                CtapTestSupport.makeCredential("seed-user", new CtapOptions(true, null, null), null));
        Bytes id = CtapTestSupport.credentialId(made.authData());
        List<byte[]> seeds = List.of(
                CtapTestSupport.makeCredential("u", new CtapOptions(true, null, true), List.of(
                        new PublicKeyCredentialDescriptor("public-key", id, List.of("usb", "nfc")))).encode(),
                CtapTestSupport.getAssertion(List.of(PublicKeyCredentialDescriptor.publicKey(id)), CtapOptions.NONE).encode(),
                CtapTestSupport.getAssertion(null, new CtapOptions(null, true, true)).encode(),
                new byte[] {0x04}, new byte[] {0x08}, new byte[] {0x0B});
        Random random = new Random(20261125);
        int statuses = 0;
        boolean wasReset = false;
        for (int i = 0; i < MUTATIONS; i++) {
            byte[] request = mutate(seeds.get(random.nextInt(seeds.size())), random);
            byte[] response = authenticator.process(request);
            assertTrue(response.length >= 1, "a response always has a status byte");
            int code = response[0] & 0xFF;
            assertTrue(CtapStatus.fromCode(code).isPresent(), () -> "unknown status " + code + " for "
                    + Bytes.of(request).hex());
            assertTrue(code != CtapStatus.CTAP1_ERR_OTHER.code(), () -> "unexpected failure for " + Bytes.of(request).hex());
            statuses++;
            wasReset |= request.length == 1 && request[0] == 0x07 && code == 0;
        }
        assertTrue(statuses == MUTATIONS);
        // the stored credential survives every malformed request; only a well-formed reset may remove it
        assertTrue(wasReset || authenticator.state().store().find(id).isPresent());
    }

    /**
     * Every prefix of a valid makeCredential request, and every string, array and map header in it (nested ones
     * included) given a 4- or 8-byte length beyond the bytes left: each is refused without a large allocation and
     * without touching the stored credentials.
     */
    @Test
    void declaredLengthsBeyondTheInputAreRefusedWithoutAllocating() throws Exception {
        Ctap2Authenticator authenticator = Ctap2Authenticator.builder().seed(12).build();
        CtapTestSupport.register(authenticator,
                CtapTestSupport.makeCredential("kept", new CtapOptions(true, null, null), null));
        List<StoredCredential> stored = authenticator.state().store().all();
        byte[] valid = CtapTestSupport.makeCredential("u", new CtapOptions(true, null, true), List.of(
                PublicKeyCredentialDescriptor.publicKey(Bytes.of(new byte[32])))).encode();
        Random random = new Random(20260301);
        int inputs = 0;
        for (int length = 1; length < valid.length; length++, inputs++) {
            assertRefused(authenticator, Arrays.copyOf(valid, length), null);
        }
        List<Integer> headers = new ArrayList<>();
        itemHeaders(valid, 1, headers);
        for (int at : headers) {
            int major = (valid[at] & 0xFF) >>> 5;
            if (major < 2 || major > 5) {
                continue;
            }
            for (int n = 0; n < LENGTHS_PER_HEADER; n++, inputs++) {
                boolean eightBytes = n % 2 == 0;
                byte[] request = withLength(valid, at, eightBytes, hugeLength(n / 2, eightBytes, random));
                assertRefused(authenticator, request, CtapStatus.CTAP2_ERR_INVALID_CBOR);
            }
        }
        assertEquals(stored, authenticator.state().store().all(), "stored credentials unchanged");
        assertTrue(inputs > 1_000, "ran " + inputs + " malformed inputs");
        System.out.println("declared-length property: " + inputs + " malformed inputs over " + headers.size() + " items");
    }

    private static void assertRefused(Ctap2Authenticator authenticator, byte[] request, CtapStatus expected) {
        Measured measured = CtapTestSupport.processMeasured(authenticator, request);
        CtapStatus status = CtapStatus.fromCode(measured.response()[0]).orElseThrow();
        String hex = Bytes.of(request).hex();
        assertTrue(status != CtapStatus.CTAP2_OK && status != CtapStatus.CTAP1_ERR_OTHER, () -> status + " for " + hex);
        if (expected != null) {
            assertEquals(expected, status, hex);
        }
        assertTrue(measured.allocatedBytes() < CtapTestSupport.ALLOCATION_BOUND,
                () -> measured.allocatedBytes() + " bytes allocated for " + hex);
    }

    /** Adds the offset of each item header in the well-formed definite-length item at {@code at}; returns its end. */
    private static int itemHeaders(byte[] cbor, int at, List<Integer> out) {
        out.add(at);
        int major = (cbor[at] & 0xFF) >>> 5;
        int info = cbor[at] & 0x1F;
        int argumentBytes = info < 24 ? 0 : 1 << (info - 24);
        long argument = info < 24 ? info
                : new BigInteger(1, Arrays.copyOfRange(cbor, at + 1, at + 1 + argumentBytes)).longValueExact();
        int end = at + 1 + argumentBytes;
        if (major == 2 || major == 3) {
            return end + (int) argument;
        }
        long children = major == 4 ? argument : major == 5 ? 2 * argument : 0;
        for (long i = 0; i < children; i++) {
            end = itemHeaders(cbor, end, out);
        }
        return end;
    }

    /** The edge values first (2^63 and up is what cbor-java misreads), then random ones; all beyond any request. */
    private static BigInteger hugeLength(int n, boolean eightBytes, Random random) {
        BigInteger max = BigInteger.ONE.shiftLeft(eightBytes ? 64 : 32).subtract(BigInteger.ONE);
        List<BigInteger> edges = eightBytes
                ? List.of(max, BigInteger.ONE.shiftLeft(63), new BigInteger("ffffffff3fffffff", 16),
                        BigInteger.ONE.shiftLeft(32))
                : List.of(max, BigInteger.ONE.shiftLeft(31), BigInteger.valueOf(0x3fffffff),
                        BigInteger.valueOf(GetInfoResponse.MAX_MESSAGE_SIZE));
        if (n < edges.size()) {
            return edges.get(n);
        }
        BigInteger floor = BigInteger.valueOf(GetInfoResponse.MAX_MESSAGE_SIZE);
        return new BigInteger(eightBytes ? 64 : 32, random).max(floor);
    }

    /** The request with the header at {@code at} rewritten to declare {@code length} in the 4- or 8-byte form. */
    private static byte[] withLength(byte[] request, int at, boolean eightBytes, BigInteger length) {
        int info = request[at] & 0x1F;
        int oldEnd = at + 1 + (info < 24 ? 0 : 1 << (info - 24));
        int width = eightBytes ? 8 : 4;
        byte[] argument = new byte[width];
        byte[] magnitude = length.toByteArray();
        int copy = Math.min(width, magnitude.length);
        System.arraycopy(magnitude, magnitude.length - copy, argument, width - copy, copy);
        byte header = (byte) ((request[at] & 0xE0) | (eightBytes ? 27 : 26));
        return Bytes.concat(Arrays.copyOf(request, at), new byte[] {header}, argument,
                Arrays.copyOfRange(request, oldEnd, request.length)).toByteArray();
    }

    private static byte[] mutate(byte[] seed, Random random) {
        byte[] out = seed.clone();
        switch (random.nextInt(6)) {
            case 0 -> out = Arrays.copyOf(out, random.nextInt(out.length + 1)); // truncation
            case 1 -> { // bit flips
                for (int n = 1 + random.nextInt(4); n > 0 && out.length > 0; n--) {
                    int at = random.nextInt(out.length);
                    out[at] ^= (byte) (1 << random.nextInt(8));
                }
            }
            case 2 -> { // type swaps: change a major type
                if (out.length > 1) {
                    int at = 1 + random.nextInt(out.length - 1);
                    out[at] = (byte) ((out[at] & 0x1F) | (random.nextInt(8) << 5));
                }
            }
            case 3 -> { // random bytes after a valid command byte
                byte[] r = new byte[random.nextInt(64)];
                random.nextBytes(r);
                out = Bytes.concat(new byte[] {out[0]}, r).toByteArray();
            }
            case 4 -> { // fully random
                out = new byte[random.nextInt(80)];
                random.nextBytes(out);
            }
            default -> { // insertion of a random byte
                int at = random.nextInt(out.length + 1);
                byte[] longer = new byte[out.length + 1];
                System.arraycopy(out, 0, longer, 0, at);
                longer[at] = (byte) random.nextInt(256);
                System.arraycopy(out, at, longer, at + 1, out.length - at);
                out = longer;
            }
        }
        return out;
    }
}
