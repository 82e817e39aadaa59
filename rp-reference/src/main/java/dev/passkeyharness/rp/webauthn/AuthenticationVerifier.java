package dev.passkeyharness.rp.webauthn;

import com.webauthn4j.WebAuthnManager;
import com.webauthn4j.credential.CredentialRecordImpl;
import com.webauthn4j.data.AuthenticationData;
import com.webauthn4j.data.AuthenticationParameters;
import com.webauthn4j.data.AuthenticatorTransport;
import com.webauthn4j.data.attestation.authenticator.AAGUID;
import com.webauthn4j.data.attestation.authenticator.AttestedCredentialData;
import com.webauthn4j.data.attestation.authenticator.AuthenticatorData;
import com.webauthn4j.data.attestation.authenticator.COSEKey;
import com.webauthn4j.data.attestation.statement.NoneAttestationStatement;
import dev.passkeyharness.rp.model.Passkey;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import tools.jackson.databind.node.ObjectNode;

/** Verifies an AuthenticationResponseJSON as WebAuthn L3 §7.2 "Verifying an Authentication Assertion" says. */
public final class AuthenticationVerifier {

    private final Clock clock;

    public AuthenticationVerifier(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Takes the response's challenge from {@code store} for {@code sessionKey}, then verifies. */
    public AuthenticationResult verify(String responseJson, ChallengeStore store, String sessionKey,
            RelyingPartyPolicy policy, Function<String, Optional<Passkey>> findCredential,
            Function<String, Optional<Long>> accountIdForUserHandle) {
        try {
            String challenge = ResponseJson.challenge(responseJson);
            ChallengeStore.Consumed consumed = store.consume(sessionKey, ChallengeStore.Purpose.AUTHENTICATION, challenge);
            if (consumed instanceof ChallengeStore.Consumed.Refused r) {
                return new AuthenticationResult.Rejected(r.rule(), r.message());
            }
            return verify(responseJson, ((ChallengeStore.Consumed.Valid) consumed).issued(), policy, findCredential,
                    accountIdForUserHandle);
        } catch (CeremonyFailure f) {
            return new AuthenticationResult.Rejected(f.rule(), f.getMessage());
        }
    }

    /**
     * Verifies against an already consumed challenge.
     *
     * @param findCredential the stored passkey for a base64url credential ID
     * @param accountIdForUserHandle the account whose user handle (base64url) is given
     */
    public AuthenticationResult verify(String responseJson, ChallengeStore.Issued issued, RelyingPartyPolicy policy,
            Function<String, Optional<Passkey>> findCredential, Function<String, Optional<Long>> accountIdForUserHandle) {
        if (!(issued.context() instanceof CeremonyContext.Authentication context)) {
            throw new IllegalArgumentException("the challenge was not issued for an authentication");
        }
        try {
            return steps(responseJson, issued, context, policy, findCredential, accountIdForUserHandle);
        } catch (CeremonyFailure f) {
            return new AuthenticationResult.Rejected(f.rule(), f.getMessage());
        } catch (RuntimeException e) {
            return new AuthenticationResult.Rejected(RuleMapping.rule(e, ChallengeStore.Purpose.AUTHENTICATION),
                    RuleMapping.message(e));
        }
    }

    private AuthenticationResult steps(String json, ChallengeStore.Issued issued, CeremonyContext.Authentication context,
            RelyingPartyPolicy policy, Function<String, Optional<Passkey>> findCredential,
            Function<String, Optional<Long>> accountIdForUserHandle) throws CeremonyFailure {
        ObjectNode root = ResponseJson.parse(json);
        StructureChecks.credentialType(root);
        ObjectNode response = ResponseJson.response(root);
        if (!response.has("authenticatorData") || !response.has("signature") || response.has("attestationObject")) {
            // WebAuthn L3 §7.2 step 3
            throw new CeremonyFailure(Rule.RESPONSE_TYPE, "the response is not an AuthenticatorAssertionResponse");
        }
        WebAuthnManager manager = WebAuthnManagers.forPolicy(policy, clock);
        AuthenticationData data = manager.parseAuthenticationResponseJSON(json);
        String credentialId = ResponseJson.encode(data.getCredentialId());
        ResponseJson.requireCredentialId(root, credentialId);
        if (!context.allowCredentials().isEmpty() && !context.allowCredentials().contains(credentialId)) {
            // WebAuthn L3 §7.2 step 5
            throw new CeremonyFailure(Rule.CREDENTIAL_NOT_ALLOWED, "credential " + credentialId + " was not in allowCredentials");
        }
        Passkey passkey = findCredential.apply(credentialId).orElseThrow(() -> new CeremonyFailure(
                Rule.UNKNOWN_CREDENTIAL, "no credential " + credentialId + " is registered"));
        long owner = identifyUser(context, passkey, data.getUserHandle(), accountIdForUserHandle);

        // WebAuthn L3 §7.2 steps 8-22
        manager.verify(data, new AuthenticationParameters(ServerProperties.of(policy, issued), credentialRecord(passkey),
                null, context.userVerification().required(), true));
        AuthenticatorData<?> authData = data.getAuthenticatorData();
        StructureChecks.flags(authData, false);
        if (authData.isFlagBS() && !authData.isFlagBE()) {
            // WebAuthn L3 §7.2 step 17
            throw new CeremonyFailure(Rule.BACKUP_FLAGS, "BS is set but BE is not");
        }
        if (authData.isFlagBE() != passkey.backupEligible()) {
            // WebAuthn L3 §7.2 step 18: backup eligibility is fixed at creation
            throw new CeremonyFailure(Rule.BACKUP_FLAGS, "BE is " + authData.isFlagBE() + " but was "
                    + passkey.backupEligible() + " at registration");
        }
        long count = authData.getSignCount();
        if ((count != 0 || passkey.signCount() != 0) && count <= passkey.signCount()) {
            // WebAuthn L3 §7.2 step 22
            throw new CeremonyFailure(Rule.COUNTER, "signCount " + count + " is not above the stored "
                    + passkey.signCount() + ": possibly cloned authenticator");
        }
        return new AuthenticationResult.Accepted(
                passkey.afterSignIn(count, authData.isFlagBS(), authData.isFlagUV(), clock.instant()), owner);
    }

    /** WebAuthn L3 §7.2 step 6: the credential's owner is the identified user, and userHandle (if any) names them. */
    private static long identifyUser(CeremonyContext.Authentication context, Passkey passkey, byte[] userHandle,
            Function<String, Optional<Long>> accountIdForUserHandle) throws CeremonyFailure {
        boolean handleGiven = userHandle != null && userHandle.length > 0;
        if (context.discoverable() && !handleGiven) {
            throw new CeremonyFailure(Rule.USER_HANDLE, "a discoverable credential must return its userHandle");
        }
        if (!context.discoverable() && passkey.accountId() != context.accountId()) {
            throw new CeremonyFailure(Rule.CREDENTIAL_NOT_ALLOWED, "credential " + passkey.credentialId()
                    + " belongs to another user");
        }
        if (handleGiven) {
            String handle = ResponseJson.encode(userHandle);
            Optional<Long> account = accountIdForUserHandle.apply(handle);
            if (account.isEmpty() || account.get() != passkey.accountId()) {
                throw new CeremonyFailure(Rule.USER_HANDLE, "userHandle " + handle + " is not the credential owner's");
            }
        }
        return passkey.accountId();
    }

    private static CredentialRecordImpl credentialRecord(Passkey passkey) {
        COSEKey key = WebAuthnManagers.CONVERTER.getCborConverter().readValue(passkey.publicKeyCose(), COSEKey.class);
        AttestedCredentialData attested = new AttestedCredentialData(new AAGUID(UUID.fromString(passkey.aaguid())),
                ResponseJson.decodeUnchecked(passkey.credentialId()), key);
        return new CredentialRecordImpl(new NoneAttestationStatement(), passkey.uvInitialized(),
                passkey.backupEligible(), passkey.backupState(), passkey.signCount(), attested, null, null, null,
                passkey.transports().stream().map(AuthenticatorTransport::create).collect(Collectors.toSet()));
    }
}
