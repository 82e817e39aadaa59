package dev.passkeyharness.conformance.runner.step;

import dev.passkeyharness.authenticator.client.DomExceptionName;
import dev.passkeyharness.authenticator.client.WebAuthnClientException;
import dev.passkeyharness.authenticator.crypto.CoseAlgorithm;
import dev.passkeyharness.authenticator.device.SimulatedDevice;
import dev.passkeyharness.authenticator.json.StrictJson;
import dev.passkeyharness.conformance.catalogue.Setup;
import dev.passkeyharness.conformance.runner.judge.Judge;
import dev.passkeyharness.conformance.target.Answer;
import dev.passkeyharness.conformance.target.OptionsRequest;
import dev.passkeyharness.conformance.target.RpSession;
import dev.passkeyharness.conformance.target.RpTarget;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The steps checks are made of: options from the RP, the browser's create()/get(), and the untampered setup
 * ceremonies that must succeed before a tested step means anything.
 */
public final class Ceremonies {

    public static final JsonMapper JSON = StrictJson.mapper();

    private final CheckRun run;

    Ceremonies(CheckRun run) {
        this.run = run;
    }

    /** The registration options request the check's setup describes. */
    OptionsRequest creationRequest(String username) {
        Setup setup = run.setup();
        return new OptionsRequest(username, displayName(username), member(setup.residentKey()),
                member(setup.userVerification()), member(setup.attestationConveyance()));
    }

    /** An options request member's value: the WebAuthn enumeration's lower-case name, or null when unset. */
    static String member(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }

    static String displayName(String username) {
        return "Harness " + username.substring(0, username.indexOf('@'));
    }

    void prepareUser(RpSession session, String username) {
        Answer answer = session.prepareUser(username, displayName(username));
        if (!answer.accepted()) {
            throw CheckStop.setupRefused("setup failed: sign-up refused: " + Judge.describe(answer));
        }
    }

    /** Creation options JSON for the client; a refusal breaks the check. */
    String creationOptions(RpSession session, OptionsRequest request) {
        return options(session.registrationOptions(request), "registration options");
    }

    /** Request options JSON for the client; a null username asks for a discoverable ceremony. */
    String requestOptions(RpSession session, String username) {
        return options(session.authenticationOptions(username, member(run.setup().userVerification())),
                "authentication options");
    }

    /**
     * Request options for a discoverable ceremony (no username, WebAuthn L3 §5.4 allowCredentials empty), or empty
     * when the target will not issue them: many servers ask for a username first, which is no fault.
     */
    Optional<String> discoverableOptions(RpSession session) {
        if (!run.can(RpTarget.Capability.DISCOVERABLE_SIGN_IN)) {
            return Optional.empty();
        }
        Answer answer = session.authenticationOptions(null, member(run.setup().userVerification()));
        return answer.jsonSuccess() ? Optional.of(answer.optionsJson()) : Optional.empty();
    }

    /** navigator.credentials.create() (WebAuthn L3 §5.1.3) with the device's tamperings at the client's stages. */
    String create(SimulatedDevice device, String optionsJson) {
        Applicability.require(run.check(), run.target().origin(), device, optionsJson);
        Applicability.requirePremise(run, optionsJson, true);
        try {
            return device.client(run.target().origin()).create(optionsJson).toJson();
        } catch (WebAuthnClientException e) {
            if (e.name() == DomExceptionName.NotSupportedError) {
                notOffered(optionsJson);
            }
            throw clientRefused("create()", e);
        }
    }

    /** A check that names its algorithm skips, saying so, when the target does not offer that algorithm. */
    private void notOffered(String optionsJson) {
        CoseAlgorithm algorithm = run.setup().algorithm();
        if (algorithm == null) {
            return;
        }
        List<Long> offered = Applicability.offered(optionsJson);
        if (!offered.contains((long) algorithm.coseId())) {
            throw CheckStop.skip("the target does not offer " + algorithm.jwaName() + " (" + algorithm.coseId()
                    + ") in pubKeyCredParams " + offered + ", so the authenticator cannot make this credential");
        }
    }

    /** navigator.credentials.get() (WebAuthn L3 §5.1.4). */
    String get(SimulatedDevice device, String optionsJson) {
        Applicability.require(run.check(), run.target().origin(), device, "{}");
        Applicability.requirePremise(run, optionsJson, false);
        try {
            return device.client(run.target().origin()).get(optionsJson).toJson();
        } catch (WebAuthnClientException e) {
            throw clientRefused("get()", e);
        }
    }

    /** An untampered registration that must be accepted; returns the credential's id (base64url). */
    String register(RpSession session, String username, SimulatedDevice device) {
        prepareUser(session, username);
        String response = create(device, creationOptions(session, creationRequest(username)));
        Answer answer = session.registrationResult(response);
        if (!answer.accepted()) {
            throw new Preconditions(run).refused("registration", answer, response);
        }
        return JSON.readTree(response).path("id").asString();
    }

    /** An untampered username-first sign-in that must be accepted. */
    void signIn(RpSession session, String username, SimulatedDevice device) {
        String response = get(device, requestOptions(session, username));
        Answer answer = session.authenticationResult(response);
        if (!answer.accepted()) {
            throw CheckStop.setupRefused("setup failed: sign-in refused: " + Judge.describe(answer));
        }
    }

    private static CheckStop clientRefused(String call, WebAuthnClientException e) {
        if (e.name() == DomExceptionName.NotSupportedError) {
            // the RP offers nothing this authenticator can make (e.g. no common algorithm): not the RP's fault
            return CheckStop.skip("the target cannot register this authenticator: " + e.detail());
        }
        return CheckStop.setupRefused("the client refused " + call + ": " + e.name() + ": " + e.detail());
    }

    /** The options from a 2xx JSON answer, without the conformance API's envelope members. */
    private static String options(Answer answer, String what) {
        if (!answer.jsonSuccess()) {
            throw CheckStop.setupRefused("setup failed: " + what + " refused: " + Judge.describe(answer));
        }
        return answer.optionsJson();
    }
}
