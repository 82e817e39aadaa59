package dev.passkeyharness.conformance.foreign;


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
        return PythonFido2ServerConformanceTest.start("python-fido2 (webauthn.io endpoints)", "--shape", "webauthn-io");
    }
}
