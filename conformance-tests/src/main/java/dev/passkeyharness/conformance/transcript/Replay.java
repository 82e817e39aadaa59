package dev.passkeyharness.conformance.transcript;

import dev.passkeyharness.authenticator.json.StrictJson;
import dev.passkeyharness.conformance.runner.CatalogueRunner;
import dev.passkeyharness.conformance.runner.judge.CheckResult;
import dev.passkeyharness.conformance.target.Exchange;
import dev.passkeyharness.conformance.target.RpTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;

/**
 * Re-runs a transcript's check with its seed and compares. Every exchange is compared by method and path; a request
 * body only when it does not answer an RP challenge: a body that is a credential (a JSON object with a
 * {@code response} member) carries the RP's random challenge in its clientDataJSON and legitimately differs.
 */
public final class Replay {

    /** Recorded bodies are whatever was sent, edited ones included: a duplicate member must not hide a credential. */
    private static final ObjectReader MAPPER = StrictJson.tolerantReader();

    /** The new result and one line per exchange saying how it compares with the recorded one. */
    public record Outcome(CheckResult result, boolean sameVerdict, List<String> lines) {
    }

    private Replay() {
    }

    public static Outcome run(Transcript transcript, RpTarget target) {
        CheckResult result = new CatalogueRunner().runOne(transcript.check(), target, transcript.seed());
        List<Exchange> now = Stream.concat(result.exchanges().stream(), result.aftermath().stream()).toList();
        List<Exchange> recorded = transcript.allExchanges();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < Math.max(now.size(), recorded.size()); i++) {
            String head = "exchange " + (i + 1) + ": ";
            if (i >= recorded.size()) {
                Exchange e = now.get(i);
                lines.add(head + e.method() + " " + e.path() + " -> " + e.status() + ": not in the transcript");
            } else if (i >= now.size()) {
                Exchange e = recorded.get(i);
                lines.add(head + e.method() + " " + e.path() + ": recorded, not sent now");
            } else {
                lines.add(head + compare(recorded.get(i), now.get(i)));
            }
        }
        return new Outcome(result, result.verdict() == transcript.verdict(), lines);
    }

    static String compare(Exchange recorded, Exchange now) {
        String sent = now.method() + " " + now.path() + " -> " + now.status();
        if (!recorded.method().equals(now.method()) || !recorded.path().equals(now.path())) {
            return sent + ": differs, recorded " + recorded.method() + " " + recorded.path();
        }
        String status = recorded.status() == now.status() ? "" : " (recorded " + recorded.status() + ")";
        if (answersChallenge(recorded.requestBody())) {
            return sent + status + ": same request (body answers an RP challenge, not compared)";
        }
        return sent + status + (recorded.requestBody().equals(now.requestBody()) ? ": same request"
                : ": request body differs");
    }

    /** A credential the authenticator answered: its clientDataJSON holds the RP's challenge. */
    static boolean answersChallenge(String body) {
        try {
            JsonNode node = MAPPER.readTree(body);
            return node != null && node.isObject() && node.has("response");
        } catch (JacksonException e) {
            return false;
        }
    }
}
