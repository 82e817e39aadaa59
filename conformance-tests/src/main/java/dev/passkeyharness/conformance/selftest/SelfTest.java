package dev.passkeyharness.conformance.selftest;

import dev.passkeyharness.authenticator.attestation.AttestationFormat;
import dev.passkeyharness.authenticator.client.WebAuthnClient;
import dev.passkeyharness.authenticator.client.WebAuthnClientException;
import dev.passkeyharness.authenticator.crypto.DeterministicRandom;
import dev.passkeyharness.authenticator.device.DeviceSpec;
import dev.passkeyharness.authenticator.device.SimulatedDevice;
import dev.passkeyharness.authenticator.profile.AuthenticatorProfile;
import dev.passkeyharness.authenticator.profile.CounterMode;
import dev.passkeyharness.authenticator.tamper.TamperSet;
import dev.passkeyharness.authenticator.user.SimulatedUser;
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

    private final Long seed;
    private final SimulatedUser user;
    private final TamperSet tamperings;

    /** @param seed null for fresh randomness, or a seed that makes every authenticator and challenge repeat */
    public SelfTest(Long seed) {
        this(seed, SimulatedUser.APPROVE, TamperSet.NONE);
    }

    /** Devices whose person answers as {@code user}, with {@code tamperings} active: to see the self-test fail. */
    SelfTest(Long seed, SimulatedUser user, TamperSet tamperings) {
        this.seed = seed;
        this.user = user;
        this.tamperings = tamperings;
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
        DeviceSpec spec = DeviceSpec.of(profile).withUser(user).withTamperings(tamperings);
        SimulatedDevice device = SimulatedDevice.of(seed == null ? spec : spec.withSeed(seed + index));
        WebAuthnClient client = device.client(SelfTestOptions.ORIGIN);
        InProcessVerifier verifier = new InProcessVerifier(SelfTestOptions.RP_ID, SelfTestOptions.ORIGIN,
                device.attestationCa().rootCertificate());

        SelfTestOptions.Issued creation = options.creation(combination.alg());
        String registration = ceremony("registration", () -> client.create(creation.json()).toJson());
        VerifiedCredential credential = verifier.verifyRegistration(registration, creation.challenge());
        checkAttestation(combination.attestation(), credential);

        for (int n = 1; n <= SIGN_INS; n++) {
            SelfTestOptions.Issued request = options.request(credential.credentialId());
            long before = credential.signCount();
            String assertion = ceremony("sign-in " + n, () -> client.get(request.json()).toJson());
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

    private interface Call {
        String run() throws WebAuthnClientException;
    }

    private static String ceremony(String what, Call call) throws VerificationFailure {
        try {
            return call.run();
        } catch (WebAuthnClientException e) {
            throw new VerificationFailure(what + ": the client failed with " + e.name()
                    + (e.detail() == null ? "" : ": " + e.detail()), e);
        }
    }
}
