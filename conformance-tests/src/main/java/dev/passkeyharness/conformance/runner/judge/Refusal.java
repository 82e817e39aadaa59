package dev.passkeyharness.conformance.runner.judge;

import dev.passkeyharness.conformance.rule.Rule;
import dev.passkeyharness.conformance.target.Answer;
import java.util.Objects;

/**
 * A refused step as the reports show it: its class, the HTTP status (0 when no answer came), the rule the target
 * named (null when it named none) and its message (the errorMessage, the start of a body that is not JSON, or why
 * nothing came).
 */
public record Refusal(RefusalClass refusalClass, int status, String rule, String message) {

    /** Bodies that are not JSON are cut to this many characters in the message. */
    static final int BODY_CHARACTERS = 120;

    public Refusal {
        Objects.requireNonNull(refusalClass, "refusalClass");
        message = message == null ? "" : message;
    }

    /**
     * Classifies a refused {@code answer}; {@code expectedRule} is the rule id a correct refusal names (null when the
     * check names none), whose keywords make a message rule-specific when the target sends no {@code rule} member.
     */
    static Refusal of(Answer answer, String expectedRule) {
        if (answer.accepted()) {
            throw new IllegalArgumentException("an accepted answer is no refusal");
        }
        if (!answer.answered()) {
            return new Refusal(RefusalClass.CRASH, 0, null, answer.failure());
        }
        if (answer.failure() != null) {
            return new Refusal(RefusalClass.CRASH, answer.status(), null, answer.failure());
        }
        if (answer.body() == null) {
            String shown = rawBody(answer).isBlank() ? "an empty body" : notJson(answer);
            return new Refusal(RefusalClass.CRASH, answer.status(), null, shown);
        }
        String rule = answer.rule();
        String message = answer.errorMessage();
        if (answer.status() >= 500) {
            return new Refusal(RefusalClass.CRASH, answer.status(), rule, message);
        }
        boolean named = rule != null || expectedRule != null && Rule.named(expectedRule, message);
        return new Refusal(named ? RefusalClass.RULE_SPECIFIC : RefusalClass.GENERIC_4XX, answer.status(), rule,
                message);
    }

    /** E.g. "500: Something went wrong", "400 [challenge]: challenge: …", "no answer: connection reset". */
    public String describe() {
        String head = status == 0 ? "no answer" : String.valueOf(status);
        String named = rule == null ? "" : " [" + rule + "]";
        return head + named + (message.isEmpty() ? "" : ": " + message);
    }

    /** "a body that is not JSON: <its start>", for an answer whose body is not a JSON object. */
    static String notJson(Answer answer) {
        return "a body that is not JSON: " + abbreviate(rawBody(answer));
    }

    private static String rawBody(Answer answer) {
        return answer.exchange() == null ? "" : answer.exchange().responseBody();
    }

    private static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= BODY_CHARACTERS ? oneLine : oneLine.substring(0, BODY_CHARACTERS - 1) + "…";
    }
}
