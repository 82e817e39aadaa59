package dev.passkeyharness.conformance.foreign;

import dev.passkeyharness.authenticator.transport.PythonFido2;
import java.util.List;
import org.opentest4j.TestAbortedException;

/** The catalogue against python-fido2's Fido2Server (Debian's python3-fido2) behind the conformance API. */
class PythonFido2ServerConformanceTest extends ForeignServerContract {

    @Override
    protected String fixture() {
        return "python-fido2";
    }

    @Override
    protected ForeignServer start() {
        return start("python-fido2");
    }

    /** server.py with {@code arguments}, or the caller skipped when Debian's python3-fido2 is missing. */
    static ForeignServer start(String name, String... arguments) {
        try {
            PythonFido2.assumeInstalled();
        } catch (TestAbortedException notInstalled) {
            throw notInstalled;
        } catch (Exception e) {
            throw new IllegalStateException("could not ask " + PythonFido2.PYTHON + " for fido2", e);
        }
        List<String> command = new java.util.ArrayList<>(List.of(PythonFido2.PYTHON.toString(), "server.py"));
        command.addAll(List.of(arguments));
        return ForeignServer.start(name, FIXTURES.resolve("python-fido2"), command);
    }
}
