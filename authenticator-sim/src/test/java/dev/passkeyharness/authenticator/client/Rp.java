package dev.passkeyharness.authenticator.client;

import com.webauthn4j.WebAuthnManager;
import com.webauthn4j.credential.CredentialRecord;
import com.webauthn4j.credential.CredentialRecordImpl;
import com.webauthn4j.data.AuthenticationData;
import com.webauthn4j.data.AuthenticationParameters;
import com.webauthn4j.data.PublicKeyCredentialParameters;
import com.webauthn4j.data.PublicKeyCredentialType;
import com.webauthn4j.data.RegistrationData;
import com.webauthn4j.data.RegistrationParameters;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import com.webauthn4j.data.client.Origin;
import com.webauthn4j.data.client.challenge.DefaultChallenge;
import com.webauthn4j.server.ServerProperty;
import dev.passkeyharness.authenticator.data.Bytes;
import java.util.List;
import java.util.stream.Stream;

/** A relying party played by webauthn4j: it verifies the client's response JSON as a server would. */
final class Rp {

    static final String ORIGIN = "https://login.example.com";
    static final String RP_ID = "example.com";

    private static final WebAuthnManager MANAGER = WebAuthnManager.createNonStrictWebAuthnManager();

    private Rp() {
    }

    static ServerProperty serverProperty(String challenge) {
        return new ServerProperty(Origin.create(ORIGIN), RP_ID, new DefaultChallenge(Bytes.fromBase64Url(challenge).toByteArray()));
    }

    static RegistrationData verifyRegistration(String json, String challenge, boolean uvRequired) {
        List<PublicKeyCredentialParameters> params = Stream.of(COSEAlgorithmIdentifier.ES256,
                        COSEAlgorithmIdentifier.EdDSA, COSEAlgorithmIdentifier.ES384, COSEAlgorithmIdentifier.ES512,
                        COSEAlgorithmIdentifier.RS256, COSEAlgorithmIdentifier.RS384, COSEAlgorithmIdentifier.RS512,
                        COSEAlgorithmIdentifier.RS1, COSEAlgorithmIdentifier.PS256, COSEAlgorithmIdentifier.PS384,
                        COSEAlgorithmIdentifier.PS512)
                .map(alg -> new PublicKeyCredentialParameters(PublicKeyCredentialType.PUBLIC_KEY, alg))
                .toList();
        return MANAGER.verifyRegistrationResponseJSON(json, new RegistrationParameters(serverProperty(challenge), params, uvRequired));
    }

    static CredentialRecordImpl record(RegistrationData registration) {
        return new CredentialRecordImpl(registration.getAttestationObject(), registration.getCollectedClientData(),
                registration.getClientExtensions(), registration.getTransports());
    }

    static AuthenticationData verifyAuthentication(String json, String challenge, CredentialRecord record) {
        return MANAGER.verifyAuthenticationResponseJSON(json,
                new AuthenticationParameters(serverProperty(challenge), record, null, false));
    }
}
