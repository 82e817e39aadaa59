package dev.passkeyharness.conformance.runner.judge;

import dev.passkeyharness.conformance.catalogue.Check;
import dev.passkeyharness.conformance.catalogue.Expectation;
import dev.passkeyharness.conformance.target.Answer;
import java.util.Optional;
import java.util.function.Consumer;

/** Turns a check's outcome into a verdict and a one-line reason. */
public final class Judge {

    /** A verdict with the line that explains it, and the tested step's refusal (null when there was none). */
    public record Judgement(Verdict verdict, String message, Refusal refusal) {
        Judgement(Verdict verdict, String message) {
            this(verdict, message, null);
        }
    }

    private Judge() {
    }

    /**
     * {@code aftermath} is the outcome of the refusal's follow-ups: empty when they held or did not run, else why the
     * refusal does not count or says nothing.
     */
    public static Judgement judge(Check.SingleStep check, StepOutcome outcome, Optional<Aftermath.Finding> aftermath,
            Consumer<String> warn) {
        // Java 17 has no pattern switch; StepOutcome is sealed, so these six are all
        if (outcome instanceof StepOutcome.Skipped s) {
            return new Judgement(Verdict.SKIP, s.reason());
        }
        if (outcome instanceof StepOutcome.Inconclusive i) {
            return new Judgement(Verdict.INCONCLUSIVE, i.reason());
        }
        if (outcome instanceof StepOutcome.Errored e) {
            // the harness's own failure: never blamed on the RP
            return new Judgement(Verdict.ERROR, e.reason());
        }
        if (outcome instanceof StepOutcome.SetupRefused r) {
            return new Judgement(Verdict.FAIL, r.reason());
        }
        if (outcome instanceof StepOutcome.Evaluated e) {
            return evaluated(check, e);
        }
        return answered(check, ((StepOutcome.Answered) outcome).answer(), aftermath, warn);
    }

    /** Whether the runner should run the refusal's follow-ups: a refusal was expected and came, and was no crash. */
    public static boolean wantsAftermath(Check.SingleStep check, Answer answer) {
        return check.expected() == Expectation.REJECTED && !answer.accepted()
                && Refusal.of(answer, check.expectedRule()).refusalClass() != RefusalClass.CRASH;
    }

    private static Judgement evaluated(Check.SingleStep check, StepOutcome.Evaluated e) {
        boolean held = e.failures().isEmpty();
        String notes = e.notes().isEmpty() ? "" : " (" + String.join("; ", e.notes()) + ")";
        if (check.expected() == Expectation.ACCEPTED) {
            return held ? new Judgement(Verdict.PASS, e.assertions() + " options assertions hold" + notes)
                    : new Judgement(Verdict.FAIL, String.join("; ", e.failures()) + notes);
        }
        String all = e.assertions() + " held";
        return held ? new Judgement(Verdict.FAIL, "expected the options to break a rule, all " + all + notes)
                : new Judgement(Verdict.PASS, "broken as expected: " + String.join("; ", e.failures()) + notes);
    }

    private static Judgement answered(Check.SingleStep check, Answer answer, Optional<Aftermath.Finding> aftermath,
            Consumer<String> warn) {
        if (answer.accepted()) {
            return check.expected() == Expectation.ACCEPTED ? new Judgement(Verdict.PASS, "accepted")
                    : new Judgement(Verdict.FAIL, "expected refusal, got " + answer.status() + " ok");
        }
        Refusal refusal = Refusal.of(answer, check.expectedRule());
        if (check.expected() == Expectation.ACCEPTED) {
            return new Judgement(Verdict.FAIL, "expected acceptance, got " + describe(answer), refusal);
        }
        if (refusal.refusalClass() == RefusalClass.CRASH) {
            // a crash is not a validated rejection (fido2-net-lib's classification); the FIDO tools pass it
            return new Judgement(Verdict.FAIL, "refused by crashing: " + refusal.describe(), refusal);
        }
        String rule = answer.rule();
        if (check.expectedRule() != null && rule != null && !rule.equals(check.expectedRule())) {
            warn.accept("the RP named rule '" + rule + "', the check expects '" + check.expectedRule() + "'");
        }
        if (aftermath.isPresent()) {
            Verdict verdict = aftermath.get() instanceof Aftermath.Finding.Inconclusive ? Verdict.INCONCLUSIVE
                    : Verdict.FAIL;
            return new Judgement(verdict, aftermath.get().message(), refusal);
        }
        String message = answer.errorMessage();
        if (rule == null) {
            return new Judgement(Verdict.PASS, "refused: " + answer.status() + ": " + message, refusal);
        }
        // the reference RP starts its message with the rule; say it once
        return new Judgement(Verdict.PASS, "refused: " + (message.startsWith(rule + ":") ? message : rule + ": " + message),
                refusal);
    }

    /** "400: errorMessage" (with the rule when the RP names one), for messages. */
    public static String describe(Answer answer) {
        if (!answer.answered()) {
            return "no answer: " + answer.failure();
        }
        if (answer.failure() != null) {
            return answer.status() + ": " + answer.failure();
        }
        String rule = answer.rule() == null ? "" : " [" + answer.rule() + "]";
        String message = answer.body() != null ? answer.errorMessage()
                : answer.exchange() == null || answer.exchange().responseBody().isBlank() ? "(no JSON body)"
                : Refusal.notJson(answer);
        return answer.status() + rule + ": " + message;
    }
}
