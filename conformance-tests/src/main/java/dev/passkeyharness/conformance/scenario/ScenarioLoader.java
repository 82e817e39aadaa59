package dev.passkeyharness.conformance.scenario;

import dev.passkeyharness.authenticator.attestation.AttestationFormat;
import dev.passkeyharness.authenticator.profile.Profiles;
import dev.passkeyharness.authenticator.user.SimulatedUser;
import dev.passkeyharness.conformance.catalogue.AuthenticatorSpec;
import dev.passkeyharness.conformance.catalogue.CatalogueException;
import dev.passkeyharness.conformance.catalogue.CatalogueFile;
import dev.passkeyharness.conformance.catalogue.CheckCeremony;
import dev.passkeyharness.conformance.catalogue.Level;
import dev.passkeyharness.conformance.catalogue.Scenario;
import dev.passkeyharness.conformance.catalogue.Step;
import dev.passkeyharness.conformance.catalogue.YamlFields;
import dev.passkeyharness.conformance.catalogue.YamlNode;
import dev.passkeyharness.conformance.catalogue.YamlTreeReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads scenario files strictly: each is one YAML mapping (id, title, specRef, level, ceremony, authenticators, steps);
 * unknown
 * fields, steps, authenticators and tamperings, wrong types and duplicate ids across files are refused with a
 * {@code file:line:} message ({@link CatalogueException}).
 */
public final class ScenarioLoader {

    private static final Set<String> SCENARIO_FIELDS = Set.of("id", "title", "specRef", "level", "ceremony",
            "authenticators", "steps");
    private static final Set<String> AUTHENTICATOR_FIELDS = Set.of("profile", "alg", "attestation", "user");
    private static final List<String> USERS = List.of("approve", "decline", "no-uv");
    /** COSE algorithm names the authenticator can make keys for. */
    private static final List<String> ALGORITHMS = List.of("ES256", "ES384", "ES512", "EdDSA", "RS256", "PS256");
    private static final String DEFAULT_SPEC_REF = "WebAuthn L3 §5.1.3, §5.1.4 (onboarding journey)";

    private ScenarioLoader() {
    }

    /** The scenarios of {@code files}, in order. */
    public static List<Scenario> loadFiles(List<Path> files) {
        return load(files.stream().map(CatalogueFile::of).toList());
    }

    /** The scenarios of {@code sources}, in order; ids must be unique across them. */
    public static List<Scenario> load(List<CatalogueFile> sources) {
        List<Scenario> scenarios = new ArrayList<>();
        Map<String, Scenario> byId = new HashMap<>();
        for (CatalogueFile source : sources) {
            Scenario scenario = read(source);
            Scenario earlier = byId.putIfAbsent(scenario.id(), scenario);
            if (earlier != null) {
                int line = Integer.parseInt(scenario.source().substring(scenario.source().lastIndexOf(':') + 1));
                throw new CatalogueException(source.name(), line,
                        "duplicate scenario id '" + scenario.id() + "', first defined at " + earlier.source());
            }
            scenarios.add(scenario);
        }
        return List.copyOf(scenarios);
    }

    /** One scenario file. */
    public static Scenario read(CatalogueFile source) {
        YamlFields fields = new YamlFields(source.name());
        YamlNode document = YamlTreeReader.read(source.name(), source.text());
        YamlNode.Mapping top = fields.mapping(document, "a scenario file");
        fields.onlyKnown(top, SCENARIO_FIELDS, "scenario");
        String id = fields.requiredString(top, "id");
        String title = fields.requiredString(top, "title");
        String specRef = top.members().containsKey("specRef") ? fields.requiredString(top, "specRef") : DEFAULT_SPEC_REF;
        String level = fields.optionalChoice(top, "level", List.of("required", "optional", "advisory"));
        String ceremony = fields.optionalChoice(top, "ceremony", List.of("journey", "browser"));
        CheckCeremony runsAs = "browser".equals(ceremony) ? CheckCeremony.BROWSER : CheckCeremony.JOURNEY;
        Map<String, AuthenticatorSpec> authenticators = authenticators(top, fields);
        YamlNode.Member stepsMember = top.members().get("steps");
        if (stepsMember == null) {
            throw fields.error(top.line(), "missing required field 'steps'");
        }
        if (!(stepsMember.value() instanceof YamlNode.Sequence list) || list.items().isEmpty()) {
            throw fields.error(stepsMember.value().line(), "steps must be a non-empty list, not "
                    + YamlFields.describe(stepsMember.value()));
        }
        List<Step> steps = new StepParser(fields, authenticators.keySet(), runsAs == CheckCeremony.BROWSER)
                .parse(list.items());
        return new Scenario(id, title, specRef,
                level == null ? Level.REQUIRED : Level.valueOf(level.toUpperCase(Locale.ROOT)),
                authenticators, steps, source.name() + ":" + top.line(), runsAs);
    }

    private static Map<String, AuthenticatorSpec> authenticators(YamlNode.Mapping top, YamlFields fields) {
        Map<String, AuthenticatorSpec> out = new LinkedHashMap<>();
        YamlNode.Member member = top.members().get("authenticators");
        if (member == null) {
            return out;
        }
        YamlNode.Mapping all = fields.mapping(member.value(), "authenticators");
        List<String> profiles = Profiles.all().stream().map(p -> p.name()).toList();
        List<String> formats = Arrays.stream(AttestationFormat.values()).map(AttestationFormat::cliName).toList();
        all.members().forEach((name, value) -> {
            YamlNode.Mapping device = fields.mapping(value.value(), "authenticator '" + name + "'");
            fields.onlyKnown(device, AUTHENTICATOR_FIELDS, "authenticator '" + name + "'");
            if (!device.members().containsKey("profile")) {
                throw fields.error(device.line(), "authenticator '" + name + "' needs a profile: one of "
                        + String.join(", ", profiles));
            }
            String user = fields.optionalChoice(device, "user", USERS);
            out.put(name, new AuthenticatorSpec(
                    fields.optionalChoice(device, "profile", profiles),
                    fields.optionalChoice(device, "alg", ALGORITHMS),
                    fields.optionalChoice(device, "attestation", formats),
                    user == null ? SimulatedUser.APPROVE : SimulatedUser.fromCliName(user)));
        });
        return out;
    }
}
