package dev.passkeyharness.conformance.runner;

import dev.passkeyharness.conformance.catalogue.Check;
import dev.passkeyharness.conformance.catalogue.Expectation;
import dev.passkeyharness.conformance.target.Answer;
import java.util.function.Consumer;

/** Turns a check's outcome into a verdict and a one-line reason. */
final class Judge {

    /** A verdict with the line that explains it. */
    record Judgement(Verdict verdict, String message) {
    }

    private Judge() {
    }

    static Judgement judge(Check check, StepOutcome outcome, Consumer<String> warn) {
        // Java 17 has no pattern switch; StepOutcome is sealed, so these four are all
        if (outcome instanceof StepOutcome.Skipped s) {
            return new Judgement(Verdict.SKIP, s.reason());
        }
        if (outcome instanceof StepOutcome.Broken b) {
            return new Judgement(Verdict.FAIL, b.reason());
        }
        if (outcome instanceof StepOutcome.Evaluated e) {
            return evaluated(check, e);
        }
        return answered(check, ((StepOutcome.Answered) outcome).answer(), warn);
    }

    private static Judgement evaluated(Check check, StepOutcome.Evaluated e) {
        boolean held = e.failures().isEmpty();
        if (check.expected() == Expectation.ACCEPTED) {
            return held ? new Judgement(Verdict.PASS, e.assertions() + " options assertions hold")
                    : new Judgement(Verdict.FAIL, String.join("; ", e.failures()));
        }
        return held ? new Judgement(Verdict.FAIL, "expected the options to break a rule, all " + e.assertions() + " held")
                : new Judgement(Verdict.PASS, "broken as expected: " + String.join("; ", e.failures()));
    }

    private static Judgement answered(Check check, Answer answer, Consumer<String> warn) {
        boolean accepted = answer.accepted();
        if (check.expected() == Expectation.ACCEPTED) {
            return accepted ? new Judgement(Verdict.PASS, "accepted")
                    : new Judgement(Verdict.FAIL, "expected acceptance, got " + describe(answer));
        }
        if (accepted) {
            return new Judgement(Verdict.FAIL, "expected refusal, got " + answer.status() + " ok");
        }
        if (answer.status() >= 500) {
            // a crash is not a validated rejection (fido2-net-lib's classification)
            warn.accept("refused with a server error " + answer.status() + ", not a validated 4xx refusal");
        }
        String rule = answer.rule();
        if (check.expectedRule() != null && rule != null && !rule.equals(check.expectedRule())) {
            warn.accept("the RP named rule '" + rule + "', the check expects '" + check.expectedRule() + "'");
        }
        String message = answer.errorMessage();
        if (rule == null) {
            return new Judgement(Verdict.PASS, "refused: " + answer.status() + ": " + message);
        }
        // the reference RP starts its message with the rule; say it once
        return new Judgement(Verdict.PASS, "refused: " + (message.startsWith(rule + ":") ? message : rule + ": " + message));
    }

    /** "400: errorMessage" (with the rule when the RP names one), for messages. */
    static String describe(Answer answer) {
        String rule = answer.rule() == null ? "" : " [" + answer.rule() + "]";
        String message = answer.body() == null ? "(no JSON body)" : answer.errorMessage();
        return answer.status() + rule + ": " + message;
    }
}
