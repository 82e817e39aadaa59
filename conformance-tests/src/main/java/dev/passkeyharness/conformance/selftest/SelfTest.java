package dev.passkeyharness.conformance.selftest;

import dev.passkeyharness.authenticator.attestation.AttestationFormat;
import dev.passkeyharness.authenticator.crypto.DeterministicRandom;
import dev.passkeyharness.authenticator.ctap.Ctap2Authenticator;
import dev.passkeyharness.authenticator.ctap.Ctap2AuthenticatorBuilder;
import dev.passkeyharness.authenticator.profile.AuthenticatorProfile;
import dev.passkeyharness.authenticator.profile.CounterMode;
import dev.passkeyharness.authenticator.tamper.TamperSet;
import dev.passkeyharness.conformance.ceremony.CeremonyDriver;
import dev.passkeyharness.conformance.ceremony.CeremonyException;
import dev.passkeyharness.conformance.ceremony.CeremonyRequest;
import java.io.PrintWriter;
import java.security.SecureRandom;
import java.util.List;

/**
 * Registers and signs in twice with every {@link Combination} through the client layer, verifying each response with
 * the strict {@link InProcessVerifier}. Prints one line per combination and a summary.
 */
public final class SelfTest {

    private static final int SIGN_INS = 2;

    /** How many combinations ran and how many failed. */
    public record Summary(int total, int failed) {
        public boolean allPassed() {
            return failed == 0;
        }
    }

    private final CeremonyDriver driver;
    private final Long seed;

    /** @param seed null for fresh randomness, or a seed that makes every authenticator and challenge repeat */
    public SelfTest(CeremonyDriver driver, Long seed) {
        this.driver = driver;
        this.seed = seed;
    }

    public Summary run(PrintWriter out) {
        return run(Combination.all(), out);
    }

    Summary run(List<Combination> combinations, PrintWriter out) {
        SecureRandom random = seed == null ? new SecureRandom() : new DeterministicRandom(seed, "self-test-rp");
        SelfTestOptions options = new SelfTestOptions(random);
        int failed = 0;
        for (int i = 0; i < combinations.size(); i++) {
            Combination combination = combinations.get(i);
            String failure = check(combination, i, options);
            if (failure == null) {
                out.println("PASS " + combination.label());
            } else {
                failed++;
                out.println("FAIL " + combination.label() + ": " + failure);
            }
            out.flush();
        }
        Summary summary = new Summary(combinations.size(), failed);
        out.println(summary.total() + " combinations: " + (summary.total() - failed) + " passed, " + failed + " failed");
        out.flush();
        return summary;
    }

    /** Returns null when the combination passes, else the reason it failed. */
    private String check(Combination combination, int index, SelfTestOptions options) {
        try {
            runCeremonies(combination, index, options);
            return null;
        } catch (VerificationFailure e) {
            return e.getMessage();
        } catch (RuntimeException e) {
            return "unexpected " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
    }

    private void runCeremonies(Combination combination, int index, SelfTestOptions options) throws VerificationFailure {
        AuthenticatorProfile profile = combination.profile();
        Ctap2AuthenticatorBuilder builder = Ctap2Authenticator.builder().profile(profile);
        if (seed != null) {
            builder.seed(seed + index);
        }
        Ctap2Authenticator authenticator = builder.build();
        InProcessVerifier verifier = new InProcessVerifier(SelfTestOptions.RP_ID, SelfTestOptions.ORIGIN,
                authenticator.attestationCa().rootCertificate());

        SelfTestOptions.Issued creation = options.creation(combination.alg());
        String registration = ceremony("registration", () -> driver.create(request(authenticator, creation)));
        VerifiedCredential credential = verifier.verifyRegistration(registration, creation.challenge());
        checkAttestation(combination.attestation(), credential);

        for (int n = 1; n <= SIGN_INS; n++) {
            SelfTestOptions.Issued request = options.request(credential.credentialId());
            long before = credential.signCount();
            String assertion = ceremony("sign-in " + n, () -> driver.get(request(authenticator, request)));
            long after = verifier.verifyAuthentication(assertion, request.challenge(), credential);
            checkCounter(profile.counterMode(), n, before, after);
        }
    }

    private static void checkAttestation(AttestationFormat expected, VerifiedCredential credential)
            throws VerificationFailure {
        if (!expected.fmt().equals(credential.fmt())) {
            throw new VerificationFailure("expected attestation fmt " + expected.fmt() + ", got " + credential.fmt());
        }
        boolean wantChain = expected != AttestationFormat.NONE && expected != AttestationFormat.PACKED_SELF;
        if (wantChain != credential.hasCertificateChain()) {
            throw new VerificationFailure(wantChain ? "expected full attestation (x5c), got none"
                    : "expected no certificate chain, got x5c");
        }
    }

    /** WebAuthn L3 §7.2 step 22: the counter grows, unless both the stored and the new value are 0. */
    private static void checkCounter(CounterMode mode, int signIn, long before, long after) throws VerificationFailure {
        if (mode == CounterMode.ALWAYS_ZERO && after != 0) {
            throw new VerificationFailure("sign-in " + signIn + ": counter mode is always-zero but signCount is " + after);
        }
        if (!(after > before || (after == 0 && before == 0))) {
            throw new VerificationFailure("sign-in " + signIn + ": signCount went from " + before + " to " + after);
        }
    }

    private static CeremonyRequest request(Ctap2Authenticator authenticator, SelfTestOptions.Issued options) {
        return new CeremonyRequest(authenticator, SelfTestOptions.ORIGIN, options.json(), TamperSet.NONE);
    }

    private interface Call {
        String run() throws CeremonyException;
    }

    private static String ceremony(String what, Call call) throws VerificationFailure {
        try {
            return call.run();
        } catch (CeremonyException e) {
            throw new VerificationFailure(what + ": the client failed with " + e.domExceptionName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
        }
    }
}
