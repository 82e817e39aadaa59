package dev.passkeyharness.conformance.runner.step;

import co.nstant.in.cbor.model.DataItem;
import co.nstant.in.cbor.model.Map;
import co.nstant.in.cbor.model.UnicodeString;
import dev.passkeyharness.authenticator.cbor.Cbor;
import dev.passkeyharness.authenticator.cbor.CborFormatException;
import dev.passkeyharness.authenticator.data.Bytes;
import dev.passkeyharness.conformance.runner.judge.Judge;
import dev.passkeyharness.authenticator.device.SimulatedDevice;
import dev.passkeyharness.conformance.target.Answer;
import dev.passkeyharness.conformance.target.RpSession;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * What a refused correct registration says about a check: nothing about its rule when the target was not told to
 * trust the attestation it carried, or when the run's positive check of that kind carries the failure; otherwise the
 * RP refused what it must accept, and the check fails.
 */
final class Preconditions {

    /** How a user declares the run's attestation CA to a target at a URL (README: attestation trust). */
    static final String DECLARE_TRUST = "write its root with 'passkey-harness authenticator ca --out DIR --state FILE',"
            + " load DIR/root.pem into the RP's attestation trust anchors and run with --state FILE to judge this";

    private final CheckRun run;

    Preconditions(CheckRun run) {
        this.run = run;
    }

    /** The stop for a correct setup registration the RP refused ({@code what}: e.g. "registration"). */
    CheckStop refused(String what, Answer answer, String responseJson) {
        String refused = "setup failed: " + what + " refused: " + Judge.describe(answer);
        Optional<String> untrusted = untrusted(responseJson);
        if (untrusted.isPresent()) {
            return CheckStop.inconclusive(refused + "; " + untrusted.get() + seeTwin());
        }
        return run.positiveTwin().isPresent() ? CheckStop.inconclusive(refused + seeTwin())
                : CheckStop.setupRefused(refused);
    }

    /**
     * A correct registration by {@code device} for a new user in a new session: the refusal ("400: …") when the RP
     * refuses it too, empty when it accepts it.
     */
    Optional<String> control(Ceremonies ceremonies, SimulatedDevice device) {
        RpSession session = run.newSession();
        String username = run.username("control");
        Answer prepared = session.prepareUser(username, Ceremonies.displayName(username));
        if (!prepared.accepted()) {
            return Optional.of("sign-up " + Judge.describe(prepared));
        }
        Answer options = session.registrationOptions(ceremonies.creationRequest(username));
        if (!options.jsonSuccess()) {
            return Optional.of("options " + Judge.describe(options));
        }
        Answer answer = session.registrationResult(ceremonies.create(device, options.optionsJson()));
        return answer.accepted() ? Optional.empty() : Optional.of(Judge.describe(answer));
    }

    /** "; the RP refuses a correct registration of this kind (see ID)", or "" when the run has no such check. */
    String seeTwin() {
        return run.positiveTwin().map(id -> "; the RP refuses a correct registration of this kind (see " + id + ")")
                .orElse("");
    }

    /**
     * Why a refusal of {@code responseJson} may be the target's trust policy: the response carries an attestation
     * certificate chain from the run's CA, and the target was not told to trust it. Empty when the target declared
     * that trust or the attestation has no chain (none, self attestation).
     */
    Optional<String> untrusted(String responseJson) {
        if (run.target().attestationCa().isPresent()) {
            return Optional.empty();
        }
        return chainedFormat(responseJson).map(fmt -> "its " + fmt + " attestation chains to the run's attestation CA,"
                + " which the target was not told to trust: " + DECLARE_TRUST);
    }

    /**
     * Why an accepted attestation whose trust path the check broke says nothing about the rule: the target was not
     * told to trust the run's CA, so it cannot chain the attestation to a root of its own at all, and may then accept
     * it as self attestation (WebAuthn L3 §7.1 step 25). Empty when the target declared that trust or the attestation
     * carries no chain.
     */
    Optional<String> unassessedTrustPath(String responseJson) {
        if (run.target().attestationCa().isPresent()) {
            return Optional.empty();
        }
        return chainedFormat(responseJson).map(fmt -> "accepted; the check breaks its " + fmt + " attestation's trust"
                + " path, which the target cannot assess without trusting the run's attestation CA (an RP may accept"
                + " an attestation it cannot chain to a root of its own as self attestation, WebAuthn L3 §7.1 step 25): "
                + DECLARE_TRUST);
    }

    /** The attestation format when its statement carries a chain (WebAuthn L3 §8: x5c; SafetyNet's JWS header). */
    static Optional<String> chainedFormat(String responseJson) {
        try {
            JsonNode response = Ceremonies.JSON.readTree(responseJson);
            String attestationObject = response.path("response").path("attestationObject").asString("");
            if (!(Cbor.decode(Bytes.fromBase64Url(attestationObject).toByteArray()) instanceof Map object)) {
                return Optional.empty();
            }
            DataItem fmt = object.get(new UnicodeString("fmt"));
            DataItem statement = object.get(new UnicodeString("attStmt"));
            if (!(fmt instanceof UnicodeString format) || !(statement instanceof Map attStmt)) {
                return Optional.empty();
            }
            boolean chained = attStmt.get(new UnicodeString("x5c")) != null
                    || "android-safetynet".equals(format.getString());
            return chained ? Optional.of(format.getString()) : Optional.empty();
        } catch (CborFormatException | RuntimeException e) {
            // an edited response may not parse: it then carries no chain the harness can name
            return Optional.empty();
        }
    }
}
