package dev.passkeyharness.conformance.foreign;

import dev.passkeyharness.conformance.foreign.yubico.YubicoServer;
import java.util.Optional;

/**
 * The catalogue through the {@code yubico-demo} profile against a server with the endpoints of Yubico's demo server (webauthn-server-demo),
 * verifying with Yubico's java-webauthn-server 2.9.0 and its defaults, in the test JVM.
 */
class YubicoDemoTest extends ForeignServerContract {

    @Override
    protected String fixture() {
        return "yubico";
    }

    @Override
    protected String profile() {
        return "yubico-demo";
    }

    @Override
    protected ForeignServer start() {
        YubicoServer server = YubicoServer.start(Optional.empty(), YubicoServer.Shape.DEMO);
        return ForeignServer.inProcess("Yubico java-webauthn-server 2.9.0 (yubico-demo endpoints)", server.url(),
                server);
    }
}
