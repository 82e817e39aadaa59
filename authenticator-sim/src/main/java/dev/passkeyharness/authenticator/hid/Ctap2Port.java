package dev.passkeyharness.authenticator.hid;

import dev.passkeyharness.authenticator.ctap.Ctap2Authenticator;

/** The CTAP2 authenticator behind the HID transport: request bytes in, response bytes out, and a power cycle. */
public interface Ctap2Port {

    /** A CTAP2 request (command byte + CBOR) in, a response (status byte + CBOR) out. */
    byte[] process(byte[] request);

    /** Forget what lasts only until the next boot; keep the credentials. */
    void powerCycle();

    static Ctap2Port of(Ctap2Authenticator authenticator) {
        return new Ctap2Port() {
            @Override
            public byte[] process(byte[] request) {
                return authenticator.process(request);
            }

            @Override
            public void powerCycle() {
                authenticator.powerCycle();
            }
        };
    }
}
