package dev.passkeyharness.authenticator.tamper;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.nstant.in.cbor.model.ByteString;
import dev.passkeyharness.authenticator.cbor.Cbor;
import dev.passkeyharness.authenticator.ctap.CtapOptions;
import dev.passkeyharness.authenticator.data.Bytes;
import dev.passkeyharness.authenticator.data.Ceremony;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each signature tampering changes only the signature, as named, and the signature no longer verifies. */
class SignatureTamperingsTest {

    private static final Map<String, BiConsumer<Bytes, Bytes>> EXPECTED = Map.of(
            "signature.bitflip", (b, a) -> assertEquals(1,
                    new BigInteger(1, b.toByteArray()).xor(new BigInteger(1, a.toByteArray())).bitCount()),
            "signature.truncated", (b, a) -> assertArrayEquals(
                    Arrays.copyOf(b.toByteArray(), b.length() - 8), a.toByteArray()),
            "signature.empty", (b, a) -> assertEquals(0, a.length()),
            "signature.zeroed", (b, a) -> assertEquals(Bytes.of(new byte[b.length()]), a));

    static Stream<Arguments> cases() {
        return Tamperings.all().stream()
                .filter(t -> t.stage() == TamperStage.SIGNATURE)
                .flatMap(t -> t.ceremonies().stream().map(c -> Arguments.of(t.name(), c)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("cases")
    void changesOnlyTheSignatureWhichNoLongerVerifies(String name, Ceremony ceremony) throws Exception {
        assertNotNull(EXPECTED.get(name), "no expectation for " + name);
        TamperSet tampered = TamperSet.of(Tamperings.byName(name).orElseThrow());
        if (ceremony == Ceremony.REGISTRATION) {
            CtapRuns.Registration before = CtapRuns.register(TamperSet.NONE, CtapOptions.NONE);
            CtapRuns.Registration after = CtapRuns.register(tampered, CtapOptions.NONE);
            assertEquals(before.response().authData(), after.response().authData());
            assertEquals(before.x5c(), after.x5c());
            assertEquals(before.statementMember("alg"), after.statementMember("alg"));
            EXPECTED.get(name).accept(sig(before), sig(after));
            assertTrue(before.attestationSignatureValid());
            assertFalse(after.attestationSignatureValid());
        } else {
            CtapRuns.Assertion before = CtapRuns.authenticate(TamperSet.NONE, CtapOptions.NONE);
            CtapRuns.Assertion after = CtapRuns.authenticate(tampered, CtapOptions.NONE);
            assertEquals(before.response().authData(), after.response().authData());
            assertEquals(before.response().credential(), after.response().credential());
            EXPECTED.get(name).accept(before.response().signature(), after.response().signature());
            assertTrue(before.signatureValid());
            assertFalse(after.signatureValid());
        }
    }

    private static Bytes sig(CtapRuns.Registration registration) {
        return Bytes.of(((ByteString) registration.response().attStmt().get(Cbor.text("sig"))).getBytes());
    }
}
