package dev.passkeyharness.conformance.foreign;

import java.util.Map;

/**
 * The catalogue through the {@code simplewebauthn-example} profile against a server of the shape of SimpleWebAuthn's
 * example on {@code @simplewebauthn/server} 14: one signed-in user, no sign-up, the example's own options. Checks
 * that need a second user skip.
 */
class SimpleWebAuthnExampleTest extends ForeignServerContract {

    @Override
    protected String fixture() {
        return "simplewebauthn";
    }

    @Override
    protected String profile() {
        return "simplewebauthn-example";
    }

    @Override
    protected ForeignServer start() {
        return SimpleWebAuthnServerConformanceTest.start("example.mjs", Map.of());
    }
}
