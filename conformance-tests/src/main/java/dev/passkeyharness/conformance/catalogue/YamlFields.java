package dev.passkeyharness.conformance.catalogue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Strict readers of one YAML file's nodes (catalogue, scenario, transcript); every refusal names {@code file:line}. */
public final class YamlFields {

    private final String file;

    public YamlFields(String file) {
        this.file = file;
    }

    public YamlNode.Mapping mapping(YamlNode node, String what) {
        if (node instanceof YamlNode.Mapping m) {
            return m;
        }
        throw error(node.line(), what + " must be a mapping, not " + describe(node));
    }

    public void onlyKnown(YamlNode.Mapping mapping, Set<String> known, String what) {
        mapping.members().forEach((key, member) -> {
            if (!known.contains(key)) {
                throw error(member.line(), "unknown field '" + key + "' in " + what + "; known fields: "
                        + known.stream().sorted().collect(Collectors.joining(", ")));
            }
        });
    }

    public String requiredString(YamlNode.Mapping mapping, String field) {
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

    public String string(YamlNode node, String what) {
        if (node instanceof YamlNode.Scalar s && s.value().isString()) {
            return s.value().asString();
        }
        throw error(node.line(), what + " must be a string, not " + describe(node));
    }

    /** The field's list; empty when the field is absent. */
    public List<YamlNode> list(YamlNode.Mapping mapping, String field) {
        return list(mapping, field, false);
    }

    /** The field's list, where a single string stands for a list of one. */
    public List<YamlNode> listOrSingle(YamlNode.Mapping mapping, String field) {
        return list(mapping, field, true);
    }

    private List<YamlNode> list(YamlNode.Mapping mapping, String field, boolean singleString) {
        YamlNode.Member member = mapping.members().get(field);
        if (member == null) {
            return List.of();
        }
        if (member.value() instanceof YamlNode.Sequence s) {
            return s.items();
        }
        if (singleString && member.value() instanceof YamlNode.Scalar s && s.value().isString()) {
            return List.of(member.value());
        }
        throw error(member.value().line(), field + " must be a list, not " + describe(member.value()));
    }

    public String optionalChoice(YamlNode.Mapping mapping, String field, List<String> allowed) {
        YamlNode.Member member = mapping.members().get(field);
        if (member == null) {
            return null;
        }
        return choice(member.value(), field, allowed);
    }

    public String choice(YamlNode node, String field, List<String> allowed) {
        String value = string(node, field);
        if (!allowed.contains(value)) {
            throw error(node.line(), "unknown " + field + " '" + value + "'; expected one of "
                    + String.join(", ", allowed));
        }
        return value;
    }

    public static String describe(YamlNode node) {
        return node instanceof YamlNode.Scalar s && !s.value().isNull() ? node.kind() + " (" + s.value() + ")"
                : node.kind();
    }

    public CatalogueException error(int line, String problem) {
        return new CatalogueException(file, line, problem);
    }
}
