package dev.passkeyharness.conformance.target;

import java.util.Objects;
import java.util.Optional;

/**
 * One step of an endpoint profile: where its request goes, how its body is encoded and built, and how its answer is
 * read.
 */
public record StepSpec(Endpoint step, Route route, Encoding encoding, Optional<BodyTemplate> body, Reading reading) {

    public StepSpec {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(reading, "reading");
    }

    /** Whether the body template names {@code placeholder} (e.g. {@code password}, to mask it in transcripts). */
    boolean names(String placeholder) {
        String marker = "${" + placeholder;
        return route.path().contains(marker) || body.map(b -> b.template().toString().contains(marker)).orElse(false);
    }
}
