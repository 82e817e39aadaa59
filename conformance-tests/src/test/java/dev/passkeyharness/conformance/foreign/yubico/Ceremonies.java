package dev.passkeyharness.conformance.foreign.yubico;

import com.yubico.webauthn.AssertionRequest;
import com.yubico.webauthn.AssertionResult;
import com.yubico.webauthn.FinishAssertionOptions;
import com.yubico.webauthn.FinishRegistrationOptions;
import com.yubico.webauthn.RegisteredCredential;
import com.yubico.webauthn.RegistrationResult;
import com.yubico.webauthn.RelyingParty;
import com.yubico.webauthn.StartAssertionOptions;
import com.yubico.webauthn.StartRegistrationOptions;
import com.yubico.webauthn.data.AuthenticatorAssertionResponse;
import com.yubico.webauthn.data.AuthenticatorAttestationResponse;
import com.yubico.webauthn.data.ClientAssertionExtensionOutputs;
import com.yubico.webauthn.data.ClientRegistrationExtensionOutputs;
import com.yubico.webauthn.data.PublicKeyCredential;
import com.yubico.webauthn.data.PublicKeyCredentialCreationOptions;
import com.yubico.webauthn.data.UserIdentity;
import com.yubico.webauthn.exception.AssertionFailedException;
import com.yubico.webauthn.exception.RegistrationFailedException;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The four ceremony steps on the library's {@link RelyingParty}: options remembered for the session that asked, a
 * response verified against them by the library, and what it accepts stored. Every refusal, the library's or this
 * server's, is a {@link RefusedException} with the reason.
 */
final class Ceremonies {

    private static final Logger LOG = LoggerFactory.getLogger(Ceremonies.class);

    private final RelyingParty relyingParty;
    private final InMemoryCredentialRepository credentials;
    private final PendingCeremonies pending = new PendingCeremonies();

    Ceremonies(RelyingParty relyingParty, InMemoryCredentialRepository credentials) {
        this.relyingParty = relyingParty;
        this.credentials = credentials;
    }

    /** startRegistration for the request's user, made on demand; the request's attestation replaces the default. */
    PublicKeyCredentialCreationOptions startRegistration(String session, CreationRequest request) {
        UserIdentity user = UserIdentity.builder().name(request.username()).displayName(request.displayName())
                .id(credentials.userHandleFor(request.username())).build();
        StartRegistrationOptions.StartRegistrationOptionsBuilder start = StartRegistrationOptions.builder().user(user);
        if (request.selection() != null) {
            start.authenticatorSelection(request.selection());
        }
        PublicKeyCredentialCreationOptions options = relyingParty.startRegistration(start.build());
        if (request.attestation() != null) {
            // the library sets attestation from the RelyingParty; the conformance API asks per request
            options = options.toBuilder().attestation(request.attestation()).build();
        }
        pending.registration(session, options);
        return options;
    }

    /** finishRegistration against the session's pending options, then the credential stored; returns the username. */
    String finishRegistration(String session, String responseJson) {
        PublicKeyCredentialCreationOptions options = pending.takeRegistration(session).orElseThrow(() ->
                new RefusedException("no registration is pending in this session: ask /attestation/options first"));
        PublicKeyCredential<AuthenticatorAttestationResponse, ClientRegistrationExtensionOutputs> credential;
        try {
            credential = PublicKeyCredential.parseRegistrationResponseJson(responseJson);
        } catch (IOException e) {
            throw new RefusedException("not a registration response: " + firstLine(e.getMessage()), e);
        }
        RegistrationResult result;
        try {
            result = relyingParty.finishRegistration(
                    FinishRegistrationOptions.builder().request(options).response(credential).build());
        } catch (RegistrationFailedException e) {
            throw new RefusedException(reason(e), e);
        } catch (RuntimeException e) {
            throw unexpected("finishRegistration", e);
        }
        credentials.add(RegisteredCredential.builder()
                .credentialId(result.getKeyId().getId())
                .userHandle(options.getUser().getId())
                .publicKeyCose(result.getPublicKeyCose())
                .signatureCount(result.getSignatureCount())
                .backupEligible(result.isBackupEligible())
                .backupState(result.isBackedUp())
                .build());
        return options.getUser().getName();
    }

    /**
     * startAssertion by username, or for a discoverable credential without one. A username with no credential is
     * refused, as the library's own example server does.
     */
    AssertionRequest startAssertion(String session, GetRequest request) {
        if (!request.discoverable() && !credentials.hasCredentials(request.username())) {
            throw new RefusedException("the user '" + request.username() + "' has no registered credential");
        }
        AssertionRequest assertion = relyingParty.startAssertion(StartAssertionOptions.builder()
                .username(Optional.ofNullable(request.username()))
                .userVerification(Optional.ofNullable(request.userVerification()))
                .build());
        pending.assertion(session, assertion);
        return assertion;
    }

    /**
     * finishAssertion against the session's pending request, then the credential's counter and backup state kept;
     * returns the username signed in.
     */
    String finishAssertion(String session, String responseJson) {
        AssertionRequest request = pending.takeAssertion(session).orElseThrow(() ->
                new RefusedException("no sign-in is pending in this session: ask /assertion/options first"));
        PublicKeyCredential<AuthenticatorAssertionResponse, ClientAssertionExtensionOutputs> credential;
        try {
            credential = PublicKeyCredential.parseAssertionResponseJson(responseJson);
        } catch (IOException e) {
            throw new RefusedException("not an authentication response: " + firstLine(e.getMessage()), e);
        }
        AssertionResult result;
        try {
            result = relyingParty.finishAssertion(
                    FinishAssertionOptions.builder().request(request).response(credential).build());
        } catch (AssertionFailedException e) {
            throw new RefusedException(reason(e), e);
        } catch (RuntimeException e) {
            throw unexpected("finishAssertion", e);
        }
        if (!result.isSuccess()) {
            throw new RefusedException("the library did not report success");
        }
        credentials.recordSignIn(result.getCredentialId(), result.getSignatureCount(), result.isBackedUp());
        return result.getUsername();
    }

    /** A library failure outside its declared exceptions: still a refusal, named as such and logged. */
    private static RefusedException unexpected(String step, RuntimeException e) {
        LOG.warn("{} threw {}", step, e.toString());
        return new RefusedException(step + " threw " + e.getClass().getSimpleName() + ": " + firstLine(e.getMessage()), e);
    }

    /** The library wraps the failed step's IllegalArgumentException, whose message names the rule. */
    private static String reason(Exception e) {
        Throwable cause = e.getCause();
        return firstLine(cause instanceof IllegalArgumentException && cause.getMessage() != null ? cause.getMessage()
                : e.getMessage());
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "(no message)";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
