package dev.passkeyharness.conformance.transcript;

import dev.passkeyharness.conformance.catalogue.Check;
import dev.passkeyharness.conformance.runner.judge.Verdict;
import dev.passkeyharness.conformance.target.Exchange;
import java.util.List;
import java.util.Objects;

/**
 * One recorded check: the run's seed, where it ran and through which endpoint profile (a built-in name or a file),
 * the check's definition, its verdict and every exchange with the
 * RP in order (the tested ceremony's, then the aftermath's). What the authenticator got is the options in an answer;
 * what it answered (after the check's tamperings and edits) is the next request's body.
 */
public record Transcript(long seed, String target, String profile, Check check, Verdict verdict, String message,
        List<Exchange> exchanges, List<Exchange> aftermath) {

    public Transcript {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(verdict, "verdict");
        message = message == null ? "" : message;
        exchanges = List.copyOf(exchanges);
        aftermath = aftermath == null ? List.of() : List.copyOf(aftermath);
    }

    /** The tested ceremony's exchanges, then the aftermath's, as they were sent. */
    public List<Exchange> allExchanges() {
        return java.util.stream.Stream.concat(exchanges.stream(), aftermath.stream()).toList();
    }
}
