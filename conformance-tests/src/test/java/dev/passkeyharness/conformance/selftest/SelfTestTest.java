package dev.passkeyharness.conformance.selftest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.passkeyharness.authenticator.tamper.TamperSet;
import dev.passkeyharness.authenticator.tamper.Tamperings;
import dev.passkeyharness.authenticator.user.SimulatedUser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class SelfTestTest {

    @Test
    void aDecliningUserFailsEveryCombinationWithTheClientsRefusal() {
        StringWriter out = new StringWriter();

        SelfTest.Summary summary = new SelfTest(3L, SimulatedUser.DECLINE, TamperSet.NONE).run(new PrintWriter(out));

        int total = Combination.all().size();
        assertEquals(new SelfTest.Summary(total, total), summary);
        assertFalse(summary.allPassed());
        List<String> lines = out.toString().lines().toList();
        assertEquals(total + 1, lines.size());
        String line = lines.stream().filter(l -> l.contains("security-key ES256 none")).findFirst().orElseThrow();
        assertTrue(line.startsWith("FAIL security-key ES256 none: registration: the client failed with NotAllowedError: "),
                line);
        assertEquals(total + " combinations: 0 passed, " + total + " failed", lines.get(total));
    }

    @Test
    void aTamperedResponseFailsVerification() {
        StringWriter out = new StringWriter();
        List<Combination> one = List.of(Combination.all().get(0));
        TamperSet wrongChallenge = TamperSet.of(Tamperings.byName("clientData.challenge.wrong").orElseThrow());

        SelfTest.Summary summary = new SelfTest(3L, SimulatedUser.APPROVE, wrongChallenge).run(one, new PrintWriter(out));

        assertEquals(1, summary.failed());
        assertTrue(out.toString().startsWith("FAIL " + one.get(0).label() + ": registration rejected: "), out.toString());
    }

    @Test
    void everyCombinationPassesThroughTheRealClient() {
        StringWriter out = new StringWriter();
        SelfTest.Summary summary = new SelfTest(11L).run(new PrintWriter(out));
        assertTrue(summary.allPassed(), out.toString());
    }
}
