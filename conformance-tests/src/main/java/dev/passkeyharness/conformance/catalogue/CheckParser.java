package dev.passkeyharness.conformance.catalogue;

import dev.passkeyharness.authenticator.attestation.AttestationFormat;
import dev.passkeyharness.authenticator.metadata.MetadataModels;
import dev.passkeyharness.authenticator.profile.Profiles;
import dev.passkeyharness.authenticator.tamper.Ceremony;
import dev.passkeyharness.authenticator.tamper.Tampering;
import dev.passkeyharness.authenticator.tamper.Tamperings;
import dev.passkeyharness.rp.webauthn.Rule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Turns one check's YAML mapping into a {@link Check}, refusing anything it does not know. */
final class CheckParser {

    private static final Set<String> CHECK_FIELDS = Set.of("id", "title", "specRef", "ceremony", "setup", "tamperings",
            "edits", "assertions", "expected", "rule", "level");
    private static final Set<String> SETUP_FIELDS = Set.of("profile", "algorithm", "attestation", "userVerification",
            "residentKey", "attestationConveyance", "signInsBefore", "procedure", "metadata");
    private static final Set<String> EDIT_FIELDS = Set.of("op", "pointer", "value");
    private static final List<String> PREFERENCES = List.of("required", "preferred", "discouraged");
    private static final List<String> CONVEYANCES = List.of("none", "indirect", "direct", "enterprise");
    /**
     * COSE algorithm names a check may ask for (IANA COSE Algorithms registry); the authenticator makes all of them.
     */
    static final List<String> ALGORITHMS = List.of("ES256", "ES384", "ES512", "EdDSA", "RS256", "PS256",
            "ES256K", "RS1", "RS384", "RS512", "PS384", "PS512");

    /** Test metadata models, and "listed": the profile's own AAGUID as the run's metadata lists it. */
    static final List<String> METADATA = Stream.concat(Stream.of(Setup.LISTED), MetadataModels.names().stream())
            .toList();

    private final String file;

    CheckParser(String file) {
        this.file = file;
    }

    Check parse(YamlNode node) {
        YamlNode.Mapping check = mapping(node, "a check");
        onlyKnown(check, CHECK_FIELDS, "check");
        String id = requiredString(check, "id");
        CheckCeremony ceremony = choice(check, "ceremony", List.of("options", "registration", "authentication"),
                name -> CheckCeremony.valueOf(name.toUpperCase(Locale.ROOT)));
        Expectation expected = choice(check, "expected", List.of("accepted", "rejected"),
                name -> Expectation.valueOf(name.toUpperCase(Locale.ROOT)));
        Level level = check.members().containsKey("level")
                ? choice(check, "level", List.of("required", "optional", "advisory"),
                        name -> Level.valueOf(name.toUpperCase(Locale.ROOT)))
                : Level.REQUIRED;
        Setup setup = check.members().containsKey("setup") ? setup(check.members().get("setup").value()) : Setup.DEFAULT;
        List<String> tamperings = tamperings(check, ceremony);
        List<ResponseEdit> edits = edits(check, ceremony);
        List<String> assertions = assertions(check, ceremony);
        String rule = rule(check, expected);
        return new Check(id, requiredString(check, "title"), requiredString(check, "specRef"), ceremony, setup,
                tamperings, edits, assertions, expected, rule, level, file + ":" + check.line());
    }

    private Setup setup(YamlNode node) {
        YamlNode.Mapping setup = mapping(node, "setup");
        onlyKnown(setup, SETUP_FIELDS, "setup");
        String profile = optionalChoice(setup, "profile", Profiles.all().stream().map(p -> p.name()).toList());
        List<String> formats = Arrays.stream(AttestationFormat.values()).map(AttestationFormat::cliName).toList();
        int signIns = 0;
        if (setup.members().containsKey("signInsBefore")) {
            YamlNode.Member member = setup.members().get("signInsBefore");
            if (!(member.value() instanceof YamlNode.Scalar s) || !s.value().isIntegralNumber()
                    || s.value().asLong() < 0 || s.value().asLong() > 5) {
                throw error(member.value().line(), "signInsBefore must be a whole number from 0 to 5, not "
                        + describe(member.value()));
            }
            signIns = s.value().asInt();
        }
        String procedure = optionalChoice(setup, "procedure",
                Arrays.stream(Procedure.values()).map(p -> p.name().toLowerCase(Locale.ROOT)).toList());
        return new Setup(
                profile == null ? Setup.DEFAULT.profile() : profile,
                optionalChoice(setup, "algorithm", ALGORITHMS),
                optionalChoice(setup, "attestation", formats),
                optionalChoice(setup, "userVerification", PREFERENCES),
                optionalChoice(setup, "residentKey", PREFERENCES),
                optionalChoice(setup, "attestationConveyance", CONVEYANCES),
                signIns,
                procedure == null ? Procedure.STANDARD : Procedure.valueOf(procedure.toUpperCase(Locale.ROOT)),
                optionalChoice(setup, "metadata", METADATA));
    }

    private List<String> tamperings(YamlNode.Mapping check, CheckCeremony ceremony) {
        List<String> names = new ArrayList<>();
        for (YamlNode item : list(check, "tamperings")) {
            String name = string(item, "a tampering name");
            Tampering tampering = Tamperings.byName(name).orElseThrow(() -> error(item.line(),
                    "unknown tampering '" + name + "'"));
            Ceremony wanted = ceremony == CheckCeremony.AUTHENTICATION ? Ceremony.AUTHENTICATION : Ceremony.REGISTRATION;
            if (ceremony == CheckCeremony.OPTIONS || !tampering.appliesTo(wanted)) {
                throw error(item.line(), "tampering '" + name + "' does not apply to a "
                        + ceremony.name().toLowerCase(Locale.ROOT) + " check");
            }
            names.add(name);
        }
        return names;
    }

