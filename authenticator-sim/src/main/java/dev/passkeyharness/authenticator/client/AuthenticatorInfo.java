package dev.passkeyharness.authenticator.client;

import co.nstant.in.cbor.model.DataItem;
import co.nstant.in.cbor.model.Map;
import co.nstant.in.cbor.model.SimpleValue;
import co.nstant.in.cbor.model.UnsignedInteger;
import dev.passkeyharness.authenticator.cbor.Cbor;
import dev.passkeyharness.authenticator.cbor.CborFormatException;

/**
 * What the client reads from authenticatorGetInfo (CTAP 2.1 §6.4): whether discoverable credentials can be made, and
 * whether user verification is usable now ({@code uv} true) rather than absent or not configured.
 */
record AuthenticatorInfo(boolean residentKeys, boolean userVerification) {

    private static final int OPTIONS = 0x04;

    static AuthenticatorInfo decode(byte[] body) throws CborFormatException {
        if (!(Cbor.decode(body) instanceof Map info)) {
            throw new CborFormatException("getInfo response is not a map");
        }
        DataItem options = info.get(new UnsignedInteger(OPTIONS));
        if (options == null) {
            return new AuthenticatorInfo(false, false);
        }
        if (!(options instanceof Map map)) {
            throw new CborFormatException("getInfo options is not a map");
        }
        return new AuthenticatorInfo(isTrue(map, "rk"), isTrue(map, "uv"));
    }

    private static boolean isTrue(Map options, String key) {
        return SimpleValue.TRUE.equals(options.get(Cbor.text(key)));
    }
}
