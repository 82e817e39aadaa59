package dev.passkeyharness.conformance.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** A YAML node that remembers the line it started on, so catalogue errors can point at it. */
public sealed interface YamlNode permits YamlNode.Mapping, YamlNode.Sequence, YamlNode.Scalar {

    int line();

    /** What the node is, for messages: "a mapping", "a list", "a string"… */
    String kind();

    /** A mapping with string keys, in file order; each member keeps the line of its key. */
    record Mapping(int line, Map<String, Member> members) implements YamlNode {
        public Mapping {
            members = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(members));
        }

        @Override
        public String kind() {
            return "a mapping";
        }
    }

    /** One key of a mapping: where the key is written and its value. */
    record Member(int line, YamlNode value) {
    }

    record Sequence(int line, List<YamlNode> items) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String kind() {
            return "a list";
        }
    }

    /** A string, number, boolean or null. */
    record Scalar(int line, JsonNode value) implements YamlNode {
        @Override
        public String kind() {
            if (value.isString()) {
                return "a string";
            }
            if (value.isNumber()) {
                return "a number";
            }
            if (value.isBoolean()) {
                return "a boolean";
            }
            return "null";
        }
    }
}
