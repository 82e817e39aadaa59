package dev.passkeyharness.authenticator.tamper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.nstant.in.cbor.model.Array;
import co.nstant.in.cbor.model.DataItem;
import co.nstant.in.cbor.model.Map;
import dev.passkeyharness.authenticator.attestation.AttestationObject;
import dev.passkeyharness.authenticator.attestation.AttestationStatement;
import dev.passkeyharness.authenticator.attestation.PackedAttestation;
import dev.passkeyharness.authenticator.cbor.Cbor;
import dev.passkeyharness.authenticator.crypto.CoseAlgorithm;
import dev.passkeyharness.authenticator.ctap.Ctap2Authenticator;
import dev.passkeyharness.authenticator.ctap.CtapOptions;
import dev.passkeyharness.authenticator.data.Bytes;
import dev.passkeyharness.authenticator.data.Ceremony;
import dev.passkeyharness.authenticator.tamper.edit.CborEdits;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Certificate tamperings change exactly the named certificate field while the chain still verifies; statement
 * tamperings change exactly the named member of a copied attStmt.
 */
class AttestationTamperingsTest {

    private static final String AAGUID_OID = "1.3.6.1.4.1.45724.1.1.4";
    private static final Date NOW = Date.from(Instant.parse("2026-06-01T00:00:00Z"));

    private static final java.util.Map<String, BiConsumer<X509Certificate, X509Certificate>> CERTIFICATES = java.util.Map.ofEntries(
            java.util.Map.entry("attStmt.x5c.ou.wrong", (b, a) -> assertEquals(
                    b.getSubjectX500Principal().getName().replace("OU=Authenticator Attestation",
                            "OU=Security Key Attestation"), a.getSubjectX500Principal().getName())),
            java.util.Map.entry("attStmt.x5c.aaguid.mismatch", (b, a) -> {
                assertNotEquals(Bytes.of(b.getExtensionValue(AAGUID_OID)), Bytes.of(a.getExtensionValue(AAGUID_OID)));
                assertEquals(b.getCriticalExtensionOIDs(), a.getCriticalExtensionOIDs());
            }),
            java.util.Map.entry("attStmt.x5c.aaguid.critical", (b, a) -> {
                assertFalse(b.getCriticalExtensionOIDs().contains(AAGUID_OID));
                assertEquals(union(b.getCriticalExtensionOIDs(), AAGUID_OID), a.getCriticalExtensionOIDs());
                assertEquals(Bytes.of(b.getExtensionValue(AAGUID_OID)), Bytes.of(a.getExtensionValue(AAGUID_OID)));
            }),
            java.util.Map.entry("attStmt.x5c.ca-true", (b, a) -> {
                assertEquals(-1, b.getBasicConstraints());
                assertNotEquals(-1, a.getBasicConstraints());
            }),
            java.util.Map.entry("attStmt.x5c.version1", (b, a) -> {
                assertEquals(3, b.getVersion());
                assertEquals(1, a.getVersion());
                assertEquals(null, a.getCriticalExtensionOIDs());
            }),
            java.util.Map.entry("attStmt.x5c.expired", (b, a) -> {
                assertTrue(a.getNotAfter().before(NOW));
                assertThrows(CertificateExpiredException.class, () -> a.checkValidity(NOW));
            }),
            java.util.Map.entry("attStmt.x5c.not-yet-valid", (b, a) -> {
                assertTrue(a.getNotBefore().after(NOW));
                assertThrows(CertificateNotYetValidException.class, () -> a.checkValidity(NOW));
            }),
            java.util.Map.entry("attStmt.x5c.subject.named", (b, a) -> assertTrue(
                    a.getSubjectX500Principal().getName().contains("CN=" + FormatTamperings.AIK_SUBJECT))),
            // an RSA leaf key: the packed statement follows it (alg RS1), as the tpm one does (TpmAttestationTest)
            java.util.Map.entry("attStmt.tpm.aik.rs1", (b, a) -> {
                assertEquals("EC", b.getPublicKey().getAlgorithm());
                assertEquals("RSA", a.getPublicKey().getAlgorithm());
            }),
            // a packed leaf has neither: the tpm checks of the catalogue show the AIK without them
            java.util.Map.entry("attStmt.x5c.san.missing", (b, a) -> assertEquals(null, a.getExtensionValue("2.5.29.17"))),
            java.util.Map.entry("attStmt.x5c.eku.missing", (b, a) -> assertEquals(null, a.getExtensionValue("2.5.29.37"))),
            // on a packed leaf here; AndroidSafetyNetAttestationTest shows webauthn4j refuses it on the safetynet one
            java.util.Map.entry("attStmt.android-safetynet.hostname.wrong", (b, a) -> assertTrue(
                    a.getSubjectX500Principal().getName().contains("CN=" + SafetyNetTamperings.WRONG_HOSTNAME))));

