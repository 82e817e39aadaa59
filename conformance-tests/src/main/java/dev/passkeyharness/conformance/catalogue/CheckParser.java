package dev.passkeyharness.conformance.catalogue;

import dev.passkeyharness.authenticator.attestation.AttestationFormat;
import dev.passkeyharness.authenticator.data.Ceremony;
import dev.passkeyharness.authenticator.metadata.MetadataModels;
import dev.passkeyharness.authenticator.profile.Profiles;
import dev.passkeyharness.authenticator.tamper.Tampering;
import dev.passkeyharness.authenticator.tamper.Tamperings;
import dev.passkeyharness.conformance.rule.Rule;
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
    private final YamlFields fields;

    CheckParser(String file) {
        this.file = file;
        this.fields = new YamlFields(file);
    }

    Check parse(YamlNode node) {
        YamlNode.Mapping check = fields.mapping(node, "a check");
        fields.onlyKnown(check, CHECK_FIELDS, "check");
        String id = fields.requiredString(check, "id");
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
        return new Check(id, fields.requiredString(check, "title"), fields.requiredString(check, "specRef"), ceremony, setup,
                tamperings, edits, assertions, expected, rule, level, file + ":" + check.line());
    }

    private Setup setup(YamlNode node) {
        YamlNode.Mapping setup = fields.mapping(node, "setup");
        fields.onlyKnown(setup, SETUP_FIELDS, "setup");
        String profile = fields.optionalChoice(setup, "profile", Profiles.all().stream().map(p -> p.name()).toList());
        List<String> formats = Arrays.stream(AttestationFormat.values()).map(AttestationFormat::cliName).toList();
        int signIns = 0;
        if (setup.members().containsKey("signInsBefore")) {
            YamlNode.Member member = setup.members().get("signInsBefore");
            if (!(member.value() instanceof YamlNode.Scalar s) || !s.value().isIntegralNumber()
                    || s.value().asLong() < 0 || s.value().asLong() > 5) {
                throw fields.error(member.value().line(), "signInsBefore must be a whole number from 0 to 5, not "
                        + YamlFields.describe(member.value()));
            }
            signIns = s.value().asInt();
        }
        String procedure = fields.optionalChoice(setup, "procedure",
                Arrays.stream(Procedure.values()).map(p -> p.name().toLowerCase(Locale.ROOT)).toList());
        return new Setup(
                profile == null ? Setup.DEFAULT.profile() : profile,
                fields.optionalChoice(setup, "algorithm", ALGORITHMS),
                fields.optionalChoice(setup, "attestation", formats),
                fields.optionalChoice(setup, "userVerification", PREFERENCES),
                fields.optionalChoice(setup, "residentKey", PREFERENCES),
                fields.optionalChoice(setup, "attestationConveyance", CONVEYANCES),
                signIns,
                procedure == null ? Procedure.STANDARD : Procedure.valueOf(procedure.toUpperCase(Locale.ROOT)),
                fields.optionalChoice(setup, "metadata", METADATA));
    }

    private List<String> tamperings(YamlNode.Mapping check, CheckCeremony ceremony) {
        List<String> names = new ArrayList<>();
        for (YamlNode item : fields.list(check, "tamperings")) {
            String name = fields.string(item, "a tampering name");
            Tampering tampering = Tamperings.byName(name).orElseThrow(() -> fields.error(item.line(),
                    "unknown tampering '" + name + "'"));
            Ceremony wanted = ceremony == CheckCeremony.AUTHENTICATION ? Ceremony.AUTHENTICATION : Ceremony.REGISTRATION;
            if (ceremony == CheckCeremony.OPTIONS || !tampering.appliesTo(wanted)) {
                throw fields.error(item.line(), "tampering '" + name + "' does not apply to a "
                        + ceremony.name().toLowerCase(Locale.ROOT) + " check");
            }
            names.add(name);
        }
        return names;
    }

    private List<ResponseEdit> edits(YamlNode.Mapping check, CheckCeremony ceremony) {
        List<ResponseEdit> edits = new ArrayList<>();
        for (YamlNode item : fields.list(check, "edits")) {
            if (ceremony == CheckCeremony.OPTIONS) {
                throw fields.error(item.line(), "an options check has no response to edit");
            }
            YamlNode.Mapping edit = fields.mapping(item, "an edit");
            fields.onlyKnown(edit, EDIT_FIELDS, "edit");
            ResponseEdit.Op op = choice(edit, "op", List.of("remove", "set", "type-swap"),
                    name -> ResponseEdit.Op.valueOf(name.replace('-', '_').toUpperCase(Locale.ROOT)));
            String pointer = fields.requiredString(edit, "pointer");
            if (!pointer.startsWith("/")) {
                throw fields.error(edit.members().get("pointer").line(), "pointer must start with '/': " + pointer);
            }
            YamlNode.Member value = edit.members().get("value");
            if (op == ResponseEdit.Op.SET && value == null) {
                throw fields.error(edit.line(), "a set edit needs a value");
            }
            if (op != ResponseEdit.Op.SET && value != null) {
                throw fields.error(value.line(), "only a set edit takes a value");
            }
            edits.add(new ResponseEdit(op, pointer, value == null ? null : YamlTreeReader.toJson(value.value())));
        }
        return edits;
    }

    private List<String> assertions(YamlNode.Mapping check, CheckCeremony ceremony) {
        List<String> names = new ArrayList<>();
        for (YamlNode item : fields.list(check, "assertions")) {
            String name = fields.string(item, "an assertion name");
            if (OptionsAssertion.byName(name).isEmpty()) {
                throw fields.error(item.line(), "unknown assertion '" + name + "'; expected one of "
                        + Arrays.stream(OptionsAssertion.values()).map(Enum::name).collect(Collectors.joining(", ")));
            }
            names.add(name);
        }
        if (ceremony == CheckCeremony.OPTIONS && names.isEmpty()) {
            throw fields.error(check.line(), "an options check needs at least one assertion");
        }
        if (ceremony != CheckCeremony.OPTIONS && !names.isEmpty()) {
            throw fields.error(check.members().get("assertions").line(), "only an options check has assertions");
        }
        return names;
    }

    private String rule(YamlNode.Mapping check, Expectation expected) {
        String rule = fields.optionalChoice(check, "rule", Rule.ids());
        if (rule != null && expected != Expectation.REJECTED) {
            throw fields.error(check.members().get("rule").line(), "only a rejected check names a rule");
        }
        return rule;
    }

    // --- small readers -------------------------------------------------------------------------------------------

    private <T> T choice(YamlNode.Mapping mapping, String field, List<String> allowed, Function<String, T> convert) {
        if (!mapping.members().containsKey(field)) {
            throw fields.error(mapping.line(), "missing required field '" + field + "'");
        }
        return convert.apply(fields.optionalChoice(mapping, field, allowed));
    }
}
