package dev.passkeyharness.authenticator.cbor;

import co.nstant.in.cbor.model.DataItem;
import co.nstant.in.cbor.model.Map;

/** A small fluent builder for CBOR maps; the encoder sorts keys canonically, so insertion order does not matter. */
public final class CborMap {

    private final Map map = new Map();

    CborMap() {
    }

    public CborMap put(long key, DataItem value) {
        map.put(Cbor.integer(key), value);
        return this;
    }

    public CborMap put(String key, DataItem value) {
        map.put(Cbor.text(key), value);
        return this;
    }

    public CborMap putIfPresent(long key, DataItem value) {
        return value == null ? this : put(key, value);
    }

    public CborMap putIfPresent(String key, DataItem value) {
        return value == null ? this : put(key, value);
    }

    public Map build() {
        return map;
    }

    public byte[] encode() {
        return Cbor.encode(map);
    }
}
