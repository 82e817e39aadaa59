package dev.passkeyharness.conformance.foreign;

import dev.passkeyharness.conformance.foreign.yubico.YubicoServer;
import java.util.Optional;

/**
 * The catalogue through the {@code go-webauthn-example} profile against a server with the endpoints of go-webauthn's example server,
 * verifying with Yubico's java-webauthn-server 2.9.0 and its defaults, in the test JVM.
 */
class GoWebAuthnExampleShapeTest extends ForeignServerContract {

    @Override
    protected String fixture() {
        return "yubico";
    }

    @Override
    protected String profile() {
        return "go-webauthn-example";
    }

    @Override
    protected ForeignServer start() {
        YubicoServer server = YubicoServer.start(Optional.empty(), YubicoServer.Shape.GO_EXAMPLE);
        return ForeignServer.inProcess("Yubico java-webauthn-server 2.9.0 (go-webauthn-example endpoints)", server.url(),
                server);
    }
}
