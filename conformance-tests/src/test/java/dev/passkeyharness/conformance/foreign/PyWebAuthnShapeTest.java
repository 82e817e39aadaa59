package dev.passkeyharness.conformance.foreign;

import dev.passkeyharness.authenticator.transport.PythonFido2;
import java.util.List;
import org.opentest4j.TestAbortedException;

/**
 * The catalogue through the {@code py-webauthn} profile against a server with webauthn.io's endpoints (the demo of
 * py_webauthn, which Debian does not package) verifying with python-fido2's Fido2Server (Debian's python3-fido2).
 */
class PyWebAuthnShapeTest extends ForeignServerContract {

    @Override
    protected String fixture() {
        return "python-fido2";
    }

    @Override
    protected String profile() {
        return "py-webauthn";
    }

    @Override
    protected ForeignServer start() {
        try {
            PythonFido2.assumeInstalled();
        } catch (TestAbortedException notInstalled) {
            throw notInstalled;
        } catch (Exception e) {
            throw new IllegalStateException("could not ask " + PythonFido2.PYTHON + " for fido2", e);
        }
        return ForeignServer.start("python-fido2 (webauthn.io endpoints)", FIXTURES.resolve(fixture()),
                List.of(PythonFido2.PYTHON.toString(), "server.py", "--shape", "webauthn-io"));
    }
}
