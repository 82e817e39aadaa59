package dev.passkeyharness.conformance.target;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * What an accepted answer to a step looks like: one of {@code statuses} (any 2xx when empty), every JSON pointer of
 * {@code match} naming a member equal to its value (numbers by value, so 1 and 1.0 are equal), and for a redirect a
 * Location that {@code location} finds a match in (a form log-in redirects to its error page too).
 */
public record Success(List<Integer> statuses, Map<JsonPath, JsonNode> match, Optional<Pattern> location) {

    /** Any 2xx answer. */
    public static final Success ANY_2XX = new Success(List.of(), Map.of(), Optional.empty());

    public Success {
        statuses = List.copyOf(statuses);
        match = Map.copyOf(match);
        Objects.requireNonNull(location, "location");
    }

    /** Whether a redirect with this status is the expected answer (a form log-in's 302), not one the runner refuses. */
    public boolean expectsRedirect(int status) {
        return status >= 300 && status < 400 && statuses.contains(status);
    }

    /** {@code redirect}: the Location of a 3xx answer, else null. */
    public boolean accepts(int status, JsonNode body, String redirect) {
        boolean statusOk = statuses.isEmpty() ? status >= 200 && status < 300 : statuses.contains(status);
        if (!statusOk) {
            return false;
        }
        if (location.isPresent() && (redirect == null || !location.get().matcher(redirect).find())) {
            return false;
        }
        for (Map.Entry<JsonPath, JsonNode> expected : match.entrySet()) {
            if (body == null || !same(expected.getKey().first(body), expected.getValue())) {
                return false;
            }
        }
        return true;
    }

    private static boolean same(JsonNode actual, JsonNode expected) {
        if (actual.isNumber() && expected.isNumber()) {
            return actual.decimalValue().compareTo(expected.decimalValue()) == 0;
        }
        return Objects.equals(actual, expected);
    }

    @Override
    public String toString() {
        String status = (statuses.isEmpty() ? "2xx" : statuses.stream().map(String::valueOf)
                .collect(Collectors.joining(" or "))) + location.map(p -> " to a Location matching " + p).orElse("");
        return match.isEmpty() ? status : status + " with " + match.entrySet().stream()
                .map(e -> e.getKey() + " = " + e.getValue()).collect(Collectors.joining(", "));
    }
}
