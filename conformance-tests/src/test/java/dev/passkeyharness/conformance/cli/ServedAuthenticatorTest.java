package dev.passkeyharness.conformance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.passkeyharness.authenticator.device.DeviceSpec;
import dev.passkeyharness.authenticator.device.SimulatedDevice;
import dev.passkeyharness.authenticator.profile.Profiles;
import dev.passkeyharness.authenticator.state.CredentialStateFile;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServedAuthenticatorTest {

    /** authenticatorGetInfo (CTAP 2.1 §6.4). */
    private static final byte[] GET_INFO = {0x04};
    /** authenticatorReset (CTAP 2.1 §6.6). */
    private static final byte[] RESET = {0x07};

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private ServedAuthenticator served(Path state, Duration delay) {
        SimulatedDevice device = SimulatedDevice.of(DeviceSpec.of(Profiles.SECURITY_KEY).withSeed(7));
        return new ServedAuthenticator(device, delay, Optional.ofNullable(state), false, new PrintWriter(err, true));
    }

    @Test
    void writesTheStateFileOnlyWhenWhatItHoldsChanges() throws Exception {
        Path state = dir.resolve("state.json");
        ServedAuthenticator served = served(state, Duration.ZERO);
        served.saveIfChanged();
        String fresh = Files.readString(state);
        Files.writeString(state, "overwritten to see whether it is written again");

        served.process(GET_INFO);
        assertEquals("overwritten to see whether it is written again", Files.readString(state), "getInfo changes nothing");

        served.process(RESET);
        String reset = Files.readString(state);
        assertFalse(reset.equals(fresh), "reset makes a new wrapping key");
        assertTrue(CredentialStateFile.read(state).isPresent());
        assertEquals("", err.toString());
    }

    @Test
    void aFailedWriteIsOneLineOnStderrAndTriedAgain() throws Exception {
        Path blocked = Files.writeString(dir.resolve("file"), "x").resolve("state.json");
        ServedAuthenticator served = served(blocked, Duration.ZERO);
        served.saveIfChanged();
        assertTrue(err.toString().startsWith("passkey-harness: state file"), err.toString());
        served.saveIfChanged();
        assertEquals(2, err.toString().lines().count(), "tried again: " + err);
    }

    @Test
    void thePersonTakesTheDelayToTouchButNotForGetInfo() {
        ServedAuthenticator served = served(null, Duration.ofMillis(300));
        long start = System.nanoTime();
        served.process(GET_INFO);
        long getInfo = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        served.process(RESET);
        long reset = (System.nanoTime() - start) / 1_000_000;
        assertTrue(reset >= 300, "reset after " + reset + " ms");
        assertTrue(getInfo < 300, "getInfo after " + getInfo + " ms");
    }
}
