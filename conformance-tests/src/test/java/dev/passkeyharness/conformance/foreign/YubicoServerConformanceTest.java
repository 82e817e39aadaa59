package dev.passkeyharness.conformance.foreign;

import dev.passkeyharness.conformance.foreign.yubico.YubicoServer;
import java.util.Optional;

/**
 * The catalogue against a conformance server on Yubico's java-webauthn-server 2.9.0 with the library's defaults. The
 * server runs inside the test's JVM: it is Java on the test classpath already, so a child JVM would add only a
 * classpath to pass on and a listening line to wait for.
 */
class YubicoServerConformanceTest extends ForeignServerContract {

    @Override
    protected String fixture() {
        return "yubico";
    }

    @Override
    protected ForeignServer start() {
        YubicoServer server = YubicoServer.start(Optional.empty());
        return ForeignServer.inProcess("Yubico java-webauthn-server 2.9.0", server.url(), server);
    }
}
