package dev.passkeyharness.conformance.cli;

import dev.passkeyharness.authenticator.ctap.CtapCommand;
import dev.passkeyharness.authenticator.device.SimulatedDevice;
import dev.passkeyharness.authenticator.hid.Ctap2Port;
import dev.passkeyharness.authenticator.state.CredentialStateFile;
import dev.passkeyharness.authenticator.state.SavedAuthenticator;
import dev.passkeyharness.authenticator.state.StateFileException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The device {@code authenticator serve} puts behind its carriers: the person takes the presence delay to touch it
 * before each request that asks for a touch, and the state file follows every change. A change is any difference in
 * what the file would hold (credentials, counters, wrapping key, CA), compared after each request and power cycle, so
 * makeCredential, getAssertion, reset and whatever comes later are all caught without a hook in the authenticator.
 */
final class ServedAuthenticator implements Ctap2Port {

    /** The commands that wait for user presence (CTAP 2.1 §6.1.2, §6.2.2, §6.6, §6.9). */
    private static final Set<CtapCommand> TOUCHED = EnumSet.of(CtapCommand.AUTHENTICATOR_MAKE_CREDENTIAL,
            CtapCommand.AUTHENTICATOR_GET_ASSERTION, CtapCommand.AUTHENTICATOR_RESET,
            CtapCommand.AUTHENTICATOR_SELECTION);

    private final SimulatedDevice device;
    private final Duration presenceDelay;
    private final Optional<Path> stateFile;
    private final PrintWriter err;
    private String saved;

    /** {@code fileCurrent}: the device was just loaded from the state file, which therefore needs no write yet. */
    ServedAuthenticator(SimulatedDevice device, Duration presenceDelay, Optional<Path> stateFile, boolean fileCurrent,
            PrintWriter err) {
        this.device = device;
        this.presenceDelay = presenceDelay;
        this.stateFile = stateFile;
        this.err = err;
        this.saved = fileCurrent ? CredentialStateFile.format(device.saved()) : null;
    }

    @Override
    public byte[] process(byte[] request) {
        if (request.length > 0 && CtapCommand.fromCode(request[0] & 0xff).filter(TOUCHED::contains).isPresent()) {
            waitForTouch();
        }
        byte[] response = device.authenticator().process(request);
        saveIfChanged();
        return response;
    }

    @Override
    public void powerCycle() {
        device.authenticator().powerCycle();
        saveIfChanged();
    }

    /**
     * Writes the state file (atomically, see {@link CredentialStateFile#write}) if what it would hold differs from
     * what was last written; a failed write is reported on stderr and tried again after the next request.
     */
    synchronized void saveIfChanged() {
        if (stateFile.isEmpty()) {
            return;
        }
        SavedAuthenticator now = device.saved();
        String text = CredentialStateFile.format(now);
        if (text.equals(saved)) {
            return;
        }
        try {
            CredentialStateFile.write(stateFile.get(), now);
            saved = text;
        } catch (StateFileException e) {
            err.println("passkey-harness: " + ErrorBoundary.oneLine(e.getMessage()));
            err.flush();
        }
    }

    /** The keepalives go on meanwhile: this runs on the device's worker, not its ticking thread. */
    private void waitForTouch() {
        if (presenceDelay.isZero()) {
            return;
        }
        try {
            Thread.sleep(presenceDelay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
