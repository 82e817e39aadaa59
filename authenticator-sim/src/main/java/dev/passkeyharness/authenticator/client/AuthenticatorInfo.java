package dev.passkeyharness.authenticator.client;

import co.nstant.in.cbor.model.DataItem;
import co.nstant.in.cbor.model.Map;
import co.nstant.in.cbor.model.SimpleValue;
import co.nstant.in.cbor.model.UnsignedInteger;
import dev.passkeyharness.authenticator.cbor.Cbor;
import dev.passkeyharness.authenticator.cbor.CborFormatException;

/**
 * What the client reads from authenticatorGetInfo (CTAP 2.1 §6.4): whether discoverable credentials can be made,
 * whether user verification is usable now ({@code uv} true) rather than absent or not configured, and how many
 * credentials one exclude or allow list may hold (1 when the authenticator does not say, as platforms assume).
 */
record AuthenticatorInfo(boolean residentKeys, boolean userVerification, int maxCredentialCountInList) {

    private static final int OPTIONS = 0x04;
    private static final int MAX_CREDENTIAL_COUNT_IN_LIST = 0x07;

    static AuthenticatorInfo decode(byte[] body) throws CborFormatException {
        if (!(Cbor.decode(body) instanceof Map info)) {
            throw new CborFormatException("getInfo response is not a map");
        }
        DataItem count = info.get(new UnsignedInteger(MAX_CREDENTIAL_COUNT_IN_LIST));
        int max = 1;
        if (count != null) {
            if (!(count instanceof UnsignedInteger n) || n.getValue().signum() <= 0) {
                throw new CborFormatException("getInfo maxCredentialCountInList is not a positive integer");
            }
            max = n.getValue().min(java.math.BigInteger.valueOf(Integer.MAX_VALUE)).intValue();
        }
        DataItem options = info.get(new UnsignedInteger(OPTIONS));
        if (options == null) {
            return new AuthenticatorInfo(false, false, max);
        }
        if (!(options instanceof Map map)) {
            throw new CborFormatException("getInfo options is not a map");
        }
        return new AuthenticatorInfo(isTrue(map, "rk"), isTrue(map, "uv"), max);
    }

    private static boolean isTrue(Map options, String key) {
        return SimpleValue.TRUE.equals(options.get(Cbor.text(key)));
    }
}
