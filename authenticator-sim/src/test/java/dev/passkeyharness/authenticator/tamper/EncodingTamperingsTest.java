package dev.passkeyharness.authenticator.tamper;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.nstant.in.cbor.model.Map;
import dev.passkeyharness.authenticator.cbor.Cbor;
import dev.passkeyharness.authenticator.cbor.CborFormatException;
import dev.passkeyharness.authenticator.data.Bytes;
import dev.passkeyharness.authenticator.data.Ceremony;
import dev.passkeyharness.authenticator.tamper.TamperAction.EncodedPart;
import dev.passkeyharness.authenticator.tamper.TamperAction.ResponseField;
import dev.passkeyharness.authenticator.tamper.edit.ByteEdits;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each encoding tampering changes exactly the named part of the response, applied to sample inputs. */
class EncodingTamperingsTest {

    /** A canonical attestation object: {"fmt", "attStmt", "authData"}. */
    private static final Bytes ATTESTATION_OBJECT = Bytes.of(Cbor.map()
            .put("fmt", Cbor.text("none"))
            .put("attStmt", Cbor.map().build())
            .put("authData", Cbor.bytes(ByteEdits.other(Bytes.EMPTY, 37, "auth-data").toByteArray()))
            .encode());
    private static final Bytes CLIENT_DATA_JSON = Bytes.of(
            "{\"type\":\"webauthn.get\",\"challenge\":\"AAAA\",\"origin\":\"https://example.com\"}"
                    .getBytes(StandardCharsets.UTF_8));
    private static final Bytes AUTHENTICATOR_DATA = ByteEdits.other(Bytes.EMPTY, 37, "assertion-auth-data");
    private static final Bytes CREDENTIAL_ID = ByteEdits.other(Bytes.EMPTY, 48, "credential-id");
    private static final Bytes USER_HANDLE = Bytes.fromHex("0102030405060708");

    /** The part a tampering edits, its sample input and what must hold between input and output. */
    private record Expectation(Object part, Bytes sample, BiConsumer<Bytes, Bytes> check) {
    }

    private static final java.util.Map<String, Expectation> EXPECTED = java.util.Map.of(
            "encoding.cbor.trailing-bytes", new Expectation(EncodedPart.ATTESTATION_OBJECT, ATTESTATION_OBJECT,
                    (b, a) -> {
                        assertEquals(ByteEdits.append(b, (byte) 0), a);
                        assertThrows(CborFormatException.class, () -> Cbor.decode(a.toByteArray()));
                    }),
            "encoding.cbor.noncanonical", new Expectation(EncodedPart.ATTESTATION_OBJECT, ATTESTATION_OBJECT,
                    (b, a) -> {
                        assertSameMembers(b, a);
                        Map decoded = decodeMap(a);
                        assertEquals(Cbor.text("authData"), List.copyOf(decoded.getKeys()).get(0));
                        assertThrows(CborFormatException.class, () -> Cbor.decodeCanonical(a.toByteArray(), 8));
                    }),
            "encoding.cbor.indefinite-length", new Expectation(EncodedPart.ATTESTATION_OBJECT, ATTESTATION_OBJECT,
                    (b, a) -> {
                        assertEquals(0xBF, a.toByteArray()[0] & 0xFF);
                        assertEquals(0xFF, a.toByteArray()[a.length() - 1] & 0xFF);
                        assertSameMembers(b, a);
                        assertThrows(CborFormatException.class, () -> Cbor.decodeCanonical(a.toByteArray(), 8));
                    }),
            "encoding.authData.truncated", new Expectation(EncodedPart.AUTHENTICATOR_DATA, AUTHENTICATOR_DATA,
                    (b, a) -> assertArrayEquals(Arrays.copyOf(b.toByteArray(), b.length() - 1), a.toByteArray())),
            "encoding.clientDataJSON.bom", new Expectation(EncodedPart.CLIENT_DATA_JSON, CLIENT_DATA_JSON,
                    (b, a) -> assertEquals(Bytes.concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                            b.toByteArray()), a)),
            "encoding.credentialId.mismatch", new Expectation(ResponseField.CREDENTIAL_ID, CREDENTIAL_ID,
                    EncodingTamperingsTest::sameLengthOther),
            "encoding.userHandle.wrong", new Expectation(ResponseField.USER_HANDLE, USER_HANDLE,
                    EncodingTamperingsTest::sameLengthOther));

    static Stream<Arguments> cases() {
        return Tamperings.all().stream()
                .filter(t -> t.stage() == TamperStage.ENCODING)
                .flatMap(t -> t.ceremonies().stream().map(c -> Arguments.of(t.name(), c)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("cases")
    void changesExactlyTheNamedPart(String name, Ceremony ceremony) {
        Expectation expected = EXPECTED.get(name);
        assertNotNull(expected, "no expectation for " + name);
        TamperSet set = TamperSet.of(Tamperings.byName(name).orElseThrow());
        Bytes after = apply(set, ceremony, expected.part(), expected.sample());
        assertNotEquals(expected.sample(), after);
        expected.check().accept(expected.sample(), after);
        assertEquals(after, apply(set, ceremony, expected.part(), expected.sample()), "deterministic");
        for (EncodedPart other : EncodedPart.values()) {
            if (other != expected.part()) {
                assertEquals(expected.sample(), set.encoding(ceremony, other, expected.sample()), other.name());
            }
        }
        for (ResponseField other : ResponseField.values()) {
            if (other != expected.part()) {
                assertEquals(expected.sample(), set.responseField(ceremony, other, expected.sample()), other.name());
            }
        }
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("cases")
    void doesNothingInACeremonyItDoesNotApplyTo(String name, Ceremony ceremony) {
        Tampering tampering = Tamperings.byName(name).orElseThrow();
        Expectation expected = EXPECTED.get(name);
        for (Ceremony c : Ceremony.values()) {
            if (!tampering.appliesTo(c)) {
                assertEquals(expected.sample(), apply(TamperSet.of(tampering), c, expected.part(), expected.sample()));
            }
        }
        assertTrue(tampering.appliesTo(ceremony));
    }

    private static Bytes apply(TamperSet set, Ceremony ceremony, Object part, Bytes sample) {
        return part instanceof EncodedPart p ? set.encoding(ceremony, p, sample)
                : set.responseField(ceremony, (ResponseField) part, sample);
    }

    private static void sameLengthOther(Bytes before, Bytes after) {
        assertEquals(before.length(), after.length());
        assertNotEquals(before, after);
    }

    private static void assertSameMembers(Bytes before, Bytes after) {
        Map b = decodeMap(before);
        Map a = decodeMap(after);
        assertEquals(List.copyOf(b.getKeys()).size(), List.copyOf(a.getKeys()).size());
        b.getKeys().forEach(k -> assertEquals(b.get(k), a.get(k), k.toString()));
        assertNotEquals(before, after);
    }

    private static Map decodeMap(Bytes encoded) {
        try {
            return (Map) Cbor.decode(encoded.toByteArray());
        } catch (CborFormatException e) {
            throw new AssertionError(e);
        }
    }
}
