package dev.passkeyharness.conformance.target;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.regex.Matcher;
import tools.jackson.databind.JsonNode;

/**
 * A step's request body as its profile writes it: JSON whose strings may be placeholders. A string that is one
 * placeholder becomes the value itself (the credential as its JSON, a boolean as a boolean); a member or item whose
 * placeholder has no value is left out; other strings have their placeholders spliced in as text.
 */
public record BodyTemplate(JsonNode template) {

    /** The body in {@code encoding}; {@link Encoding#NONE} sends nothing. */
    String render(Encoding encoding, Placeholders values) {
        return switch (encoding) {
            case JSON -> json(template, values).orElse("null");
            case FORM -> form(values);
            case NONE -> "";
        };
    }

    /** {@code name=value&…} of the template's top-level members; a JSON value goes as its JSON text. */
    private String form(Placeholders values) {
        StringJoiner fields = new StringJoiner("&");
        for (Map.Entry<String, JsonNode> member : template.properties()) {
            Optional<String> value = member.getValue().isString() ? text(member.getValue().asString(), values)
                    : json(member.getValue(), values);
            value.ifPresent(v -> fields.add(encode(member.getKey()) + "=" + encode(v)));
        }
        return fields.toString();
    }

    private static Optional<String> text(String text, Placeholders values) {
        Optional<Matcher> whole = Placeholders.whole(text);
        if (whole.isPresent()) {
            return values.resolve(whole.get()).map(Placeholders.Value::text);
        }
        return Optional.of(values.interpolate(text, Function.identity()));
    }

    /** The JSON text of {@code node}, or empty when it is one placeholder without a value. */
    private static Optional<String> json(JsonNode node, Placeholders values) {
        if (node.isString()) {
            Optional<Matcher> whole = Placeholders.whole(node.asString());
            if (whole.isPresent()) {
                return values.resolve(whole.get()).map(Placeholders.Value::json);
            }
            return Optional.of(HttpChannel.JSON.writeValueAsString(values.interpolate(node.asString(),
                    Function.identity())));
        }
        if (node.isObject()) {
            StringJoiner members = new StringJoiner(",", "{", "}");
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                json(member.getValue(), values).ifPresent(v -> members.add(
                        HttpChannel.JSON.writeValueAsString(member.getKey()) + ":" + v));
            }
            return Optional.of(members.toString());
        }
        if (node.isArray()) {
            StringJoiner items = new StringJoiner(",", "[", "]");
            for (JsonNode item : node.values()) {
                json(item, values).ifPresent(items::add);
            }
            return Optional.of(items.toString());
        }
        return Optional.of(node.toString());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
