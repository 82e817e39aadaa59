package dev.passkeyharness.conformance.runner.step;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.passkeyharness.authenticator.device.DeviceSpec;
import dev.passkeyharness.authenticator.device.SimulatedDevice;
import dev.passkeyharness.authenticator.profile.Profiles;
import dev.passkeyharness.conformance.catalogue.Check;
import dev.passkeyharness.conformance.catalogue.CheckCeremony;
import dev.passkeyharness.conformance.catalogue.CheckHeader;
import dev.passkeyharness.conformance.catalogue.Expectation;
import dev.passkeyharness.conformance.catalogue.Level;
import dev.passkeyharness.conformance.catalogue.Setup;
import dev.passkeyharness.conformance.catalogue.TestChecks;
import dev.passkeyharness.conformance.runner.judge.StepOutcome;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A tampering that yields, on this target, a response a correct RP must accept makes its check a skip. */
class ApplicabilityTest {

    private static final SimulatedDevice DEVICE = SimulatedDevice.of(DeviceSpec.of(Profiles.SECURITY_KEY).withSeed(7));
    private static final String ES256_ONLY = "{\"pubKeyCredParams\":[{\"type\":\"public-key\",\"alg\":-7}]}";

    @Test
    void anHttpOriginIsSkippedOnlyWhereTheTargetsOwnOriginIsHttp() {
        Check.SingleStep check = rejected(CheckCeremony.AUTHENTICATION, Applicability.HTTP_ORIGIN);

        String reason = skipped(() -> Applicability.require(check, "http://localhost:8080", DEVICE, "{}"));
        assertTrue(reason.contains("origin http://localhost:8080 is http"), reason);
        assertTrue(reason.contains("needs an https target"), reason);
        assertDoesNotThrow(() -> Applicability.require(check, "https://rp.example", DEVICE, "{}"));
        assertDoesNotThrow(() -> Applicability.require(check, "HTTPS://rp.example", DEVICE, "{}"));
    }

    @Test
    void anUnrequestedAlgorithmIsSkippedWhenTheTargetOffersEveryAlgorithmTheDeviceHas() {
        Check.SingleStep check = rejected(CheckCeremony.REGISTRATION, Applicability.UNREQUESTED_ALGORITHM);
        StringBuilder all = new StringBuilder("{\"pubKeyCredParams\":[");
        DEVICE.profile().algorithms().forEach(a -> all.append("{\"type\":\"public-key\",\"alg\":").append(a.coseId())
                .append("},"));
        all.setCharAt(all.length() - 1, ']');
        all.append('}');

        String reason = skipped(() -> Applicability.require(check, "https://rp.example", DEVICE, all.toString()));
        assertTrue(reason.contains("offers every algorithm the authenticator has"), reason);
        assertDoesNotThrow(() -> Applicability.require(check, "https://rp.example", DEVICE, ES256_ONLY));
    }

    @Test
    void checksWithoutThoseTamperingsAlwaysApply() {
        Check.SingleStep plain = rejected(CheckCeremony.REGISTRATION, "clientData.challenge.truncated");
        assertDoesNotThrow(() -> Applicability.require(plain, "http://localhost", DEVICE, ES256_ONLY));
        assertEquals(List.of(-7L), Applicability.offered(ES256_ONLY));
        assertEquals(List.of(), Applicability.offered("{\"pubKeyCredParams\":[{\"alg\":\"-7\"}]}"));
    }

    private static Check.SingleStep rejected(CheckCeremony ceremony, String tampering) {
        return TestChecks.response(ceremony, new CheckHeader("t." + tampering, "t", "test", Level.OPTIONAL, "test"),
                Setup.DEFAULT, List.of(tampering), List.of(), Expectation.REJECTED, null);
    }

    private static String skipped(Runnable step) {
        CheckStop stop = assertThrows(CheckStop.class, step::run);
        return assertInstanceOf(StepOutcome.Skipped.class, stop.outcome()).reason();
    }
}
