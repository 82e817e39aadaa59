package dev.passkeyharness.conformance.kill;

import com.webauthn4j.WebAuthnManager;
import com.webauthn4j.data.AuthenticationData;
import com.webauthn4j.data.RegistrationData;
import com.webauthn4j.data.attestation.authenticator.AttestedCredentialData;
import com.webauthn4j.data.attestation.authenticator.AuthenticatorData;
import com.webauthn4j.data.client.ClientDataType;
import com.webauthn4j.data.client.CollectedClientData;
import com.webauthn4j.data.client.challenge.DefaultChallenge;
import com.webauthn4j.server.CoreServerProperty;
import com.webauthn4j.verifier.CoreRegistrationObject;
import com.webauthn4j.verifier.attestation.statement.AttestationStatementVerifier;
import com.webauthn4j.verifier.attestation.statement.androidkey.AndroidKeyAttestationStatementVerifier;
import com.webauthn4j.verifier.attestation.statement.androidsafetynet.AndroidSafetyNetAttestationStatementVerifier;
import com.webauthn4j.verifier.attestation.statement.apple.AppleAnonymousAttestationStatementVerifier;
import com.webauthn4j.verifier.attestation.statement.none.NoneAttestationStatementVerifier;
import com.webauthn4j.verifier.attestation.statement.packed.PackedAttestationStatementVerifier;
import com.webauthn4j.verifier.attestation.statement.u2f.FIDOU2FAttestationStatementVerifier;
import dev.passkeyharness.rp.webauthn.TpmAttestationVerifier;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A step-by-step WebAuthn L3 §7.1/§7.2 verifier whose every step can be switched off: the kill test's way to show
 * that each rule is caught by at least one catalogue check. webauthn4j only parses and verifies attestation
 * statements here; every other rule is checked in this class.
 */
final class LenientVerifier {

    static final String RP_ID = "localhost";
    /**
     * The algorithms the catalogue's format checks make credentials with (RS256 for tpm, android-key and
     * android-safetynet among them), and not RS384 and the later ones the authenticator has, so an unrequested
     * algorithm can still be produced.
     */
    static final List<Long> ALGORITHMS = List.of(-7L, -8L, -35L, -36L, -37L, -257L);

    /** A refusal, naming the step. */
    static final class Refused extends Exception {
        Refused(Step step) {
            super(step.name());
        }
    }

    private final Set<Step> disabled;
    private final String origin;
    private final LenientState state;
    private final Clock clock;
    private final WebAuthnManager parser = WebAuthnManager.createNonStrictWebAuthnManager();
    private final List<AttestationStatementVerifier> formats = List.of(new NoneAttestationStatementVerifier(),
            new PackedAttestationStatementVerifier(), new FIDOU2FAttestationStatementVerifier(),
            new TpmAttestationVerifier(), new AndroidKeyAttestationStatementVerifier(),
            new AndroidSafetyNetAttestationStatementVerifier(), new AppleAnonymousAttestationStatementVerifier());

    private final LenientTrust trust;

    LenientVerifier(Set<Step> disabled, String origin, LenientState state, Clock clock, LenientTrust trust) {
        this.disabled = disabled;
        this.origin = origin;
        this.state = state;
        this.clock = clock;
        this.trust = trust;
    }

    private void check(Step step, boolean ok) throws Refused {
        if (!ok && !disabled.contains(step)) {
            throw new Refused(step);
        }
    }

    /** WebAuthn L3 §5.1: a PublicKeyCredential's type is "public-key". */
    void credentialType(String type) throws Refused {
        check(Step.CREDENTIAL_TYPE, "public-key".equals(type));
    }

    void register(String session, String json, String jsonId) throws Refused {
        RegistrationData data;
        try {
            data = parser.parseRegistrationResponseJSON(json);
        } catch (RuntimeException e) {
            check(Step.RESPONSE_STRUCTURE, false);
            return;
        }
        LenientState.Pending pending = pending(session, data.getCollectedClientData(), true);
        clientData(data.getCollectedClientData(), ClientDataType.WEBAUTHN_CREATE);
        AuthenticatorData<?> authData = data.getAttestationObject().getAuthenticatorData();
        flags(authData, pending);
        check(Step.BACKUP_FLAGS, authData.isFlagBE() || !authData.isFlagBS());
        AttestedCredentialData attested = authData.getAttestedCredentialData();
        check(Step.ALGORITHM, ALGORITHMS.contains(attested.getCOSEKey().getAlgorithm().getValue()));
        byte[] id = attested.getCredentialId();
        check(Step.CREDENTIAL_ID_LENGTH, id.length <= 1023);
        String credentialId = Base64.getUrlEncoder().withoutPadding().encodeToString(id);
        check(Step.CREDENTIAL_ID_MATCHES, credentialId.equals(jsonId));
        CoreRegistrationObject object = new CoreRegistrationObject(data.getAttestationObject(),
                data.getAttestationObjectBytes(), data.getClientDataHash(),
                new CoreServerProperty(RP_ID, new DefaultChallenge(pending.challenge())));
        check(Step.ATTESTATION_STATEMENT, attestationVerifies(object));
        Optional<Step> untrusted = trust.refusal(data.getAttestationObject().getFormat(), attested.getAaguid(),
                data.getAttestationObject().getAttestationStatement());
        if (untrusted.isPresent()) {
            throw new Refused(untrusted.get());
        }
        check(Step.DUPLICATE_CREDENTIAL, !state.credentials.containsKey(credentialId));
        state.credentials.put(credentialId, new LenientState.Credential(pending.username(), attested.getCOSEKey(),
                authData.getSignCount(), authData.isFlagBE()));
    }

