package dev.passkeyharness.conformance.runner.step;

import dev.passkeyharness.conformance.target.Answer;
import java.util.Optional;

/** The FIDO conformance API's ServerResponse envelope: {"status": "ok"|"failed", "errorMessage": …}. */
final class Envelopes {

    private Envelopes() {
    }

    /** What is wrong with the answer's envelope, if anything (a deviation is reported, not failed). */
    static Optional<String> deviation(Answer answer) {
        if (!answer.answered()) {
            return Optional.empty();
        }
        String where = answer.exchange() == null ? "" : " at " + answer.exchange().path();
        int status = answer.status();
        if (answer.body() == null) {
            return Optional.of("answer " + status + where + " is not a JSON object");
        }
        String envelope = answer.body().path("status").asString(null);
        if (status >= 400 && !"failed".equals(envelope)) {
            return Optional.of("refusal " + status + where + " without status \"failed\"");
        }
        if (status >= 200 && status < 300 && envelope == null) {
            return Optional.of("answer " + status + where + " without a status member");
        }
        return Optional.empty();
    }
}
