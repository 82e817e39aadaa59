package dev.passkeyharness.conformance.target;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a target's API is, as data: the request dialect it speaks, what it can do beyond the four ceremony steps, and
 * where each endpoint lives. A target is described by one of these, not subclassed.
 *
 * @param speaks how request and answer bodies are shaped
 * @param source where the description came from, for messages
 */
public record ApiDescription(Api speaks, Set<RpTarget.Capability> capabilities, Map<Endpoint, Route> endpoints,
        String source) {

    public ApiDescription {
        Objects.requireNonNull(speaks, "speaks");
        Objects.requireNonNull(source, "source");
        capabilities = Set.copyOf(capabilities);
        endpoints = Map.copyOf(new EnumMap<>(endpoints));
    }

    public Optional<Route> route(Endpoint endpoint) {
        return Optional.ofNullable(endpoints.get(endpoint));
    }

    /** The route of an endpoint the dialect cannot do without. */
    public Route required(Endpoint endpoint) {
        return route(endpoint).orElseThrow(() -> new UnsupportedOperationException(
                source + " describes no " + endpoint.key() + " endpoint"));
    }
}
