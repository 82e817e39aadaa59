package dev.passkeyharness.conformance.selftest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.passkeyharness.conformance.target.Api;
import dev.passkeyharness.conformance.target.EmbeddedTarget;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class SelfTestTest {

    @Test
    void aRefusingTargetFailsEveryCombinationWithItsReason() {
        StringWriter out = new StringWriter();

        SelfTest.Summary summary;
        try (RefusingTarget refusing = new RefusingTarget(EmbeddedTarget.startWithoutMetadata(Api.CONFORMANCE, 3L), true)) {
            summary = new SelfTest(3L).run(Combination.all(), refusing, new PrintWriter(out));
        }

        int total = Combination.all().size();
        assertEquals(new SelfTest.Summary(total, total), summary);
        assertFalse(summary.allPassed());
        List<String> lines = out.toString().lines().toList();
        assertEquals(total + 1, lines.size());
        String line = lines.stream().filter(l -> l.contains("security-key ES256 none")).findFirst().orElseThrow();
        assertTrue(line.startsWith("FAIL security-key ES256 none: "), line);
        assertTrue(line.contains(RefusingTarget.REASON), line);
        assertEquals(total + " combinations: 0 passed, " + total + " failed", lines.get(total));
    }

    @Test
    void aTargetRefusingTheSignInFailsTheCombination() {
        StringWriter out = new StringWriter();
        List<Combination> one = List.of(Combination.all().get(0));

        SelfTest.Summary summary;
        try (RefusingTarget refusing = new RefusingTarget(EmbeddedTarget.startWithoutMetadata(Api.CONFORMANCE, 3L), false)) {
            summary = new SelfTest(3L).run(one, refusing, new PrintWriter(out));
        }

        assertEquals(1, summary.failed());
        assertTrue(out.toString().startsWith("FAIL " + one.get(0).label() + ": "), out.toString());
        assertTrue(out.toString().contains(RefusingTarget.REASON), out.toString());
    }

    @Test
    void everyCombinationPassesAgainstTheReferenceRp() {
        StringWriter out = new StringWriter();
        SelfTest.Summary summary = new SelfTest(11L).run(new PrintWriter(out));
        assertTrue(summary.allPassed(), out.toString());
        assertEquals(Combination.all().size() + 1, out.toString().lines().count());
    }
}
