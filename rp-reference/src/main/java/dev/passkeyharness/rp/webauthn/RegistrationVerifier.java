package dev.passkeyharness.rp.webauthn;

import com.webauthn4j.WebAuthnManager;
import com.webauthn4j.converter.exception.DataConversionException;
import com.webauthn4j.data.attestation.statement.AttestationStatement;
import com.webauthn4j.data.RegistrationData;
import com.webauthn4j.data.RegistrationParameters;
import com.webauthn4j.data.attestation.authenticator.AAGUID;
import com.webauthn4j.data.attestation.authenticator.AttestedCredentialData;
import com.webauthn4j.data.attestation.authenticator.AuthenticatorData;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.node.ObjectNode;

/** Verifies a RegistrationResponseJSON as WebAuthn L3 §7.1 "Registering a New Credential" says, by webauthn4j. */
public final class RegistrationVerifier {

    /** WebAuthn L3 §7.1 step 25: longer credential IDs are refused. */
    public static final int MAX_CREDENTIAL_ID_BYTES = 1023;

    private final Clock clock;

    public RegistrationVerifier(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Takes the response's challenge from {@code store} for {@code sessionKey}, then verifies. */
    public RegistrationResult verify(String responseJson, ChallengeStore store, String sessionKey,
            RelyingPartyPolicy policy, Predicate<String> credentialIdTaken) {
        try {
            String challenge = ResponseJson.challenge(responseJson);
            ChallengeStore.Consumed consumed = store.consume(sessionKey, ChallengeStore.Purpose.REGISTRATION, challenge);
            if (consumed instanceof ChallengeStore.Consumed.Refused r) {
                return new RegistrationResult.Rejected(r.rule(), r.message());
            }
            return verify(responseJson, ((ChallengeStore.Consumed.Valid) consumed).issued(), policy, credentialIdTaken);
        } catch (CeremonyFailure f) {
            return new RegistrationResult.Rejected(f.rule(), f.getMessage());
        }
    }

    /** Verifies against an already consumed challenge; {@code credentialIdTaken} sees base64url credential IDs. */
    public RegistrationResult verify(String responseJson, ChallengeStore.Issued issued, RelyingPartyPolicy policy,
            Predicate<String> credentialIdTaken) {
        if (!(issued.context() instanceof CeremonyContext.Registration context)) {
            throw new IllegalArgumentException("the challenge was not issued for a registration");
        }
        try {
            return steps(responseJson, issued, context, policy, credentialIdTaken);
        } catch (CeremonyFailure f) {
            return new RegistrationResult.Rejected(f.rule(), f.getMessage());
        } catch (RuntimeException e) {
            return new RegistrationResult.Rejected(RuleMapping.rule(e, ChallengeStore.Purpose.REGISTRATION),
                    RuleMapping.message(e));
        }
    }

    private RegistrationResult steps(String json, ChallengeStore.Issued issued, CeremonyContext.Registration context,
            RelyingPartyPolicy policy, Predicate<String> credentialIdTaken) throws CeremonyFailure {
        ObjectNode root = ResponseJson.parse(json);
        StructureChecks.credentialType(root);
        ObjectNode response = ResponseJson.response(root);
        if (!response.has("attestationObject")) {
            // WebAuthn L3 §7.1 step 3
            throw new CeremonyFailure(Rule.RESPONSE_TYPE, "the response is not an AuthenticatorAttestationResponse");
        }
        String fmt = fmt(ResponseJson.base64Url(response, "attestationObject"));
        List<String> transports = ResponseJson.transports(response);

        WebAuthnManager manager = WebAuthnManagers.forPolicy(policy, clock);
        RegistrationData data = parse(manager, json);
        AuthenticatorData<?> authData = data.getAttestationObject().getAuthenticatorData();
        AttestedCredentialData attested = authData.getAttestedCredentialData();
        if (attested == null) {
            throw new CeremonyFailure(Rule.MALFORMED, "authData has no attested credential data");
        }
        String credentialId = ResponseJson.encode(attested.getCredentialId());
        ResponseJson.requireCredentialId(root, credentialId);
        if (attested.getCredentialId().length > MAX_CREDENTIAL_ID_BYTES) {
            // WebAuthn L3 §7.1 step 25
            throw new CeremonyFailure(Rule.CREDENTIAL_ID_TOO_LONG,
                    "credentialId is " + attested.getCredentialId().length + " bytes, more than 1023");
        }
        // WebAuthn L3 §7.1 steps 5-24 (the attestation's trust by the manager's verifiers)
        verifyWithManager(manager, data, new RegistrationParameters(ServerProperties.of(policy, issued),
                ServerProperties.pubKeyCredParams(policy), context.userVerification().required(), true), policy);
        if (policy.metadata() != null) {
            MetadataVerification.verify(policy.metadata(), fmt, attested.getAaguid(),
                    data.getAttestationObject().getAttestationStatement(), clock.instant());
        }
        StructureChecks.flags(authData, true);
        StructureChecks.aaguidExtensionNotCritical(data.getAttestationObject().getAttestationStatement());
        StructureChecks.certificatesValidAt(data.getAttestationObject().getAttestationStatement(), clock.instant());
        StructureChecks.packedChainWithoutRoot(fmt, data.getAttestationObject().getAttestationStatement());
        if (authData.isFlagBS() && !authData.isFlagBE()) {
            // WebAuthn L3 §7.1 step 16
            throw new CeremonyFailure(Rule.BACKUP_FLAGS, "BS is set but BE is not");
        }
        if (policy.requireTrustedAttestation() && "none".equals(fmt)) {
            // WebAuthn L3 §7.1 step 24: no attestation cannot be trusted when trust is required
            throw new CeremonyFailure(Rule.ATTESTATION_UNTRUSTED, "attestation \"none\" but a trusted attestation is required");
        }
        if (credentialIdTaken.test(credentialId)) {
            // WebAuthn L3 §7.1 step 26
            throw new CeremonyFailure(Rule.DUPLICATE_CREDENTIAL, "credential " + credentialId + " is already registered");
        }
        return new RegistrationResult.Accepted(context.accountId(), credentialId,
                WebAuthnManagers.CONVERTER.getCborConverter().writeValueAsBytes(attested.getCOSEKey()),
                authData.getSignCount(), attested.getAaguid().getValue().toString(), transports, authData.isFlagUV(),
                authData.isFlagBE(), authData.isFlagBS(), fmt);
    }

    /** A chain with no trust anchor is explained by the metadata when the metadata does not list the authenticator. */
    private static void verifyWithManager(WebAuthnManager manager, RegistrationData data,
            RegistrationParameters parameters, RelyingPartyPolicy policy) throws CeremonyFailure {
        try {
            manager.verify(data, parameters);
        } catch (RuntimeException e) {
            if (policy.metadata() == null
                    || RuleMapping.rule(e, ChallengeStore.Purpose.REGISTRATION) != Rule.ATTESTATION_UNTRUSTED) {
                throw e;
            }
            AttestedCredentialData attested =
                    data.getAttestationObject().getAuthenticatorData().getAttestedCredentialData();
            Optional<String> why = MetadataVerification.notListed(policy.metadata(), attested.getAaguid(),
                    data.getAttestationObject().getAttestationStatement());
            if (why.isPresent() && !AAGUID.ZERO.equals(attested.getAaguid())) {
                throw new CeremonyFailure(Rule.ATTESTATION_UNTRUSTED, why.get());
            }
            throw e;
        }
    }

    /** A statement that does not fit its format's syntax fails §8's first verification step, not decoding. */
    private static RegistrationData parse(WebAuthnManager manager, String json) throws CeremonyFailure {
        try {
            return manager.parseRegistrationResponseJSON(json);
        } catch (DataConversionException | JacksonException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                Class<?> target = t instanceof ValueInstantiationException v ? v.getType().getRawClass()
                        : t instanceof MismatchedInputException m ? m.getTargetType() : null;
                if (target != null && AttestationStatement.class.isAssignableFrom(target)) {
                    // WebAuthn L3 §8.2 etc.: "Verify that attStmt is valid CBOR conforming to the syntax defined above"
                    throw new CeremonyFailure(Rule.ATTESTATION_STATEMENT, "attStmt does not fit its format: "
                            + t.getMessage().lines().findFirst().orElse(""));
                }
            }
            throw e;
        }
    }

    /** WebAuthn L3 §7.1 step 21: fmt matched case-sensitively against the supported formats; then the members' CBOR types. */
    private static String fmt(byte[] attestationObject) throws CeremonyFailure {
        JsonNode decoded;
        try {
            decoded = WebAuthnManagers.CONVERTER.getCborConverter().readTree(attestationObject);
        } catch (RuntimeException e) {
            throw new CeremonyFailure(Rule.MALFORMED, "attestationObject is not CBOR: " + e.getMessage());
        }
        JsonNode fmt = decoded == null ? null : decoded.get("fmt");
        if (fmt == null || !fmt.isString()) {
            throw new CeremonyFailure(Rule.MALFORMED, "attestationObject has no fmt text");
        }
        if (!WebAuthnManagers.FORMATS.contains(fmt.asString())) {
            throw new CeremonyFailure(Rule.ATTESTATION_FORMAT, "unsupported attestation format \"" + fmt.asString() + "\"");
        }
        AttestationObjectSyntax.check(decoded, fmt.asString());
        return fmt.asString();
    }
}
