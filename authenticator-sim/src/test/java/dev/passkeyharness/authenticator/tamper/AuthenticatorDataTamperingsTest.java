package dev.passkeyharness.authenticator.tamper;

import static dev.passkeyharness.authenticator.data.AuthenticatorData.AT;
import static dev.passkeyharness.authenticator.data.AuthenticatorData.BE;
import static dev.passkeyharness.authenticator.data.AuthenticatorData.BS;
import static dev.passkeyharness.authenticator.data.AuthenticatorData.ED;
import static dev.passkeyharness.authenticator.data.AuthenticatorData.UP;
import static dev.passkeyharness.authenticator.data.AuthenticatorData.UV;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.passkeyharness.authenticator.crypto.Sha256;
import dev.passkeyharness.authenticator.attestation.AttestationFormat;
import dev.passkeyharness.authenticator.crypto.CoseAlgorithm;
import dev.passkeyharness.authenticator.ctap.Ctap2Authenticator;
import dev.passkeyharness.authenticator.ctap.CtapOptions;
import dev.passkeyharness.authenticator.data.AttestedCredentialData;
import dev.passkeyharness.authenticator.data.AuthenticatorData;
import dev.passkeyharness.authenticator.data.Bytes;
import dev.passkeyharness.authenticator.data.Ceremony;
import dev.passkeyharness.authenticator.profile.Profiles;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.IntUnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each authenticator data tampering, run through a real authenticator, changes exactly the named field, and the
 * signature stays valid over the changed data.
 */
class AuthenticatorDataTamperingsTest {

    /** What must differ between the untampered (first) and tampered (second) authenticator data. */
    private record Expectation(CtapOptions options, BiConsumer<AuthenticatorData, AuthenticatorData> check) {
    }

    private static final Map<String, Expectation> EXPECTED = Map.ofEntries(
            expect("authData.rpIdHash.wrong", (b, a) -> {
                assertEquals(Sha256.of("evil.example"), a.rpIdHash());
                assertEquals(b.withRpIdHash(a.rpIdHash()), a);
            }),
            flags("authData.flags.up.cleared", CtapOptions.NONE, UP, f -> f & ~UP),
            flags("authData.flags.uv.cleared", CtapRuns.WITH_UV, UV, f -> f & ~UV),
            flags("authData.flags.uv.set", CtapOptions.NONE, 0, f -> f | UV),
            flags("authData.flags.bs-without-be", CtapOptions.NONE, 0, f -> f | BS),
            flags("authData.flags.be.flipped", CtapOptions.NONE, 0, f -> f | BE),
            flags("authData.flags.at.cleared", CtapOptions.NONE, AT, f -> f & ~AT),
            flags("authData.flags.at.set", CtapOptions.NONE, 0, f -> f | AT),
            flags("authData.flags.ed.set", CtapOptions.NONE, 0, f -> f | ED),
            expect("authData.counter.rollback", (b, a) -> {
                assertTrue(b.signCount() > 0);
                assertEquals(b.withSignCount(0), a);
            }),
            expect("authData.counter.max", (b, a) -> assertEquals(b.withSignCount(0xFFFFFFFFL), a)),
            attested("authData.credentialId.oversize", (b, a) -> {
                assertEquals(1024, a.credentialId().length());
                assertEquals(new AttestedCredentialData(b.aaguid(), a.credentialId(), b.credentialPublicKey()), a);
            }),
            attested("authData.aaguid.mismatch", (b, a) -> {
                assertNotEquals(b.aaguid(), a.aaguid());
                assertEquals(new AttestedCredentialData(a.aaguid(), b.credentialId(), b.credentialPublicKey()), a);
            }),
            attested("authData.credentialPublicKey.other", (b, a) -> {
                assertNotEquals(b.credentialPublicKey(), a.credentialPublicKey());
                assertEquals(CoseKeyEdits.algorithmOf(b.credentialPublicKey()),
                        CoseKeyEdits.algorithmOf(a.credentialPublicKey()));
                assertEquals(new AttestedCredentialData(b.aaguid(), b.credentialId(), a.credentialPublicKey()), a);
            }),
            // The credential itself changes (its key and the credential ID wrapping it); the rest stays.
            expect("authData.alg.unrequested", (b, a) -> {
                assertEquals(CoseAlgorithm.ES256, CoseKeyEdits.algorithmOf(b.attestedCredentialData().credentialPublicKey()));
                assertEquals(CoseAlgorithm.ES384, CoseKeyEdits.algorithmOf(a.attestedCredentialData().credentialPublicKey()));
                assertEquals(b.attestedCredentialData().aaguid(), a.attestedCredentialData().aaguid());
                assertEquals(b.withAttestedCredentialData(a.attestedCredentialData()), a);
            }),
            expect("authData.extensions.garbage", (b, a) -> {
                assertNull(b.extensions());
                assertEquals(Bytes.fromHex("fffefd"), a.extensions());
                assertEquals(b.withFlags(b.flags() | ED).withExtensions(a.extensions()), a);
            }));

    static Stream<Arguments> cases() {
        return Tamperings.all().stream()
                .filter(t -> t.stage() == TamperStage.AUTHENTICATOR_DATA)
                .flatMap(t -> t.ceremonies().stream().map(c -> Arguments.of(t.name(), c)));
    }