    private static final java.util.Map<String, BiConsumer<Map, Map>> STATEMENTS = java.util.Map.of(
            "attStmt.alg.mismatch", (b, a) -> {
                assertEquals(Cbor.integer(CoseAlgorithm.ES256.coseId()), b.get(Cbor.text("alg")));
                assertEquals(Cbor.integer(CoseAlgorithm.RS256.coseId()), a.get(Cbor.text("alg")));
                assertEquals(without(b, "alg"), without(a, "alg"));
            },
            "attStmt.sig.missing", (b, a) -> assertEquals(without(b, "sig"), a),
            "attStmt.x5c.missing", (b, a) -> assertEquals(without(b, "x5c"), a),
            // a packed statement has no ver and no response: left as it is
            "attStmt.tpm.ver.wrong", (b, a) -> assertEquals(b, a),
            "attStmt.android-safetynet.ver.empty", (b, a) -> assertEquals(b, a),
            "attStmt.android-safetynet.response.empty", (b, a) -> assertEquals(b, a),
            "attStmt.android-safetynet.signature.wrong", (b, a) -> assertEquals(b, a),
            "attStmt.x5c.reversed", (b, a) -> {
                List<DataItem> before = ((co.nstant.in.cbor.model.Array) b.get(Cbor.text("x5c"))).getDataItems();
                List<DataItem> after = ((co.nstant.in.cbor.model.Array) a.get(Cbor.text("x5c"))).getDataItems();
                assertEquals(List.of(before.get(1), before.get(0)), after);
            });

    static Stream<String> certificateCases() {
        return names(TamperAction.EditAttestationCertificate.class);
    }

