package dev.passkeyharness.conformance.runner.step;

import dev.passkeyharness.authenticator.client.ResidentKeyRequirement;
import dev.passkeyharness.authenticator.client.UserVerificationRequirement;
import dev.passkeyharness.authenticator.crypto.CoseAlgorithm;
import dev.passkeyharness.authenticator.device.SimulatedDevice;
import dev.passkeyharness.authenticator.json.StrictJson;
import dev.passkeyharness.conformance.catalogue.Check;
import dev.passkeyharness.conformance.target.RpTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Whether a check's tamperings can say anything about this target: a tampering that, here, yields a response a
 * correct RP must accept (the target's own http origin, an "unrequested" algorithm the target did request) makes the
 * check a SKIP with the reason, never a FAIL.
 */
final class Applicability {

    static final String HTTP_ORIGIN = "clientData.origin.http";
    static final String UNREQUESTED_ALGORITHM = "authData.alg.unrequested";

    /**
     * Tamperings that leave the attestation signature valid and break only its trust path, which an RP assesses
     * against trust anchors of its own (WebAuthn L3 §7.1 step 24; RFC 5280 §6.1): certificate validity, the anchor
     * itself sent in x5c.
     */
    static final Set<String> TRUST_PATH = Set.of("attStmt.x5c.expired", "attStmt.x5c.not-yet-valid",
            "attStmt.x5c.intermediate-expired", "attStmt.x5c.root-included");

    /** The reference RP's rule for an attestation that does not chain to an acceptable root. */
    static final String UNTRUSTED_RULE = "attestation-untrusted";

    private Applicability() {
    }

    /**
     * @throws CheckStop a skip when one of the check's tamperings does not apply to {@code origin} or to the options
     */
    static void require(Check.SingleStep check, String origin, SimulatedDevice device, String optionsJson) {
        if (!(check instanceof Check.ResponseCheck response)) {
            return;
        }
        List<String> tamperings = response.tamperings();
        // WebAuthn L3 §13.4.9: an http origin is a downgrade only where the RP's own origin is https
        if (tamperings.contains(HTTP_ORIGIN) && origin.toLowerCase(Locale.ROOT).startsWith("http://")) {
            throw CheckStop.skip("the target's own origin " + origin + " is http, so the http origin is the RP's own,"
                    + " not a downgrade; this check needs an https target");
        }
        // WebAuthn L3 §7.1 step 19: only an algorithm missing from pubKeyCredParams is unrequested
        if (tamperings.contains(UNREQUESTED_ALGORITHM)) {
            List<Long> offered = offered(optionsJson);
            List<String> unrequested = device.profile().algorithms().stream()
                    .filter(a -> !offered.contains((long) a.coseId())).map(CoseAlgorithm::jwaName).toList();
            if (unrequested.isEmpty()) {
                throw CheckStop.skip("the target offers every algorithm the authenticator has ("
                        + device.profile().algorithms().stream().map(CoseAlgorithm::jwaName).toList()
                        + "), so none is unrequested");
            }
        }
    }

    /**
     * A check whose setup asks for user verification or a discoverable credential, against a target whose options
     * request carries no such member (its profile is not the conformance API's): the RP decides, and where its own
     * options rule out the check's premise the check says nothing about the RP (WebAuthn L3 §7.1 step 15, §7.2
     * step 16: UV is only checked when the RP's options required it).
     *
     * @throws CheckStop a skip naming the premise and what the target's options say
     */
    static void requirePremise(CheckRun run, String optionsJson, boolean creation) {
        if (run.can(RpTarget.Capability.CONFORMANCE_API)) {
            return;
        }
        JsonNode options = StrictJson.tolerantReader().readTree(optionsJson);
        JsonNode selection = options.path("authenticatorSelection");
        if (run.setup().userVerification() == UserVerificationRequirement.REQUIRED) {
            String uv = (creation ? selection : options).path("userVerification").asString("preferred");
            if (!uv.equals("required")) {
                throw CheckStop.skip("the check's premise is userVerification \"required\", which the target's "
                        + (creation ? "creation" : "request") + " options do not ask (\"" + uv + "\"); its profile "
                        + "cannot ask for it");
            }
        }
        if (creation && run.setup().residentKey() == ResidentKeyRequirement.REQUIRED) {
            // WebAuthn L3 §5.4.4: without residentKey, requireResidentKey true means required, else discouraged
            String residentKey = selection.path("residentKey").asString(
                    selection.path("requireResidentKey").asBoolean(false) ? "required" : "discouraged");
            if (residentKey.equals("discouraged")) {
                throw CheckStop.skip("the check needs a discoverable credential, which the target's creation options "
                        + "discourage (residentKey \"discouraged\"); its profile cannot ask for one");
            }
        }
    }

    /** Whether the check's point is the attestation's trust path, which only a target that trusts the run's CA judges. */
    static boolean judgesTrustPath(Check.ResponseCheck check) {
        return UNTRUSTED_RULE.equals(check.expectedRule()) || check.tamperings().stream().anyMatch(TRUST_PATH::contains);
    }

    /** The COSE algorithm identifiers in the options' pubKeyCredParams (registration options only). */
    static List<Long> offered(String optionsJson) {
        List<Long> offered = new ArrayList<>();
        for (JsonNode p : StrictJson.tolerantReader().readTree(optionsJson).path("pubKeyCredParams")) {
            if (p.path("alg").isIntegralNumber()) {
                offered.add(p.path("alg").asLong());
            }
        }
        return offered;
    }
}
