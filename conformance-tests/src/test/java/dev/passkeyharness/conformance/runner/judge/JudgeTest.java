package dev.passkeyharness.conformance.runner.judge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.passkeyharness.conformance.catalogue.Check;
import dev.passkeyharness.conformance.catalogue.CheckCeremony;
import dev.passkeyharness.conformance.catalogue.Expectation;
import dev.passkeyharness.conformance.catalogue.Procedure;
import dev.passkeyharness.conformance.runner.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** How each way a check can end becomes a verdict: only the RP's doing is a FAIL. */
class JudgeTest {

    private final List<String> warnings = new ArrayList<>();

    private static Check.SingleStep check(Expectation expected) {
        return Checks.of("judged", CheckCeremony.REGISTRATION, Procedure.STANDARD, List.of(), List.of(), expected);
    }

    private Judge.Judgement judge(Expectation expected, StepOutcome outcome) {
        return Judge.judge(check(expected), outcome, Optional.empty(), warnings::add);
    }

    private static final String UNKNOWN_TAMPERING = "unknown tampering 'clientData.nope'";
    private static final String REFUSED_SETUP = "setup failed: registration refused: 400: bad";
    private static final String NO_ES256K = "the target does not offer ES256K";

    /** Each way a check stops before the RP answers its tested step, with each expectation. */
    static Stream<Arguments> stops() {
        List<Arguments> out = new ArrayList<>();
        for (Expectation expected : Expectation.values()) {
            out.add(Arguments.of(expected, new StepOutcome.Errored(UNKNOWN_TAMPERING), Verdict.ERROR, UNKNOWN_TAMPERING));
            out.add(Arguments.of(expected, new StepOutcome.SetupRefused(REFUSED_SETUP), Verdict.FAIL, REFUSED_SETUP));
            out.add(Arguments.of(expected, new StepOutcome.Skipped(NO_ES256K), Verdict.SKIP, NO_ES256K));
        }
        return out.stream();
    }

    /** A harness error is ERROR whatever was expected; only a setup the RP refused blames it. */
    @ParameterizedTest
    @MethodSource("stops")
    void aStopBeforeTheTestedStepKeepsItsReasonAndNamesWhoseDoingItWas(Expectation expected, StepOutcome outcome,
            Verdict verdict, String reason) {
        Judge.Judgement judgement = judge(expected, outcome);

        assertEquals(verdict, judgement.verdict());
        assertEquals(reason, judgement.message());
        assertNull(judgement.refusal());
        assertEquals(List.of(), warnings);
    }

    @ParameterizedTest
    @EnumSource(Expectation.class)
    void optionsThatBreakNoRuleAreJudgedOnTheExpectationNotErrored(Expectation expected) {
        Judge.Judgement judgement = judge(expected, new StepOutcome.Evaluated(2, List.of(), List.of()));

        assertEquals(expected == Expectation.ACCEPTED ? Verdict.PASS : Verdict.FAIL, judgement.verdict());
    }
}
