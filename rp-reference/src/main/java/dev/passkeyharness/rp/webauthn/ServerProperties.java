package dev.passkeyharness.rp.webauthn;

import com.webauthn4j.data.PublicKeyCredentialParameters;
import com.webauthn4j.data.PublicKeyCredentialType;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import com.webauthn4j.data.client.Origin;
import com.webauthn4j.data.client.challenge.DefaultChallenge;
import com.webauthn4j.server.ServerProperty;
import java.util.List;
import java.util.stream.Collectors;

/** The policy and an issued challenge in webauthn4j's terms. */
final class ServerProperties {

    private ServerProperties() {
    }

    /** No top origins are given: the RP is not meant to run in cross-origin frames (WebAuthn L3 §7.1 step 10). */
    static ServerProperty of(RelyingPartyPolicy policy, ChallengeStore.Issued issued) {
        return ServerProperty.builder()
                .origins(policy.allowedOrigins().stream().map(Origin::new).collect(Collectors.toSet()))
                .rpId(policy.rpId())
                .challenge(new DefaultChallenge(issued.challengeBytes()))
                .build();
    }

    static List<PublicKeyCredentialParameters> pubKeyCredParams(RelyingPartyPolicy policy) {
        return policy.algorithms().stream()
                .map(alg -> new PublicKeyCredentialParameters(PublicKeyCredentialType.PUBLIC_KEY,
                        COSEAlgorithmIdentifier.create(alg)))
                .toList();
    }
}