    static Stream<String> statementCases() {
        return names(TamperAction.EditAttestationStatement.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("certificateCases")
    void changesTheNamedCertificateFieldAndTheChainStillVerifies(String name) throws Exception {
        assertNotNull(CERTIFICATES.get(name), "no expectation for " + name);
        Ctap2Authenticator tamperedAuthenticator = CtapRuns.authenticator(tampering(name));
        CtapRuns.Registration before = CtapRuns.register(TamperSet.NONE, CtapOptions.NONE);
        CtapRuns.Registration after = CtapRuns.register(tamperedAuthenticator, CtapOptions.NONE);
        assertEquals(before.response().authData(), after.response().authData());
        X509Certificate leaf = after.leaf();
        CERTIFICATES.get(name).accept(before.leaf(), leaf);
        assertEquals(before.leaf().getIssuerX500Principal(), leaf.getIssuerX500Principal());
        assertEquals(before.x5c().get(1), after.x5c().get(1), "same intermediate");
        // the CA signed the changed certificate: leaf → intermediate → root
        X509Certificate intermediate = CtapRuns.x509(after.x5c().get(1));
        leaf.verify(intermediate.getPublicKey());
        intermediate.verify(CtapRuns.x509(tamperedAuthenticator.attestationCa().rootCertificate()).getPublicKey());
        assertTrue(after.attestationSignatureValid(), "the new attestation key signed the statement");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("statementCases")
    void changesTheNamedStatementMemberOfACopy(String name) throws Exception {
        assertNotNull(STATEMENTS.get(name), "no expectation for " + name);
        CtapRuns.Registration before = CtapRuns.register(TamperSet.NONE, CtapOptions.NONE);
        CtapRuns.Registration after = CtapRuns.register(tampering(name), CtapOptions.NONE);
        assertEquals(before.response().authData(), after.response().authData());
        STATEMENTS.get(name).accept(before.response().attStmt(), after.response().attStmt());

        Map input = before.response().attStmt();
        List<DataItem> keys = List.copyOf(input.getKeys());
        tampering(name).attestationStatement(input);
        assertEquals(keys, List.copyOf(input.getKeys()), "input map not mutated");
        keys.forEach(k -> assertNotNull(input.get(k)));
    }

    @Test
    void unknownFmtReplacesOnlyFmtInTheAttestationObject() throws Exception {
        CtapRuns.Registration registration = CtapRuns.register(TamperSet.NONE, CtapOptions.NONE);
        Bytes object = AttestationObject.encode(
                new AttestationStatement(registration.response().fmt(), registration.response().attStmt()),
                registration.response().authData());
        Bytes tampered = tampering("attStmt.fmt.unknown")
                .encoding(Ceremony.REGISTRATION, TamperAction.EncodedPart.ATTESTATION_OBJECT, object);
        Map before = (Map) Cbor.decode(object.toByteArray());
        Map after = (Map) Cbor.decodeCanonical(tampered.toByteArray(), 8);
        assertEquals(Cbor.text("packed"), before.get(Cbor.text("fmt")));
        assertEquals(Cbor.text("passkey-harness-unknown"), after.get(Cbor.text("fmt")));
        assertEquals(without(before, "fmt"), without(after, "fmt"));
    }

    private static Stream<String> names(Class<? extends TamperAction> action) {
        return Tamperings.all().stream()
                .filter(t -> t.stage() == TamperStage.ATTESTATION_STATEMENT && action.isInstance(t.action()))
                .map(Tampering::name);
    }

    private static TamperSet tampering(String name) {
        return TamperSet.of(Tamperings.byName(name).orElseThrow());
    }

    private static Map without(Map map, String key) {
        return CborEdits.copyWithout(map, key);
    }

    private static Set<String> union(Set<String> set, String element) {
        Set<String> out = new HashSet<>(set);
        out.add(element);
        return out;
    }

    @Test
    void everyAttestationTamperingIsCovered() {
        Set<String> covered = new HashSet<>(CERTIFICATES.keySet());
        covered.addAll(STATEMENTS.keySet());
        covered.add("attStmt.fmt.unknown");
        // edits inside tpm, android-key, apple and android-safetynet structures: TpmAttestationTest,
        // AndroidKeyAndAppleAttestationTest and AndroidSafetyNetAttestationTest show each breaks its rule, the
        // catalogue's attestation-formats checks show it through a whole ceremony; the packed chain faults are shown
        // by PackedAttestationTest and the FIDO Resp-5 F-10, F-12 and F-14 checks
        Tamperings.names().stream().filter(n -> n.startsWith("attStmt.tpm.") || n.startsWith("attStmt.android-key.")
                || n.startsWith("attStmt.apple.") || n.startsWith("attStmt.android-safetynet.")
                || n.equals("attStmt.x5c.leaf-key.other")).forEach(covered::add);
        Tamperings.all().stream().filter(t -> t.action() instanceof TamperAction.FaultFormat f
                && f.fault() instanceof PackedAttestation.ChainFault).map(Tampering::name).forEach(covered::add);
        assertEquals(covered, new HashSet<>(Tamperings.names().stream().filter(n -> n.startsWith("attStmt.")).toList()));
    }
}
