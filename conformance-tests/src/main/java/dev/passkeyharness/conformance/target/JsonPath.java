package dev.passkeyharness.conformance.target;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * A JSON pointer (RFC 6901) whose segments may also be {@code *}, every member of an array or object there:
 * {@code /passkeys/{@literal *}/id} names each listed passkey's id. The empty path is the whole document.
 */
public record JsonPath(String text, List<String> segments) {

    public static final JsonPath ROOT = new JsonPath("", List.of());

    public JsonPath {
        Objects.requireNonNull(text, "text");
        segments = List.copyOf(segments);
    }

    /** Parses {@code ""} or {@code /a/b/~1c}; anything else is an {@link IllegalArgumentException}. */
    public static JsonPath parse(String text) {
        if (text.isEmpty() || text.equals("/")) {
            return ROOT;
        }
        if (!text.startsWith("/")) {
            throw new IllegalArgumentException("a JSON pointer starts with '/': '" + text + "'");
        }
        List<String> segments = new ArrayList<>();
        for (String raw : text.substring(1).split("/", -1)) {
            if (raw.matches(".*~(?![01]).*")) {
                throw new IllegalArgumentException("'~' in a JSON pointer must be ~0 or ~1: '" + text + "'");
            }
            segments.add(raw.replace("~1", "/").replace("~0", "~"));
        }
        return new JsonPath(text, segments);
    }

    public boolean isRoot() {
        return segments.isEmpty();
    }

    /** Every node the path names in {@code document} (none when a member is missing). */
    public List<JsonNode> select(JsonNode document) {
        List<JsonNode> nodes = new ArrayList<>();
        if (document != null) {
            select(document, 0, nodes);
        }
        return nodes;
    }

    /** The one node the path names, or a missing node. */
    public JsonNode first(JsonNode document) {
        List<JsonNode> nodes = select(document);
        return nodes.isEmpty() ? tools.jackson.databind.node.MissingNode.getInstance() : nodes.get(0);
    }

    private void select(JsonNode node, int index, List<JsonNode> into) {
        if (index == segments.size()) {
            into.add(node);
            return;
        }
        String segment = segments.get(index);
        if (segment.equals("*")) {
            for (JsonNode child : node.isArray() || node.isObject() ? node.values() : List.<JsonNode>of()) {
                select(child, index + 1, into);
            }
            return;
        }
        JsonNode child = node.isArray() && segment.matches("0|[1-9][0-9]{0,8}") ? node.get(Integer.parseInt(segment))
                : node.isObject() ? node.get(segment) : null;
        if (child != null) {
            select(child, index + 1, into);
        }
    }

    @Override
    public String toString() {
        return text;
    }
}