    private List<ResponseEdit> edits(YamlNode.Mapping check, CheckCeremony ceremony) {
        List<ResponseEdit> edits = new ArrayList<>();
        for (YamlNode item : list(check, "edits")) {
            if (ceremony == CheckCeremony.OPTIONS) {
                throw error(item.line(), "an options check has no response to edit");
            }
            YamlNode.Mapping edit = mapping(item, "an edit");
            onlyKnown(edit, EDIT_FIELDS, "edit");
            ResponseEdit.Op op = choice(edit, "op", List.of("remove", "set", "type-swap"),
                    name -> ResponseEdit.Op.valueOf(name.replace('-', '_').toUpperCase(Locale.ROOT)));
            String pointer = requiredString(edit, "pointer");
            if (!pointer.startsWith("/")) {
                throw error(edit.members().get("pointer").line(), "pointer must start with '/': " + pointer);
            }
            YamlNode.Member value = edit.members().get("value");
            if (op == ResponseEdit.Op.SET && value == null) {
                throw error(edit.line(), "a set edit needs a value");
            }
            if (op != ResponseEdit.Op.SET && value != null) {
                throw error(value.line(), "only a set edit takes a value");
            }
            edits.add(new ResponseEdit(op, pointer, value == null ? null : YamlTreeReader.toJson(value.value())));
        }
        return edits;
    }

    private List<String> assertions(YamlNode.Mapping check, CheckCeremony ceremony) {
        List<String> names = new ArrayList<>();
        for (YamlNode item : list(check, "assertions")) {
            String name = string(item, "an assertion name");
            if (OptionsAssertion.byName(name).isEmpty()) {
                throw error(item.line(), "unknown assertion '" + name + "'; expected one of "
                        + Arrays.stream(OptionsAssertion.values()).map(Enum::name).collect(Collectors.joining(", ")));
            }
            names.add(name);
        }
        if (ceremony == CheckCeremony.OPTIONS && names.isEmpty()) {
            throw error(check.line(), "an options check needs at least one assertion");
        }
        if (ceremony != CheckCeremony.OPTIONS && !names.isEmpty()) {
            throw error(check.members().get("assertions").line(), "only an options check has assertions");
        }
        return names;
    }

    private String rule(YamlNode.Mapping check, Expectation expected) {
        List<String> ids = Arrays.stream(Rule.values()).map(Rule::id).toList();
        String rule = optionalChoice(check, "rule", ids);
        if (rule != null && expected != Expectation.REJECTED) {
            throw error(check.members().get("rule").line(), "only a rejected check names a rule");
        }
        return rule;
    }

    // --- small readers -------------------------------------------------------------------------------------------

    private YamlNode.Mapping mapping(YamlNode node, String what) {
        if (node instanceof YamlNode.Mapping m) {
            return m;
        }
        throw error(node.line(), what + " must be a mapping, not " + describe(node));
    }

    private void onlyKnown(YamlNode.Mapping mapping, Set<String> known, String what) {
        mapping.members().forEach((key, member) -> {
            if (!known.contains(key)) {
                throw error(member.line(), "unknown field '" + key + "' in " + what + "; known fields: "
                        + known.stream().sorted().collect(Collectors.joining(", ")));
            }
        });
    }

    private String requiredString(YamlNode.Mapping mapping, String field) {
        YamlNode.Member member = mapping.members().get(field);
        if (member == null) {
            throw error(mapping.line(), "missing required field '" + field + "'");
        }
        String value = string(member.value(), field);
        if (value.isBlank()) {
            throw error(member.value().line(), field + " must not be blank");
        }
        return value;
    }

    private String string(YamlNode node, String what) {
        if (node instanceof YamlNode.Scalar s && s.value().isString()) {
            return s.value().asString();
        }
        throw error(node.line(), what + " must be a string, not " + describe(node));
    }

    private List<YamlNode> list(YamlNode.Mapping mapping, String field) {
        YamlNode.Member member = mapping.members().get(field);
        if (member == null) {
            return List.of();
        }
        if (member.value() instanceof YamlNode.Sequence s) {
            return s.items();
        }
        throw error(member.value().line(), field + " must be a list, not " + describe(member.value()));
    }

    private <T> T choice(YamlNode.Mapping mapping, String field, List<String> allowed, Function<String, T> convert) {
        if (!mapping.members().containsKey(field)) {
            throw error(mapping.line(), "missing required field '" + field + "'");
        }
        return convert.apply(optionalChoice(mapping, field, allowed));
    }

    private String optionalChoice(YamlNode.Mapping mapping, String field, List<String> allowed) {
        YamlNode.Member member = mapping.members().get(field);
        if (member == null) {
            return null;
        }
        String value = string(member.value(), field);
        if (!allowed.contains(value)) {
            throw error(member.value().line(), "unknown " + field + " '" + value + "'; expected one of "
                    + String.join(", ", allowed));
        }
        return value;
    }

    private static String describe(YamlNode node) {
        return node instanceof YamlNode.Scalar s && !s.value().isNull() ? node.kind() + " (" + s.value() + ")" : node.kind();
    }

    private CatalogueException error(int line, String problem) {
        return new CatalogueException(file, line, problem);
    }
}
