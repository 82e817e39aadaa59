package dev.passkeyharness.authenticator.ctap;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.passkeyharness.authenticator.data.Bytes;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Mutated requests of every kind always get a CTAP status byte and never an exception. */
class CtapRobustnessTest {

    private static final int MUTATIONS = 12_000;

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
