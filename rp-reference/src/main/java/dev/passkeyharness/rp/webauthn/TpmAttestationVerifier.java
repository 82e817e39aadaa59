package dev.passkeyharness.rp.webauthn;

import com.webauthn4j.data.attestation.AttestationObject;
import com.webauthn4j.data.attestation.authenticator.AAGUID;
import com.webauthn4j.data.attestation.authenticator.AttestedCredentialData;
import com.webauthn4j.data.attestation.statement.AttestationCertificatePath;
import com.webauthn4j.data.attestation.statement.AttestationType;
import com.webauthn4j.data.attestation.statement.TPMAttestationStatement;
import com.webauthn4j.verifier.CoreRegistrationObject;
import com.webauthn4j.verifier.attestation.statement.AttestationStatementVerifier;
import com.webauthn4j.verifier.attestation.statement.tpm.TPMAttestationStatementVerifier;
import com.webauthn4j.verifier.exception.BadAttestationStatementException;
import java.nio.ByteBuffer;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;

/**
 * The tpm format's verification (WebAuthn L3 §8.3) by webauthn4j, with the AIK certificate's id-fido-gen-ce-aaguid
 * extension read as §8.3.1 defines it: webauthn4j 0.31/0.32 takes the extension's DER wrapping for the AAGUID and so
 * refuses every AIK certificate that carries a correct one. This class checks the extension itself, then lets
 * webauthn4j verify the rest against a view of the AIK certificate without that extension.
 */
public final class TpmAttestationVerifier implements AttestationStatementVerifier {

    private static final int AAGUID_BYTES = 16;

    private final TPMAttestationStatementVerifier formats = new TPMAttestationStatementVerifier();

    @Override
    public boolean supports(CoreRegistrationObject registrationObject) {
        return formats.supports(registrationObject);
    }

    @Override
    public AttestationType verify(CoreRegistrationObject registrationObject) {
        if (!(registrationObject.getAttestationObject().getAttestationStatement() instanceof TPMAttestationStatement tpm)
                || tpm.getX5c() == null || tpm.getX5c().isEmpty()) {
            return formats.verify(registrationObject);
        }
        X509Certificate aik = tpm.getX5c().getEndEntityAttestationCertificate().getCertificate();
        byte[] extension = aik.getExtensionValue(StructureChecks.AAGUID_EXTENSION);
        if (extension == null) {
            return formats.verify(registrationObject);
        }
        AttestedCredentialData attested =
                registrationObject.getAttestationObject().getAuthenticatorData().getAttestedCredentialData();
        AAGUID inCertificate = new AAGUID(aaguid(extension));
        // WebAuthn L3 §8.3 verification: the extension's AAGUID matches authData's aaguid
        if (attested == null || !inCertificate.equals(attested.getAaguid())) {
            throw new BadAttestationStatementException("the AIK certificate's aaguid extension names " + inCertificate
                    + ", authData " + (attested == null ? "no AAGUID" : attested.getAaguid()));
        }
        List<X509Certificate> x5c = new ArrayList<>(tpm.getX5c());
        x5c.set(0, new CertificateWithoutExtension(aik, StructureChecks.AAGUID_EXTENSION));
        TPMAttestationStatement view = new TPMAttestationStatement(tpm.getVer(), tpm.getAlg(),
                new AttestationCertificatePath(x5c), tpm.getSig(), tpm.getCertInfo(), tpm.getPubArea());
        return formats.verify(new CoreRegistrationObject(
                new AttestationObject(registrationObject.getAttestationObject().getAuthenticatorData(), view),
                registrationObject.getAttestationObjectBytes(), registrationObject.getClientDataHash(),
                registrationObject.getServerProperty(), registrationObject.getTimestamp()));
    }

    /** extnValue holds a DER OCTET STRING whose content is the 16-byte AAGUID (WebAuthn L3 §8.3.1). */
    static UUID aaguid(byte[] extensionValue) {
        try {
            byte[] extnValue = ASN1OctetString.getInstance(ASN1Primitive.fromByteArray(extensionValue)).getOctets();
            byte[] aaguid = ASN1OctetString.getInstance(ASN1Primitive.fromByteArray(extnValue)).getOctets();
            if (aaguid.length != AAGUID_BYTES) {
                throw new BadAttestationStatementException(
                        "the aaguid extension holds " + aaguid.length + " bytes, not 16");
            }
            ByteBuffer buffer = ByteBuffer.wrap(aaguid);
            return new UUID(buffer.getLong(), buffer.getLong());
        } catch (java.io.IOException | IllegalArgumentException e) {
            throw new BadAttestationStatementException("the aaguid extension is not an OCTET STRING: " + e.getMessage(), e);
        }
    }
}
