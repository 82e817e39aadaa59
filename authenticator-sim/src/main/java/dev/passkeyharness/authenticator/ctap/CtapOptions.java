package dev.passkeyharness.authenticator.ctap;

import co.nstant.in.cbor.model.DataItem;
import dev.passkeyharness.authenticator.cbor.Cbor;

/** The options map of makeCredential / getAssertion (CTAP 2.1 §6.1, §6.2); a null member was not sent. */
public record CtapOptions(Boolean rk, Boolean up, Boolean uv) {

    public static final CtapOptions NONE = new CtapOptions(null, null, null);

    boolean isEmpty() {
        return rk == null && up == null && uv == null;
    }

    DataItem toCbor() {
        return Cbor.map()
                .putIfPresent("rk", rk == null ? null : Cbor.bool(rk))
                .putIfPresent("up", up == null ? null : Cbor.bool(up))
                .putIfPresent("uv", uv == null ? null : Cbor.bool(uv))
                .build();
    }

    /** Option keys that are not understood are treated as absent (CTAP 2.1 §6.1.2 step 4), but every value must be a boolean. */
    static CtapOptions parse(CborReader options) throws CtapException {
        if (options == null) {
            return NONE;
        }
        for (String key : options.textKeys()) {
            options.optionalBoolean(key);
        }
        return new CtapOptions(options.optionalBoolean("rk"), options.optionalBoolean("up"), options.optionalBoolean("uv"));
    }
}
