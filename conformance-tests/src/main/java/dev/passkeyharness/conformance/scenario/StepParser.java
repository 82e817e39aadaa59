package dev.passkeyharness.conformance.scenario;

import dev.passkeyharness.authenticator.client.DomExceptionName;
import dev.passkeyharness.authenticator.data.Ceremony;
import dev.passkeyharness.authenticator.tamper.Tampering;
import dev.passkeyharness.authenticator.tamper.Tamperings;
import dev.passkeyharness.conformance.catalogue.Step;
import dev.passkeyharness.conformance.catalogue.YamlFields;
import dev.passkeyharness.conformance.catalogue.YamlNode;
import dev.passkeyharness.conformance.rule.Rule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a scenario's {@code steps} list into {@link Step}s. A step is a bare name ({@code - logout}) or a mapping whose
 * first key is the step's name and whose other keys are its options ({@code - createPasskey: phone} then
 * {@code tamper: [...]}).
 */
final class StepParser {

    private static final List<String> STEPS = List.of("signup", "login", "logout", "createPasskey",
            "signInWithPasskey", "signInWithAutofill", "removePasskey", "dismissPrompt", "expect");
    private static final Map<String, Set<String>> OPTIONS = Map.of(
            "createPasskey", Set.of("tamper"),
            "signInWithPasskey", Set.of("email", "tamper"));
    private static final List<String> BARE_EXPECTATIONS = List.of("promptShown", "promptHidden", "signedIn",
            "signedOut", "lastStepRefused", "lastStepAccepted");
    private static final List<String> VALUED_EXPECTATIONS = List.of("passkeyCount", "lastStepRefused");

    private final YamlFields fields;
    private final Set<String> authenticators;
    private final boolean browser;

    /** {@code browser}: the steps run through the pages in Chromium, which cannot tamper but can use autofill. */
    StepParser(YamlFields fields, Set<String> authenticators, boolean browser) {
        this.fields = fields;
        this.authenticators = authenticators;
        this.browser = browser;
    }

    List<Step> parse(List<YamlNode> items) {
        List<Step> steps = new ArrayList<>();
        boolean signedUp = false;
        for (YamlNode item : items) {
            Step step = step(item);
            boolean needsAccount = step instanceof Step.LogIn
                    || step instanceof Step.SignInWithPasskey s && Step.SignInWithPasskey.ACCOUNT.equals(s.email());
            if (needsAccount && !signedUp) {
                throw fields.error(item.line(), step.name() + " needs the scenario's account: sign up first");
            }
            if (step instanceof Step.Expect e && steps.isEmpty()
                    && (e.what() instanceof Step.Expectation.LastStepRefused
                            || e.what() instanceof Step.Expectation.LastStepAccepted)) {
                throw fields.error(item.line(), e.what().describe() + " needs a step before it");
            }
            signedUp |= step instanceof Step.SignUp;
            steps.add(step);
        }
        return steps;
    }

    private Step step(YamlNode item) {
        if (item instanceof YamlNode.Scalar) {
            String name = fields.choice(item, "step", STEPS);
            return bare(name, item);
        }
        YamlNode.Mapping mapping = fields.mapping(item, "a step");
        if (mapping.members().isEmpty()) {
            throw fields.error(item.line(), "an empty step; expected one of " + String.join(", ", STEPS));
        }
        Map.Entry<String, YamlNode.Member> first = mapping.members().entrySet().iterator().next();
        String name = first.getKey();
        if (!STEPS.contains(name)) {
            throw fields.error(first.getValue().line(), "unknown step '" + name + "'; expected one of "
                    + String.join(", ", STEPS));
        }
        Set<String> options = OPTIONS.getOrDefault(name, Set.of());
        mapping.members().forEach((key, member) -> {
            if (!key.equals(name) && !options.contains(key)) {
                String takes = options.isEmpty() ? "; it takes none"
                        : "; it takes: " + String.join(", ", options.stream().sorted().toList());
                throw fields.error(member.line(), "unknown field '" + key + "' in step " + name + takes);
            }
        });
        YamlNode value = first.getValue().value();
        switch (name) {
            case "signup":
                return new Step.SignUp(value instanceof YamlNode.Scalar s && s.value().isNull() ? null
                        : email(value));
            case "createPasskey":
                return new Step.CreatePasskey(authenticator(value), tamper(mapping, Ceremony.REGISTRATION));
            case "signInWithPasskey":
                YamlNode.Member email = mapping.members().get("email");
                return new Step.SignInWithPasskey(authenticator(value),
                        email == null ? null : signInEmail(email.value()), tamper(mapping, Ceremony.AUTHENTICATION));
            case "signInWithAutofill":
                if (!browser) {
                    throw fields.error(first.getValue().line(), "signInWithAutofill needs the login page's autofill: "
                            + "only a scenario with 'ceremony: browser' has it");
                }
                return new Step.SignInWithAutofill(authenticator(value));
            case "removePasskey":
                return new Step.RemovePasskey(authenticator(value));
            case "expect":
                return new Step.Expect(expectation(value));
            default:
                if (value instanceof YamlNode.Scalar s && s.value().isNull()) {
                    return bare(name, item);
                }
                throw fields.error(value.line(), "step " + name + " takes no value");
        }
    }

