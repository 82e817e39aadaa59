package dev.passkeyharness.conformance.runner.step;

import dev.passkeyharness.authenticator.attestation.AttestationCa;
import dev.passkeyharness.conformance.catalogue.Check;
import dev.passkeyharness.conformance.catalogue.Seeds;
import dev.passkeyharness.conformance.catalogue.Setup;
import dev.passkeyharness.conformance.target.Answer;
import dev.passkeyharness.conformance.target.Exchange;
import dev.passkeyharness.conformance.target.RpSession;
import dev.passkeyharness.conformance.target.RpTarget;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** One check in progress: its target, its seed, its usernames, and everything it exchanged and noticed. */
public final class CheckRun {

    private static final int MAX_SLUG = 40;

    private final Check.SingleStep check;
    private final RpTarget target;
    private final long seed;
    private final AttestationCa attestationCa;
    private final Optional<String> positiveTwin;
    private final List<Exchange> exchanges = new ArrayList<>();
    private final List<Exchange> aftermath = new ArrayList<>();
    private boolean inAftermath;
    private final Set<String> warnings = new LinkedHashSet<>();

    /**
     * {@code positiveTwin} is the run's positive registration check of this check's kind of authenticator, which
     * carries the failure when the RP refuses such registrations (empty when the run has none).
     */
    public CheckRun(Check.SingleStep check, RpTarget target, long runSeed, AttestationCa attestationCa,
            Optional<String> positiveTwin) {
        this.check = check;
        this.target = target;
        this.seed = Seeds.derive(runSeed, check.id());
        this.attestationCa = attestationCa;
        this.positiveTwin = positiveTwin;
    }

    public Check.SingleStep check() {
        return check;
    }

    Optional<String> positiveTwin() {
        return positiveTwin;
    }

    Setup setup() {
        return check.setup();
    }

    RpTarget target() {
        return target;
    }

    boolean can(RpTarget.Capability capability) {
        return target.capabilities().contains(capability);
    }

    /**
     * @throws CheckStop a skip naming {@code capability} and {@code why} it is needed, when the target lacks it
     */
    void require(RpTarget.Capability capability, String why) {
        if (!can(capability)) {
            throw CheckStop.skip("needs a target with " + capability.key() + " (" + why + "); "
                    + target.description() + " has " + target.capabilities().stream().map(RpTarget.Capability::key)
                    .sorted().toList());
        }
    }

    /**
     * Whether the target's answers carry the FIDO conformance API's ServerResponse envelope (status, errorMessage);
     * the onboarding API's answers do not.
     */
    boolean enveloped() {
        return can(RpTarget.Capability.CONFORMANCE_API);
    }

    /** The run's attestation CA: every device of every check issues its attestation certificates from it. */
    AttestationCa attestationCa() {
        return attestationCa;
    }

    /** A seed for one role in this check (the user's authenticator, the other user's, the twin…). */
    long seed(String role) {
        return Seeds.derive(seed, role);
    }

    /** A new visitor whose answers are logged in this check, in order. */
    RpSession newSession() {
        return new RecordingSession(target.newSession(), this::log);
    }

    /** An email-shaped username unique to this check and role, the same for the same run seed. */
    String username(String role) {
        String slug = check.id().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        slug = slug.length() > MAX_SLUG ? slug.substring(0, MAX_SLUG) : slug;
        return slug + "-" + role + "-" + Long.toHexString(seed(role) & 0xffffffffL) + "@passkey-harness.test";
    }

    /**
     * Sends the tested step: a connection that drops after the target was reached is no answer (a crash), not a
     * broken check.
     */
    Answer tested(Supplier<Answer> send) {
        try {
            return send.get();
        } catch (UncheckedIOException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return Answer.none(e.getMessage() + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
        }
    }

    /** From now on exchanges are the aftermath's: the follow-ups that check what a refusal left behind. */
    public void startAftermath() {
        inAftermath = true;
    }

    public void warn(String warning) {
        warnings.add(warning);
    }

    public List<Exchange> exchanges() {
        return List.copyOf(exchanges);
    }

    public List<Exchange> aftermath() {
        return List.copyOf(aftermath);
    }

    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    private void log(List<Exchange> made, Answer answer) {
        (inAftermath ? aftermath : exchanges).addAll(made);
        if (answer.exchange() != null && enveloped()) {
            Envelopes.deviation(answer).ifPresent(this::warn);
        }
    }
}
