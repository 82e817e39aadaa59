package dev.passkeyharness.conformance.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Asks {@link PasskeyHarnessExtension} for a simulated authenticator: put it on a test method parameter of type
 * {@code WebAuthnClient} (the browser's part, ready for {@code create}/{@code get}) or {@code Ctap2Authenticator}.
 * Parameters of one test with the same {@link #name} share one authenticator.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface VirtualPasskey {

    /** Distinguishes several devices in one test ("phone", "laptop"…). */
    String name() default "default";

    /** security-key, platform-synced or u2f-legacy. */
    String profile() default "security-key";

    /** Restricts the device to one algorithm (ES256, EdDSA, RS256…); empty keeps the profile's. */
    String alg() default "";

    /** none, packed-self, packed or fido-u2f; empty keeps the profile's. */
    String attestation() default "";

    /** The page's origin the client claims in clientDataJSON. */
    String origin() default "http://localhost:8080";

    /** Makes keys, credential IDs and signatures repeatable; negative means a fresh random device. */
    long seed() default -1;

    /** Named tamperings the device and client apply to every ceremony (see {@code authenticator tamperings}). */
    String[] tamper() default {};

    /** approve, decline or no-uv. */
    String user() default "approve";
}
