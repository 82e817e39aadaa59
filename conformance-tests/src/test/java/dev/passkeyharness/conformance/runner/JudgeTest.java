package dev.passkeyharness.conformance.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.passkeyharness.conformance.catalogue.Check;
import dev.passkeyharness.conformance.catalogue.CheckCeremony;
import dev.passkeyharness.conformance.catalogue.Expectation;
import dev.passkeyharness.conformance.catalogue.Procedure;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** How each way a check can end becomes a verdict: only the RP's doing is a FAIL. */
class JudgeTest {

    private final List<String> warnings = new ArrayList<>();

    private static Check check(Expectation expected) {
        return Checks.of("judged", CheckCeremony.REGISTRATION, Procedure.STANDARD, List.of(), List.of(), expected);
    }

    private Judge.Judgement judge(Expectation expected, StepOutcome outcome) {
        return Judge.judge(check(expected), outcome, Optional.empty(), warnings::add);
    }

    @ParameterizedTest
    @EnumSource(Expectation.class)
    void aHarnessErrorIsErroredWithItsReasonWhateverWasExpected(Expectation expected) {
        Judge.Judgement judgement = judge(expected, new StepOutcome.Errored("unknown tampering 'clientData.nope'"));

        assertEquals(Verdict.ERROR, judgement.verdict());
        assertEquals("unknown tampering 'clientData.nope'", judgement.message());
        assertNull(judgement.refusal());
        assertEquals(List.of(), warnings);
    }

    @ParameterizedTest
    @EnumSource(Expectation.class)
    void aSetupTheRpRefusedFails(Expectation expected) {
        Judge.Judgement judgement = judge(expected,
                new StepOutcome.SetupRefused("setup failed: registration refused: 400: bad"));

        assertEquals(Verdict.FAIL, judgement.verdict());
        assertEquals("setup failed: registration refused: 400: bad", judgement.message());
    }

    @ParameterizedTest
    @EnumSource(Expectation.class)
    void aSkipStaysASkip(Expectation expected) {
        Judge.Judgement judgement = judge(expected, new StepOutcome.Skipped("the target does not offer ES256K"));

        assertEquals(Verdict.SKIP, judgement.verdict());
        assertEquals("the target does not offer ES256K", judgement.message());
    }

    @ParameterizedTest
    @EnumSource(Expectation.class)
    void optionsThatBreakNoRuleAreJudgedOnTheExpectationNotErrored(Expectation expected) {
        Judge.Judgement judgement = judge(expected, new StepOutcome.Evaluated(2, List.of(), List.of()));

        assertEquals(expected == Expectation.ACCEPTED ? Verdict.PASS : Verdict.FAIL, judgement.verdict());
    }
}