    private Step bare(String name, YamlNode item) {
        return switch (name) {
            case "signup" -> new Step.SignUp(null);
            case "login" -> new Step.LogIn();
            case "logout" -> new Step.LogOut();
            case "dismissPrompt" -> new Step.DismissPrompt();
            default -> throw fields.error(item.line(), "step " + name + " needs a value"
                    + (name.equals("expect") ? " (what to expect)" : " (an authenticator name)"));
        };
    }

    private String authenticator(YamlNode node) {
        String name = fields.string(node, "an authenticator name");
        if (!authenticators.contains(name)) {
            throw fields.error(node.line(), "unknown authenticator '" + name + "'; this scenario defines "
                    + (authenticators.isEmpty() ? "none" : String.join(", ", authenticators)));
        }
        return name;
    }

    private String email(YamlNode node) {
        String email = fields.string(node, "email");
        if (!email.contains("@") || email.isBlank()) {
            throw fields.error(node.line(), "not an email address: '" + email + "'");
        }
        return email;
    }

    private String signInEmail(YamlNode node) {
        String value = fields.string(node, "email");
        return value.equals(Step.SignInWithPasskey.ACCOUNT) ? value : email(node);
    }

    private List<String> tamper(YamlNode.Mapping step, Ceremony ceremony) {
        List<String> names = new ArrayList<>();
        if (browser && step.members().containsKey("tamper")) {
            throw fields.error(step.members().get("tamper").line(), "a browser scenario cannot tamper: Chromium's "
                    + "virtual authenticator answers as it is");
        }
        for (YamlNode item : fields.listOrSingle(step, "tamper")) {
            String name = fields.string(item, "a tampering name");
            Tampering tampering = Tamperings.byName(name).orElseThrow(() -> fields.error(item.line(),
                    "unknown tampering '" + name + "'; 'passkey-harness authenticator tamperings' lists them"));
            if (!tampering.appliesTo(ceremony)) {
                throw fields.error(item.line(), "tampering '" + name + "' does not apply to a "
                        + ceremony.name().toLowerCase(java.util.Locale.ROOT));
            }
            names.add(name);
        }
        return names;
    }

    private Step.Expectation expectation(YamlNode node) {
        if (node instanceof YamlNode.Scalar) {
            return bareExpectation(fields.choice(node, "expectation", BARE_EXPECTATIONS));
        }
        YamlNode.Mapping mapping = fields.mapping(node, "an expectation");
        if (mapping.members().size() != 1) {
            throw fields.error(mapping.line(), "an expectation names one thing, e.g. {passkeyCount: 1}");
        }
        Map.Entry<String, YamlNode.Member> only = mapping.members().entrySet().iterator().next();
        YamlNode value = only.getValue().value();
        switch (only.getKey()) {
            case "passkeyCount":
                if (!(value instanceof YamlNode.Scalar s) || !s.value().isIntegralNumber() || s.value().asLong() < 0
                        || s.value().asLong() > 1000) {
                    throw fields.error(value.line(), "passkeyCount must be a whole number from 0 to 1000, not "
                            + YamlFields.describe(value));
                }
                return new Step.Expectation.PasskeyCount(((YamlNode.Scalar) value).value().asInt());
            case "lastStepRefused":
                return new Step.Expectation.LastStepRefused(refusal(value));
            default:
                throw fields.error(only.getValue().line(), "unknown expectation '" + only.getKey()
                        + "'; with a value: " + String.join(", ", VALUED_EXPECTATIONS) + "; bare: "
                        + String.join(", ", BARE_EXPECTATIONS));
        }
    }

    private Step.Expectation bareExpectation(String name) {
        return switch (name) {
            case "promptShown" -> new Step.Expectation.PromptShown();
            case "promptHidden" -> new Step.Expectation.PromptHidden();
            case "signedIn" -> new Step.Expectation.SignedIn();
            case "signedOut" -> new Step.Expectation.SignedOut();
            case "lastStepRefused" -> new Step.Expectation.LastStepRefused(null);
            default -> new Step.Expectation.LastStepAccepted();
        };
    }

    /** A DOMException name (the browser refused) or a reference RP rule id (the RP refused). */
    private String refusal(YamlNode node) {
        List<String> known = new ArrayList<>(Arrays.stream(DomExceptionName.values()).map(Enum::name).toList());
        known.addAll(Rule.ids());
        String value = fields.string(node, "lastStepRefused");
        if (!known.contains(value)) {
            throw fields.error(node.line(), "lastStepRefused '" + value
                    + "' is neither a DOMException name nor a reference RP rule id; DOMException names: "
                    + String.join(", ", Arrays.stream(DomExceptionName.values()).map(Enum::name).toList()));
        }
        return value;
    }
}
