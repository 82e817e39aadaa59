package dev.passkeyharness.conformance.catalogue;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import tools.jackson.databind.node.ObjectNode;

/**
 * A check field whose value is one of a closed set, each with the name files write: read from a check's YAML and
 * written to its JSON by the same table, so the two cannot drift.
 *
 * @param field the field's name in catalogue files and transcripts
 * @param values the allowed values, in the order error messages list their names
 */
record Choice<T>(String field, List<T> values, Function<T, String> naming) {

    Choice {
        values = List.copyOf(values);
    }

    /** The enum's constants, named in lower case with '-' for '_' when {@code dashed}, else with '_' kept. */
    static <E extends Enum<E>> Choice<E> of(String field, E[] constants, boolean dashed) {
        return new Choice<>(field, List.of(constants), value -> {
            String lower = value.name().toLowerCase(Locale.ROOT);
            return dashed ? lower.replace('_', '-') : lower;
        });
    }

    List<String> names() {
        return values.stream().map(naming).toList();
    }

    String name(T value) {
        return naming.apply(value);
    }

    /** The field's value, or null when it is absent; an unknown name is refused at its line. */
    T read(YamlFields fields, YamlNode.Mapping mapping) {
        String name = fields.optionalChoice(mapping, field, names());
        return name == null ? null : values.get(names().indexOf(name));
    }

    /** The field's value, or {@code absent} when the field is not there. */
    T read(YamlFields fields, YamlNode.Mapping mapping, T absent) {
        T value = read(fields, mapping);
        return value == null ? absent : value;
    }

    T required(YamlFields fields, YamlNode.Mapping mapping) {
        if (!mapping.members().containsKey(field)) {
            throw fields.error(mapping.line(), "missing required field '" + field + "'");
        }
        return read(fields, mapping);
    }

    /** Writes the value's name; a null value writes nothing. */
    void write(ObjectNode node, T value) {
        if (value != null) {
            node.put(field, name(value));
        }
    }
}
