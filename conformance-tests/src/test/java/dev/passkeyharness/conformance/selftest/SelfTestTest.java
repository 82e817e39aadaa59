package dev.passkeyharness.conformance.selftest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.passkeyharness.conformance.ceremony.CeremonyDriver;
import dev.passkeyharness.conformance.ceremony.CeremonyDrivers;
import dev.passkeyharness.conformance.ceremony.CeremonyException;
import dev.passkeyharness.conformance.ceremony.CeremonyRequest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class SelfTestTest {

    @Test
    void aRefusingClientFailsEveryCombinationWithItsReason() {
        CeremonyDriver refusing = new CeremonyDriver() {
            @Override
            public String create(CeremonyRequest request) throws CeremonyException {
                throw new CeremonyException("NotAllowedError", "the user declined");
            }

            @Override
            public String get(CeremonyRequest request) throws CeremonyException {
                throw new CeremonyException("NotAllowedError", "the user declined");
            }
        };
        StringWriter out = new StringWriter();

        SelfTest.Summary summary = new SelfTest(refusing, 3L).run(new PrintWriter(out));

        int total = Combination.all().size();
        assertEquals(new SelfTest.Summary(total, total), summary);
        assertFalse(summary.allPassed());
        List<String> lines = out.toString().lines().toList();
        assertEquals(total + 1, lines.size());
        assertEquals("FAIL security-key ES256 none: registration: the client failed with NotAllowedError: "
                + "the user declined", lines.stream().filter(l -> l.contains("security-key ES256 none")).findFirst()
                .orElseThrow());
        assertEquals(total + " combinations: 0 passed, " + total + " failed", lines.get(total));
    }

    @Test
    void aClientAnsweringGarbageFailsVerification() {
        CeremonyDriver garbage = new CeremonyDriver() {
            @Override
            public String create(CeremonyRequest request) {
                return "{\"id\":\"x\"}";
            }

            @Override
            public String get(CeremonyRequest request) {
                return "{}";
            }
        };
        StringWriter out = new StringWriter();
        List<Combination> one = List.of(Combination.all().get(0));

        SelfTest.Summary summary = new SelfTest(garbage, 3L).run(one, new PrintWriter(out));

        assertEquals(1, summary.failed());
        assertTrue(out.toString().startsWith("FAIL " + one.get(0).label() + ": registration rejected: "), out.toString());
    }

    @Test
    void everyCombinationPassesThroughTheRealClient() {
        StringWriter out = new StringWriter();
        SelfTest.Summary summary = new SelfTest(CeremonyDrivers.webAuthnClient(), 11L).run(new PrintWriter(out));
        assertTrue(summary.allPassed(), out.toString());
    }
}