    void authenticate(String session, String json, String credentialId) throws Refused {
        AuthenticationData data;
        try {
            data = parser.parseAuthenticationResponseJSON(json);
        } catch (RuntimeException e) {
            check(Step.RESPONSE_STRUCTURE, false);
            return;
        }
        LenientState.Pending pending = pending(session, data.getCollectedClientData(), false);
        clientData(data.getCollectedClientData(), ClientDataType.WEBAUTHN_GET);
        LenientState.Credential credential = state.credentials.get(credentialId);
        check(Step.KNOWN_CREDENTIAL, credential != null);
        if (credential == null) {
            return;
        }
        check(Step.ALLOWED_CREDENTIAL, pending.allowed().isEmpty() || pending.allowed().contains(credentialId));
        byte[] userHandle = data.getUserHandle();
        if (userHandle != null && userHandle.length > 0) {
            String owner = state.userHandles.get(credential.username());
            check(Step.USER_HANDLE, Base64.getUrlEncoder().withoutPadding().encodeToString(userHandle).equals(owner));
        }
        AuthenticatorData<?> authData = data.getAuthenticatorData();
        flags(authData, pending);
        check(Step.BACKUP_FLAGS, (authData.isFlagBE() || !authData.isFlagBS())
                && authData.isFlagBE() == credential.backupEligible());
        check(Step.SIGNATURE, signatureVerifies(credential, data));
        long count = authData.getSignCount();
        check(Step.COUNTER, count > credential.signCount() || (count == 0 && credential.signCount() == 0));
        state.credentials.put(credentialId, new LenientState.Credential(credential.username(), credential.key(),
                count, credential.backupEligible()));
    }

    private LenientState.Pending pending(String session, CollectedClientData clientData, boolean registration)
            throws Refused {
        byte[] challenge = clientData.getChallenge() == null ? new byte[0] : clientData.getChallenge().getValue();
        LenientState.Pending own = state.pending.get(session);
        if (own != null && own.registration() != registration) {
            own = null;
        }
        LenientState.Pending used;
        if (own != null && Arrays.equals(own.challenge(), challenge)) {
            used = own;
        } else if (own != null) {
            check(Step.CHALLENGE, false);
            used = own;
        } else {
            LenientState.Pending elsewhere = state.pending.values().stream()
                    .filter(p -> p.registration() == registration && Arrays.equals(p.challenge(), challenge))
                    .findFirst().orElse(null);
            if (elsewhere == null) {
                // nothing pending with this challenge: it was used already, or never issued
                throw new Refused(Step.CHALLENGE_SINGLE_USE);
            }
            check(Step.CHALLENGE_SESSION, false);
            used = elsewhere;
        }
        check(Step.CHALLENGE_EXPIRY, !clock.instant().isAfter(used.expires()));
        if (!disabled.contains(Step.CHALLENGE_SINGLE_USE)) {
            state.pending.values().remove(used);
        }
        return used;
    }

    private void clientData(CollectedClientData clientData, ClientDataType type) throws Refused {
        check(Step.TYPE, clientData.getType() == type);
        check(Step.ORIGIN, clientData.getOrigin() != null && origin.equals(clientData.getOrigin().toString()));
        check(Step.CROSS_ORIGIN, !Boolean.TRUE.equals(clientData.getCrossOrigin()) && clientData.getTopOrigin() == null);
    }

    private void flags(AuthenticatorData<?> authData, LenientState.Pending pending) throws Refused {
        check(Step.RP_ID_HASH, Arrays.equals(authData.getRpIdHash(), sha256(RP_ID.getBytes())));
        check(Step.USER_PRESENT, authData.isFlagUP());
        check(Step.USER_VERIFIED, !pending.uvRequired() || authData.isFlagUV());
    }

    private boolean attestationVerifies(CoreRegistrationObject object) {
        try {
            for (AttestationStatementVerifier format : formats) {
                if (format.supports(object)) {
                    format.verify(object);
                    return true;
                }
            }
            return false;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean signatureVerifies(LenientState.Credential credential, AuthenticationData data) {
        try {
            byte[] signed = ByteBuffer.allocate(data.getAuthenticatorDataBytes().length + 32)
                    .put(data.getAuthenticatorDataBytes()).put(sha256(data.getCollectedClientDataBytes())).array();
            Signature signature = signature(credential.key().getAlgorithm().getValue());
            signature.initVerify(credential.key().getPublicKey());
            signature.update(signed);
            return signature.verify(data.getSignature());
        } catch (Exception e) {
            return false;
        }
    }

    private static Signature signature(long alg) throws Exception {
        switch ((int) alg) {
            case -7: return Signature.getInstance("SHA256withECDSA");
            case -35: return Signature.getInstance("SHA384withECDSA");
            case -36: return Signature.getInstance("SHA512withECDSA");
            case -8: return Signature.getInstance("Ed25519");
            case -257: return Signature.getInstance("SHA256withRSA");
            case -37: {
                Signature pss = Signature.getInstance("RSASSA-PSS");
                pss.setParameter(new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1));
                return pss;
            }
            default: throw new IllegalArgumentException("unsupported alg " + alg);
        }
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
