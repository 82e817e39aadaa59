package dev.passkeyharness.conformance.target;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The values a profile's templates name as {@code ${name}}: what the runner asks of a step, and
 * {@code ${step/json/pointer}}, a member of an earlier answer of this session (e.g.
 * {@code ${registrationOptions/requestId}}). {@code ${name:-text}} has a default for when the value is absent.
 */
public final class Placeholders {

    /** The names a template may use beside the earlier answers. */
    public static final Set<String> NAMES = Set.of("username", "displayName", "password", "credential", "credentialId",
            "userVerification", "residentKey", "requireResidentKey", "attestation", "extensions", "csrf");

    static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z]+)((?:/[^}:]*)*)(?::-([^}]*))?}");

    /** One value: its JSON text, and its text where it is spliced into a string, a path or a form field. */
    public record Value(String json, String text) {

        static Value string(String text) {
            return new Value(HttpChannel.JSON.writeValueAsString(text), text);
        }

        static Value rawJson(String json) {
            return new Value(json, json);
        }

        static Value node(JsonNode node) {
            return new Value(node.toString(), node.isString() ? node.asString() : node.toString());
        }
    }

    private final Map<String, Value> values = new HashMap<>();
    private final Function<String, Optional<JsonNode>> earlier;

    /** {@code earlier} gives the last answer body of a step, by its profile key. */
    Placeholders(Function<String, Optional<JsonNode>> earlier) {
        this.earlier = earlier;
    }

    /** Sets a string value; null leaves it absent. */
    Placeholders with(String name, String text) {
        if (text != null) {
            values.put(name, Value.string(text));
        }
        return this;
    }

    /** Sets a value of JSON text (a credential, an extensions object, a boolean); null leaves it absent. */
    Placeholders withJson(String name, String json) {
        if (json != null) {
            values.put(name, Value.rawJson(json));
        }
        return this;
    }

    /** Whether {@code name} has a value. */
    boolean has(String name) {
        return values.containsKey(name);
    }

    /** A copy whose later changes leave this one as it is. */
    Placeholders copy() {
        Placeholders copy = new Placeholders(earlier);
        copy.values.putAll(values);
        return copy;
    }

    /** The value {@code match} (a {@link #PLACEHOLDER} match) names, its default, or empty. */
    Optional<Value> resolve(Matcher match) {
        String name = match.group(1);
        String pointer = match.group(2);
        Optional<Value> value;
        if (pointer != null && !pointer.isEmpty()) {
            value = earlier.apply(name).map(body -> JsonPath.parse(pointer).first(body))
                    .filter(node -> !node.isMissingNode() && !node.isNull()).map(Value::node);
        } else {
            value = Optional.ofNullable(values.get(name));
        }
        return value.or(() -> Optional.ofNullable(match.group(3)).map(Value::string));
    }

    /** Whether {@code text} is exactly one placeholder. */
    static Optional<Matcher> whole(String text) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        return matcher.matches() ? Optional.of(matcher) : Optional.empty();
    }

    /** {@code text} with every placeholder replaced by {@code encode} of its value's text ("" when absent). */
    String interpolate(String text, Function<String, String> encode) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String replacement = resolve(matcher).map(Value::text).map(encode).orElse("");
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** What is wrong with the placeholders in {@code text}, or empty; {@code steps} are the profile's step keys. */
    static Optional<String> problem(String text, Set<String> steps) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            String name = matcher.group(1);
            String pointer = matcher.group(2);
            if (pointer != null && !pointer.isEmpty()) {
                if (!steps.contains(name)) {
                    return Optional.of("${" + name + pointer + "} names no step of this profile; a value from an "
                            + "earlier answer is ${step/pointer}, e.g. ${registrationOptions/requestId}");
                }
                try {
                    JsonPath.parse(pointer);
                } catch (IllegalArgumentException e) {
                    return Optional.of(e.getMessage());
                }
            } else if (!NAMES.contains(name)) {
                return Optional.of("unknown placeholder ${" + name + "}; expected one of "
                        + NAMES.stream().sorted().toList() + " or ${step/pointer}");
            }
        }
        String rest = PLACEHOLDER.matcher(text).replaceAll("");
        if (rest.contains("${")) {
            return Optional.of("a placeholder is ${name}, ${name:-default} or ${step/pointer}: '" + text + "'");
        }
        return Optional.empty();
    }
}