    @ParameterizedTest(name = "trailing bytes in {0}")
    @org.junit.jupiter.params.provider.EnumSource(Ceremony.class)
    void trailingBytesAreAppendedBeforeSigningWithoutTouchingTheFlags(Ceremony ceremony) throws Exception {
        Bytes trailing = Bytes.fromHex("00010203");
        TamperSet tampered = TamperSet.of(new Tampering("authData.test.trailing", TamperStage.AUTHENTICATOR_DATA,
                java.util.Set.of(ceremony), "trailing bytes", "WebAuthn L3 §6.1",
                new TamperAction.EditAuthenticatorData(d -> d.withTrailingBytes(trailing))));
        if (ceremony == Ceremony.REGISTRATION) {
            CtapRuns.Registration before = CtapRuns.register(TamperSet.NONE, CtapOptions.NONE);
            CtapRuns.Registration after = CtapRuns.register(tampered, CtapOptions.NONE);
            assertEquals(Bytes.concat(before.response().authData().toByteArray(), trailing.toByteArray()),
                    after.response().authData());
            assertTrue(after.attestationSignatureValid(), "attestation sig covers the trailing bytes");
        } else {
            CtapRuns.Assertion before = CtapRuns.authenticate(TamperSet.NONE, CtapOptions.NONE);
            CtapRuns.Assertion after = CtapRuns.authenticate(tampered, CtapOptions.NONE);
            assertEquals(Bytes.concat(before.response().authData().toByteArray(), trailing.toByteArray()),
                    after.response().authData());
            assertTrue(after.signatureValid(), "assertion signature covers the trailing bytes");
        }
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("cases")
    void changesExactlyTheNamedFieldAndStaysSigned(String name, Ceremony ceremony) throws Exception {
        Expectation expected = EXPECTED.get(name);
        assertNotNull(expected, "no expectation for " + name);
        TamperSet tampered = TamperSet.of(Tamperings.byName(name).orElseThrow());
        if (ceremony == Ceremony.REGISTRATION) {
            CtapRuns.Registration before = CtapRuns.register(TamperSet.NONE, expected.options());
            CtapRuns.Registration after = CtapRuns.register(tampered, expected.options());
            assertNotEquals(before.authData(), after.authData());
            expected.check().accept(before.authData(), after.authData());
            assertEquals(before.response().fmt(), after.response().fmt());
            assertEquals(before.x5c(), after.x5c(), "same attestation certificate chain");
            assertTrue(after.attestationSignatureValid(), "attestation sig valid over the tampered authData");
        } else {
            CtapRuns.Assertion before = CtapRuns.authenticate(TamperSet.NONE, expected.options());
            CtapRuns.Assertion after = CtapRuns.authenticate(tampered, expected.options());
            assertNotEquals(before.authData(), after.authData());
            expected.check().accept(before.authData(), after.authData());
            assertEquals(before.response().credential(), after.response().credential());
            assertEquals(before.response().user(), after.response().user());
            assertTrue(after.signatureValid(), "assertion signature valid over the tampered authData");
        }
    }

    @Test
    void aaguidMismatchLeavesTheCertificateNamingTheDeviceAaguid() throws Exception {
        CtapRuns.Registration after =
                CtapRuns.register(TamperSet.of(Tamperings.byName("authData.aaguid.mismatch").orElseThrow()), CtapOptions.NONE);
        byte[] extension = after.leaf().getExtensionValue("1.3.6.1.4.1.45724.1.1.4");
        byte[] certified = java.util.Arrays.copyOfRange(extension, extension.length - 16, extension.length);
        assertArrayEquals(Profiles.SECURITY_KEY.aaguid().toByteArray(), certified);
        assertNotEquals(Profiles.SECURITY_KEY.aaguid(), after.authData().attestedCredentialData().aaguid());
    }

    @Test
    void otherCredentialPublicKeyBreaksAPackedSelfStatement() throws Exception {
        Tampering other = Tamperings.byName("authData.credentialPublicKey.other").orElseThrow();
        assertTrue(packedSelfRegistration(TamperSet.NONE).selfSignatureValid());
        assertFalse(packedSelfRegistration(TamperSet.of(other)).selfSignatureValid());
    }

    private static CtapRuns.Registration packedSelfRegistration(TamperSet tamperings) throws Exception {
        return CtapRuns.register(Ctap2Authenticator.builder()
                .profile(Profiles.SECURITY_KEY.withAttestation(AttestationFormat.PACKED_SELF))
                .seed(CtapRuns.SEED)
                .tamperings(tamperings)
                .build(), CtapOptions.NONE);
    }

    private static Map.Entry<String, Expectation> expect(String name,
            BiConsumer<AuthenticatorData, AuthenticatorData> check) {
        return Map.entry(name, new Expectation(CtapOptions.NONE, check));
    }

    /** Only the flags byte changes: the named bit as the operator says; {@code before} must have had {@code requiredBit}. */
    private static Map.Entry<String, Expectation> flags(String name, CtapOptions options, int requiredBit,
            IntUnaryOperator expectedFlags) {
        return Map.entry(name, new Expectation(options, (b, a) -> {
            assertEquals(requiredBit, b.flags() & requiredBit, "precondition: flag set before");
            assertEquals(b.withFlags(expectedFlags.applyAsInt(b.flags())), a);
        }));
    }

    private static Map.Entry<String, Expectation> attested(String name,
            BiConsumer<AttestedCredentialData, AttestedCredentialData> check) {
        return expect(name, (b, a) -> {
            check.accept(b.attestedCredentialData(), a.attestedCredentialData());
            assertEquals(b.withAttestedCredentialData(a.attestedCredentialData()), a);
        });
    }
}
