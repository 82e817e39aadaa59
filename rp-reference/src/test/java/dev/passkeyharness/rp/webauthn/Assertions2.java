package dev.passkeyharness.rp.webauthn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/** Assertions on ceremony results that print the rule and message on failure. */
final class Assertions2 {

    private Assertions2() {
    }

    static RegistrationResult.Accepted accepted(RegistrationResult result) {
        if (result instanceof RegistrationResult.Accepted a) {
            return a;
        }
        return fail("expected Accepted, got " + result);
    }

    static AuthenticationResult.Accepted accepted(AuthenticationResult result) {
        if (result instanceof AuthenticationResult.Accepted a) {
            return a;
        }
        return fail("expected Accepted, got " + result);
    }

    static void rejected(Rule expected, RegistrationResult result) {
        if (result instanceof RegistrationResult.Rejected r) {
            assertEquals(expected, r.rule(), r.message());
        } else {
            fail("expected Rejected(" + expected + "), got " + result);
        }
    }

    static void rejected(Rule expected, AuthenticationResult result) {
        if (result instanceof AuthenticationResult.Rejected r) {
            assertEquals(expected, r.rule(), r.message());
        } else {
            fail("expected Rejected(" + expected + "), got " + result);
        }
    }
}
