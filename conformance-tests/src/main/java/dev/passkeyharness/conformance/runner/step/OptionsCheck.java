package dev.passkeyharness.conformance.runner.step;

import dev.passkeyharness.authenticator.device.SimulatedDevice;
import dev.passkeyharness.authenticator.tamper.TamperSet;
import dev.passkeyharness.conformance.catalogue.Check;
import dev.passkeyharness.conformance.catalogue.OptionsAssertion;
import dev.passkeyharness.conformance.runner.judge.StepOutcome;
import dev.passkeyharness.conformance.target.Answer;
import dev.passkeyharness.conformance.target.OptionsRequest;
import dev.passkeyharness.conformance.target.RpSession;
import dev.passkeyharness.conformance.target.RpTarget;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import tools.jackson.databind.node.ObjectNode;

/** OPTIONS checks: the options the RP sends, held to the named {@link OptionsAssertion}s (WebAuthn L3 §5.4, §5.5). */
public final class OptionsCheck {

    /** The FIDO tools' example extension, which a conformance server echoes. */
    static final String EXAMPLE_EXTENSION = "example.extension.bool";

    private final CheckRun run;
    private final Check.Options check;
    private final Ceremonies ceremonies;

    public OptionsCheck(CheckRun run, Check.Options check) {
        this.run = run;
        this.check = check;
        this.ceremonies = new Ceremonies(run);
    }

    public StepOutcome run() {
        List<OptionsAssertion> assertions = check.assertions();
        boolean echoes = assertions.stream().anyMatch(a -> a.name().endsWith("_ECHOED"));
        if (echoes && !run.can(RpTarget.Capability.CONFORMANCE_API)) {
            throw CheckStop.skip("echo checks need the conformance API's request members");
        }
        RpSession session = run.newSession();
        String username = run.username("a");
        String uv = run.setup().userVerification() != null ? Ceremonies.member(run.setup().userVerification())
                : assertions.contains(OptionsAssertion.USER_VERIFICATION_ECHOED)
                        || assertions.contains(OptionsAssertion.AUTHENTICATOR_SELECTION_ECHOED) ? "preferred" : null;
        boolean readsRequestOptions = assertions.stream().anyMatch(OptionsAssertions::aboutRequestOptions);
        String registered = null;
        // request options are for a user with a credential: the conformance API refuses them for an unknown user
        if (readsRequestOptions || assertions.contains(OptionsAssertion.EXCLUDE_CREDENTIALS_LISTS_REGISTERED)) {
            SimulatedDevice device = Authenticators.fresh(run, "device", TamperSet.NONE);
            registered = ceremonies.register(session, username, device);
        } else {
            ceremonies.prepareUser(session, username);
        }
        OptionsRequest sent = request(username, uv, assertions);
        Supplier<Answer> creation = once(() -> session.registrationOptions(sent));
        boolean requestKind = assertions.stream().allMatch(OptionsAssertions::aboutRequestOptions);
        Supplier<Answer> second = once(() -> requestKind ? session.authenticationOptions(username, uv)
                : session.registrationOptions(sent));
        Supplier<Answer> requestOptions = once(() -> session.authenticationOptions(username, uv));
        OptionsProbe probe = new OptionsProbe(sent, URI.create(run.target().origin()).getHost(),
                requestKind ? requestOptions : creation, second, requestOptions, run.enveloped(), uv, registered);
        List<String> failures = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (OptionsAssertion assertion : assertions) {
            OptionsAssertions.evaluate(assertion, probe).ifPresent(failures::add);
            OptionsAssertions.reading(assertion, probe).ifPresent(notes::add);
        }
        return new StepOutcome.Evaluated(assertions.size(), failures, notes);
    }

    /** The setup's request, with something to echo for each echo assertion that the setup leaves open. */
    private OptionsRequest request(String username, String uv, List<OptionsAssertion> assertions) {
        OptionsRequest base = ceremonies.creationRequest(username);
        boolean selection = assertions.contains(OptionsAssertion.AUTHENTICATOR_SELECTION_ECHOED);
        String residentKey = base.residentKey() == null && selection ? "preferred" : base.residentKey();
        String attestation = base.attestation() == null && assertions.contains(OptionsAssertion.ATTESTATION_ECHOED)
                ? "direct" : base.attestation();
        ObjectNode extensions = null;
        if (assertions.contains(OptionsAssertion.EXTENSIONS_ECHOED)) {
            extensions = Ceremonies.JSON.createObjectNode().put(EXAMPLE_EXTENSION, true);
        }
        return new OptionsRequest(username, base.displayName(), residentKey, uv, attestation, extensions);
    }

    private static <T> Supplier<T> once(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }
}
