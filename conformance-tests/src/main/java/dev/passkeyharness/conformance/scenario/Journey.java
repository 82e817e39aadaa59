package dev.passkeyharness.conformance.scenario;

import dev.passkeyharness.authenticator.attestation.AttestationCa;
import dev.passkeyharness.authenticator.client.WebAuthnClientException;
import dev.passkeyharness.authenticator.device.SimulatedDevice;
import dev.passkeyharness.authenticator.json.StrictJson;
import dev.passkeyharness.conformance.catalogue.Scenario;
import dev.passkeyharness.conformance.catalogue.Step;
import dev.passkeyharness.conformance.target.Answer;
import dev.passkeyharness.conformance.target.ProfileSession;
import dev.passkeyharness.conformance.target.OptionsRequest;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;

/**
 * One person going through a scenario in one browser: the onboarding session (its cookies), the account's email and
 * password, the devices and the passkeys each created. Action steps return how they ended; expectations what they saw.
 */
final class Journey implements JourneyActions {

    private static final JsonMapper JSON = StrictJson.mapper();

    private final Scenario scenario;
    private final ProfileSession session;
    private final String origin;
    private final long seed;
    private final Devices devices;
    private final Map<String, Deque<String>> passkeys = new HashMap<>();
    private String email;
    private String password;

    Journey(Scenario scenario, ProfileSession session, String origin, long seed, Optional<AttestationCa> ca) {
        this.scenario = scenario;
        this.session = session;
        this.origin = origin;
        this.seed = seed;
        this.devices = new Devices(scenario.authenticators(), seed, ca);
    }

    ProfileSession session() {
        return session;
    }

    @Override
    public ActionOutcome act(int index, Step step) {
        if (step instanceof Step.SignUp s) {
            return signUp(s);
        }
        if (step instanceof Step.LogIn) {
            return rp(session.logIn(accountEmail(), password));
        }
        if (step instanceof Step.LogOut) {
            return rp(session.logOut());
        }
        if (step instanceof Step.CreatePasskey c) {
            return createPasskey(index, c);
        }
        if (step instanceof Step.SignInWithPasskey s) {
            return signIn(index, s);
        }
        if (step instanceof Step.RemovePasskey r) {
            return remove(r);
        }
        if (step instanceof Step.DismissPrompt) {
            return rp(session.dismissPrompt());
        }
        throw new IllegalArgumentException("not an action: " + step.name());
    }

    @Override
    public Optional<String> check(Step.Expectation what, ActionOutcome last) {
        if (what instanceof Step.Expectation.PromptShown) {
            return prompt(true);
        }
        if (what instanceof Step.Expectation.PromptHidden) {
            return prompt(false);
        }
        if (what instanceof Step.Expectation.PasskeyCount c) {
            return passkeyCount(c.count());
        }
        if (what instanceof Step.Expectation.SignedIn) {
            Answer me = session.me();
            return me.accepted() ? Optional.empty() : Optional.of("not signed in: GET /api/me answered " + describe(me));
        }
        if (what instanceof Step.Expectation.SignedOut) {
            Answer me = session.me();
            return me.status() == 401 ? Optional.empty()
                    : Optional.of("still signed in: GET /api/me answered " + describe(me));
        }
        return JourneyActions.lastStep(what, last);
    }

    private ActionOutcome signUp(Step.SignUp step) {
        email = step.email() != null ? step.email() : JourneyAccount.email(scenario, seed);
        password = JourneyAccount.password(seed);
        return rp(session.signUp(email, displayName(), password));
    }

    private ActionOutcome createPasskey(int index, Step.CreatePasskey step) {
        Answer options = session.registrationOptions(new OptionsRequest(accountEmail(), displayName(), null, null, null));
        if (!options.jsonSuccess()) {
            return rp(options);
        }
        SimulatedDevice device = devices.forStep(step.authenticator(), index, step.tamper());
        String response;
        try {
            response = device.client(origin).create(options.optionsJson()).toJson();
        } catch (WebAuthnClientException e) {
            return new ActionOutcome.Refused("the browser", e.name().name(), e.detail());
        }
        Answer verify = session.registrationResult(response);
        if (verify.accepted()) {
            passkeys.computeIfAbsent(step.authenticator(), k -> new ArrayDeque<>())
                    .push(JSON.readTree(response).path("id").asString());
        }
        return rp(verify);
    }

    private ActionOutcome signIn(int index, Step.SignInWithPasskey step) {
        String username = step.email() == null ? null
                : Step.SignInWithPasskey.ACCOUNT.equals(step.email()) ? accountEmail() : step.email();
        Answer options = session.authenticationOptions(username, null);
        if (!options.jsonSuccess()) {
            return rp(options);
        }
        SimulatedDevice device = devices.forStep(step.authenticator(), index, step.tamper());
        String response;
        try {
            response = device.client(origin).get(options.optionsJson()).toJson();
        } catch (WebAuthnClientException e) {
            return new ActionOutcome.Refused("the browser", e.name().name(), e.detail());
        }
        return rp(session.authenticationResult(response));
    }

    private ActionOutcome remove(Step.RemovePasskey step) {
        Deque<String> made = passkeys.get(step.authenticator());
        if (made == null || made.isEmpty()) {
            throw new IllegalStateException("authenticator '" + step.authenticator()
                    + "' has created no passkey in this scenario");
        }
        ActionOutcome outcome = rp(session.deletePasskey(made.peek()));
        if (outcome instanceof ActionOutcome.Accepted) {
            made.pop();
        }
        return outcome;
    }

    private Optional<String> prompt(boolean shown) {
        Answer me = session.me();
        if (!me.accepted()) {
            return Optional.of("not signed in: GET /api/me answered " + describe(me));
        }
        boolean prompt = me.body().path("promptForPasskey").asBoolean(false);
        return prompt == shown ? Optional.empty()
                : Optional.of("GET /api/me said promptForPasskey: " + prompt);
    }

    private Optional<String> passkeyCount(int expected) {
        Answer list = session.listPasskeys();
        if (!list.accepted() || !list.body().path("passkeys").isArray()) {
            return Optional.of("GET /api/passkeys answered " + describe(list));
        }
        int count = list.body().path("passkeys").size();
        return count == expected ? Optional.empty() : Optional.of("GET /api/passkeys listed " + count + " passkeys");
    }

    private String accountEmail() {
        if (email == null) {
            throw new IllegalStateException("no account yet: sign up first");
        }
        return email;
    }

    private String displayName() {
        return JourneyAccount.displayName(accountEmail());
    }

    private static ActionOutcome rp(Answer answer) {
        if (answer.accepted()) {
            return new ActionOutcome.Accepted();
        }
        return new ActionOutcome.Refused("the RP", answer.rule() != null ? answer.rule() : "HTTP " + answer.status(),
                answer.errorMessage());
    }

    static String describe(Answer answer) {
        if (!answer.answered()) {
            return "no answer: " + answer.failure();
        }
        return "HTTP " + answer.status() + (answer.errorMessage().isEmpty() ? "" : " " + answer.errorMessage());
    }
}
