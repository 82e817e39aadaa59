package dev.passkeyharness.authenticator.tamper;

import static org.junit.jupiter.api.Assertions.assertEquals;

import co.nstant.in.cbor.model.Array;
import co.nstant.in.cbor.model.ByteString;
import co.nstant.in.cbor.model.DataItem;
import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.data.attestation.authenticator.COSEKey;
import dev.passkeyharness.authenticator.crypto.Sha256;
import dev.passkeyharness.authenticator.cbor.Cbor;
import dev.passkeyharness.authenticator.ctap.Ctap2Authenticator;
import dev.passkeyharness.authenticator.ctap.CtapOptions;
import dev.passkeyharness.authenticator.ctap.GetAssertionRequest;
import dev.passkeyharness.authenticator.ctap.GetAssertionResponse;
import dev.passkeyharness.authenticator.ctap.MakeCredentialRequest;
import dev.passkeyharness.authenticator.ctap.MakeCredentialResponse;
import dev.passkeyharness.authenticator.ctap.PublicKeyCredentialDescriptor;
import dev.passkeyharness.authenticator.ctap.PublicKeyCredentialParameters;
import dev.passkeyharness.authenticator.ctap.PublicKeyCredentialRpEntity;
import dev.passkeyharness.authenticator.ctap.PublicKeyCredentialUserEntity;
import dev.passkeyharness.authenticator.crypto.CoseAlgorithm;
import dev.passkeyharness.authenticator.data.AuthenticatorData;
import dev.passkeyharness.authenticator.data.Bytes;
import java.io.ByteArrayInputStream;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;

/**
 * Drives a seeded {@link Ctap2Authenticator} through raw CTAP2 requests, so a run with a tampering can be compared
 * byte for byte with the same run without it.
 */
final class CtapRuns {

    static final long SEED = 42;
    static final String RP_ID = "example.com";
    static final Bytes REGISTRATION_CLIENT_DATA_HASH = Sha256.of("registration client data");
    static final Bytes ASSERTION_CLIENT_DATA_HASH = Sha256.of("assertion client data");
    static final CtapOptions WITH_UV = new CtapOptions(null, null, true);
    private static final ObjectConverter CONVERTER = new ObjectConverter();

    private CtapRuns() {
    }

    /** A decoded makeCredential response. */
    record Registration(MakeCredentialResponse response, AuthenticatorData authData) {

        X509Certificate leaf() {
            return x509(x5c().get(0));
        }

        List<Bytes> x5c() {
            Array x5c = (Array) response.attStmt().get(Cbor.text("x5c"));
            return x5c.getDataItems().stream().map(i -> Bytes.of(((ByteString) i).getBytes())).toList();
        }

        DataItem statementMember(String key) {
            return response.attStmt().get(Cbor.text(key));
        }

        /** The attestation signature verifies with the leaf certificate's key over authData ‖ clientDataHash. */
        boolean attestationSignatureValid() {
            DataItem sig = statementMember("sig");
            Long alg = Cbor.longValue(statementMember("alg"));
            String jca = alg != null && alg == CoseAlgorithm.RS1.coseId() ? "SHA1withRSA" : "SHA256withECDSA";
            return sig instanceof ByteString s && verify(jca, leaf().getPublicKey(),
                    signedData(response.authData(), REGISTRATION_CLIENT_DATA_HASH), Bytes.of(s.getBytes()));
        }

        /** A packed self statement's sig verifies with the credential public key in authData (WebAuthn L3 §8.2). */
        boolean selfSignatureValid() {
            return statementMember("sig") instanceof ByteString s && verify(credentialPublicKey(),
                    signedData(response.authData(), REGISTRATION_CLIENT_DATA_HASH), Bytes.of(s.getBytes()));
        }

        PublicKey credentialPublicKey() {
            byte[] cose = authData.attestedCredentialData().credentialPublicKey().toByteArray();
            return CONVERTER.getCborConverter().readValue(cose, COSEKey.class).getPublicKey();
        }
    }

    /** A decoded getAssertion response and the registration that made its credential. */
    record Assertion(Registration registration, GetAssertionResponse response, AuthenticatorData authData) {

        boolean signatureValid() {
            return verify(registration.credentialPublicKey(), signedData(response.authData(), ASSERTION_CLIENT_DATA_HASH),
                    response.signature());
        }
    }

    static Ctap2Authenticator authenticator(TamperSet tamperings) {
        return Ctap2Authenticator.builder().seed(SEED).tamperings(tamperings).build();
    }

    static Registration register(TamperSet tamperings, CtapOptions options) throws Exception {
        return register(authenticator(tamperings), options);
    }

    static Registration register(Ctap2Authenticator authenticator, CtapOptions options) throws Exception {
        MakeCredentialRequest request = new MakeCredentialRequest(REGISTRATION_CLIENT_DATA_HASH,
                new PublicKeyCredentialRpEntity(RP_ID, "Example"),
                new PublicKeyCredentialUserEntity(Bytes.fromHex("0102030405060708"), "alice", "Alice"),
                List.of(PublicKeyCredentialParameters.publicKey(CoseAlgorithm.ES256.coseId())),
                null, null, options, null, null, null);
        MakeCredentialResponse response = MakeCredentialResponse.decode(ok(authenticator.process(request.encode())));
        return new Registration(response, AuthenticatorDataParser.parse(response.authData(), true));
    }

    /** Registers, then asserts with the new credential in the allowList, on one authenticator. */
    static Assertion authenticate(TamperSet tamperings, CtapOptions options) throws Exception {
        Ctap2Authenticator authenticator = authenticator(tamperings);
        Registration registration = register(authenticator, options);
        Bytes credentialId = authenticator.state().store().all().get(0).credentialId();
        GetAssertionRequest request = new GetAssertionRequest(RP_ID, ASSERTION_CLIENT_DATA_HASH,
                List.of(PublicKeyCredentialDescriptor.publicKey(credentialId)), null, options, null, null);
        GetAssertionResponse response = GetAssertionResponse.decode(ok(authenticator.process(request.encode())));
        return new Assertion(registration, response, AuthenticatorDataParser.parse(response.authData(), false));
    }

    static Bytes signedData(Bytes authData, Bytes clientDataHash) {
        return Bytes.concat(authData.toByteArray(), clientDataHash.toByteArray());
    }

    static boolean verify(PublicKey key, Bytes data, Bytes signature) {
        return verify("SHA256withECDSA", key, data, signature);
    }

    static boolean verify(String jcaAlgorithm, PublicKey key, Bytes data, Bytes signature) {
        try {
            Signature verifier = Signature.getInstance(jcaAlgorithm);
            verifier.initVerify(key);
            verifier.update(data.toByteArray());
            return verifier.verify(signature.toByteArray());
        } catch (java.security.SignatureException e) {
            return false;
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static X509Certificate x509(Bytes der) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der.toByteArray()));
        } catch (java.security.cert.CertificateException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Checks the CTAP2_OK status byte and returns the CBOR body after it. */
    private static byte[] ok(byte[] response) {
        assertEquals(0x00, response[0] & 0xFF, "CTAP status");
        return Arrays.copyOfRange(response, 1, response.length);
    }
}
