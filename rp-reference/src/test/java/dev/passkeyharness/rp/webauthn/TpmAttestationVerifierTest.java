package dev.passkeyharness.rp.webauthn;

import static dev.passkeyharness.rp.webauthn.Assertions2.accepted;
import static dev.passkeyharness.rp.webauthn.Assertions2.rejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.webauthn4j.WebAuthnManager;
import com.webauthn4j.data.RegistrationData;
import com.webauthn4j.data.attestation.statement.AttestationType;
import com.webauthn4j.data.attestation.statement.TPMAttestationStatement;
import com.webauthn4j.data.client.challenge.DefaultChallenge;
import com.webauthn4j.server.CoreServerProperty;
import com.webauthn4j.verifier.CoreRegistrationObject;
import com.webauthn4j.verifier.attestation.statement.tpm.TPMAttestationStatementVerifier;
import com.webauthn4j.verifier.exception.BadAttestationStatementException;
import dev.passkeyharness.authenticator.profile.Profiles;
import dev.passkeyharness.rp.model.Account;
import java.security.cert.X509Certificate;
import java.util.List;
import org.bouncycastle.asn1.DEROctetString;
import org.junit.jupiter.api.Test;

/** The tpm format with the AIK certificate's aaguid extension (WebAuthn L3 §8.3, §8.3.1) and an RS1 AIK. */
class TpmAttestationVerifierTest {

    private final TestRp rp = new TestRp(TestRp.defaultPolicy());
    private final Device device = Device.of(Profiles.WINDOWS_HELLO, 61, Device.ca(62));
    private final Account alice = rp.account("alice@example.com");

    private RegistrationResult register(String... tamperings) throws Exception {
        return rp.register(device.client(tamperings), alice, direct());
    }

    private CreationRequest direct() {
        return new CreationRequest(alice.username(), alice.displayName(), "required", null, null, "direct", null,
                List.of());
    }

    @Test
    void anAikCertificateNamingTheDevicesAaguidIsAccepted() throws Exception {
        assertEquals("tpm", accepted(register()).attestationFormat());
    }

    /** webauthn4j alone refuses the same statement: it takes the extension's DER wrapping for the AAGUID. */
    @Test
    void webauthn4jAloneRefusesTheCorrectExtensionAndThisVerifierAcceptsIt() throws Exception {
        String json = rp.registrationResponse(device.client(), alice, "s1", direct());
        RegistrationData data = WebAuthnManager.createNonStrictWebAuthnManager().parseRegistrationResponseJSON(json);
        X509Certificate aik = ((TPMAttestationStatement) data.getAttestationObject().getAttestationStatement())
                .getX5c().getEndEntityAttestationCertificate().getCertificate();
        assertNotNull(aik.getExtensionValue(StructureChecks.AAGUID_EXTENSION), "the AIK carries the extension");
        CoreRegistrationObject object = new CoreRegistrationObject(data.getAttestationObject(),
                data.getAttestationObjectBytes(), data.getClientDataHash(),
                new CoreServerProperty("example.com", new DefaultChallenge(new byte[16])));

        assertThrows(BadAttestationStatementException.class, () -> new TPMAttestationStatementVerifier().verify(object));
        assertEquals(AttestationType.ATT_CA, new TpmAttestationVerifier().verify(object));
    }

    @Test
    void anAikCertificateNamingAnotherAaguidIsRefused() throws Exception {
        rejected(Rule.ATTESTATION_STATEMENT, register("attStmt.x5c.aaguid.mismatch"));
        rejected(Rule.ATTESTATION_STATEMENT, register("authData.aaguid.mismatch"));
        assertFalse(rp.passkeysOf(alice).iterator().hasNext(), "nothing stored after a refusal");
    }

    @Test
    void theRestOfTheStatementIsStillVerifiedBehindTheExtension() throws Exception {
        rejected(Rule.ATTESTATION_STATEMENT, register("attStmt.tpm.extra-data.wrong"));
        rejected(Rule.ATTESTATION_STATEMENT, register("signature.bitflip"));
    }

    @Test
    void anExtensionThatIsNotSixteenBytesInAnOctetStringIsRefused() throws Exception {
        byte[] fifteen = new DEROctetString(new DEROctetString(new byte[15]).getEncoded()).getEncoded();
        assertThrows(BadAttestationStatementException.class, () -> TpmAttestationVerifier.aaguid(fifteen));
        byte[] bare = new DEROctetString(new byte[16]).getEncoded();
        assertThrows(BadAttestationStatementException.class, () -> TpmAttestationVerifier.aaguid(bare));
        byte[] good = new DEROctetString(new DEROctetString(new byte[16]).getEncoded()).getEncoded();
        assertEquals(new java.util.UUID(0, 0), TpmAttestationVerifier.aaguid(good));
    }

    /** WebAuthn L3 §8.3: alg is the AIK's; the RS256 credential is what pubKeyCredParams is about. */
    @Test
    void anRs1AikOfAnRs256CredentialIsAccepted() throws Exception {
        assertFalse(rp.policy.algorithms().contains(-65535L), "the RP does not offer RS1 credentials");
        assertEquals("tpm", accepted(register("attStmt.tpm.aik.rs1")).attestationFormat());
    }
}
