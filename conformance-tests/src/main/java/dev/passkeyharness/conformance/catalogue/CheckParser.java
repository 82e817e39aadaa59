package dev.passkeyharness.conformance.catalogue;

import dev.passkeyharness.authenticator.data.Ceremony;
import dev.passkeyharness.authenticator.tamper.Tampering;
import dev.passkeyharness.authenticator.tamper.Tamperings;
import dev.passkeyharness.authenticator.tamper.edit.InvalidEditException;
import dev.passkeyharness.authenticator.tamper.edit.ResponseEdit;
import dev.passkeyharness.conformance.rule.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Turns one check's YAML mapping into a {@link Check}, refusing anything it does not know. */
final class CheckParser {


    private final String file;
    private final YamlFields fields;

    CheckParser(String file) {
        this.file = file;
        this.fields = new YamlFields(file);
    }

    Check parse(YamlNode node) {
        YamlNode.Mapping check = fields.mapping(node, "a check");
        fields.onlyKnown(check, CheckFields.NAMES, "check");
        String id = fields.requiredString(check, CheckFields.ID);
        CheckCeremony ceremony = CheckFields.CEREMONY.required(fields, check);
        Expectation expected = CheckFields.EXPECTED.required(fields, check);
        Level level = CheckFields.LEVEL.read(fields, check, Level.REQUIRED);
        Setup setup = check.members().containsKey(CheckFields.SETUP)
                ? SetupFields.read(fields, check.members().get(CheckFields.SETUP).value()) : Setup.DEFAULT;
        List<String> tamperings = tamperings(check, ceremony);
        List<ResponseEdit> edits = edits(check, ceremony);
        List<OptionsAssertion> assertions = assertions(check, ceremony);
        String rule = rule(check, expected);
        CheckHeader header = new CheckHeader(id, fields.requiredString(check, CheckFields.TITLE),
                fields.requiredString(check, CheckFields.SPEC_REF), level, file + ":" + check.line());
        return switch (ceremony) {
            case OPTIONS -> new Check.Options(header, setup, assertions, expected, rule);
            case REGISTRATION -> new Check.Registration(header, setup, tamperings, edits, expected, rule);
            case AUTHENTICATION -> new Check.Authentication(header, setup, tamperings, edits, expected, rule);
            case JOURNEY, BROWSER -> throw fields.error(check.line(), "a " + CheckFields.CEREMONY.name(ceremony)
                    + " check is a scenario");
        };
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
            fields.onlyKnown(edit, CheckFields.EDIT_NAMES, "edit");
            ResponseEdit.Op op = CheckFields.EDIT_OP.required(fields, edit);
            String pointer = fields.requiredString(edit, CheckFields.EDIT_POINTER);
            if (!pointer.startsWith("/")) {
                throw fields.error(edit.members().get(CheckFields.EDIT_POINTER).line(), "pointer must start with '/': " + pointer);
            }
            YamlNode.Member value = edit.members().get(CheckFields.EDIT_VALUE);
            if (op == ResponseEdit.Op.SET && value == null) {
                throw fields.error(edit.line(), "a set edit needs a value");
            }
            if (op != ResponseEdit.Op.SET && value != null) {
                throw fields.error(value.line(), "only a set edit takes a value");
            }
            edits.add(edit(op, pointer, value, edit.members().get(CheckFields.EDIT_POINTER).line(), ceremony));
        }
        return edits;
    }

    /** The edit with its pointer parsed: a pointer that reaches nothing the check's response has is refused here. */
    private ResponseEdit edit(ResponseEdit.Op op, String pointer, YamlNode.Member value, int pointerLine,
            CheckCeremony ceremony) {
        ResponseEdit edit;
        try {
            edit = new ResponseEdit(op, pointer, value == null ? null : YamlTreeReader.toJson(value.value()));
        } catch (InvalidEditException e) {
            throw fields.error(pointerLine, e.getMessage());
        }
        if (ceremony == CheckCeremony.AUTHENTICATION && edit.pointer().inAttestationObject()) {
            throw fields.error(pointerLine, "edit " + pointer + ": an authentication response has no attestation object");
        }
        return edit;
    }

    private List<OptionsAssertion> assertions(YamlNode.Mapping check, CheckCeremony ceremony) {
        List<OptionsAssertion> assertions = new ArrayList<>();
        List<String> names = CheckFields.ASSERTION.names();
        for (YamlNode item : fields.list(check, CheckFields.ASSERTIONS)) {
            String name = fields.string(item, "an assertion name");
            if (!names.contains(name)) {
                throw fields.error(item.line(), "unknown assertion '" + name + "'; expected one of "
                        + String.join(", ", names));
            }
            assertions.add(CheckFields.ASSERTION.values().get(names.indexOf(name)));
        }
        if (ceremony == CheckCeremony.OPTIONS && assertions.isEmpty()) {
            throw fields.error(check.line(), "an options check needs at least one assertion");
        }
        if (ceremony != CheckCeremony.OPTIONS && !assertions.isEmpty()) {
            throw fields.error(check.members().get(CheckFields.ASSERTIONS).line(), "only an options check has assertions");
        }
        return assertions;
    }

    private String rule(YamlNode.Mapping check, Expectation expected) {
        String rule = fields.optionalChoice(check, "rule", Rule.ids());
        if (rule != null && expected != Expectation.REJECTED) {
            throw fields.error(check.members().get("rule").line(), "only a rejected check names a rule");
        }
        return rule;
    }
}
