package dev.passkeyharness.authenticator.tamper.edit;

import co.nstant.in.cbor.model.DataItem;
import co.nstant.in.cbor.model.Map;
import dev.passkeyharness.authenticator.cbor.Cbor;
import dev.passkeyharness.authenticator.cbor.CborFormatException;
import dev.passkeyharness.authenticator.data.Bytes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** CBOR edits for tamperings: map copies (inputs are never mutated) and deliberately non-canonical encodings. */
public final class CborEdits {

    // RFC 8949 §3.2.2: indefinite-length map header and the break that ends it
    private static final int MAP_INDEFINITE = 0xBF;
    private static final byte BREAK = (byte) 0xFF;
    // RFC 8949 §3: a definite map of fewer than 24 pairs has a one-byte header 0xA0-0xB7
    private static final int MAP_SMALL_FIRST = 0xA0;
    private static final int MAP_SMALL_LAST = 0xB7;

    private CborEdits() {
    }

    public static Map copyWithout(Map map, String key) {
        Map copy = new Map();
        DataItem removed = Cbor.text(key);
        map.getKeys().stream().filter(k -> !k.equals(removed)).forEach(k -> copy.put(k, map.get(k)));
        return copy;
    }

    public static Map copyWith(Map map, String key, DataItem value) {
        Map copy = new Map();
        DataItem replaced = Cbor.text(key);
        map.getKeys().forEach(k -> copy.put(k, k.equals(replaced) ? value : map.get(k)));
        if (map.get(replaced) == null) {
            copy.put(replaced, value);
        }
        return copy;
    }

    /** The encoded map re-encoded canonically with one text-keyed member replaced. */
    public static Bytes withMember(Bytes encodedMap, String key, DataItem value) {
        return Bytes.of(Cbor.encode(copyWith(decodeMap(encodedMap), key, value)));
    }

    /** The encoded map with its keys in reverse canonical order (for an attestation object: authData first). */
    public static Bytes reversedKeyOrder(Bytes encodedMap) {
        Map map = decodeMap(encodedMap);
        List<DataItem> keys = new ArrayList<>(map.getKeys());
        Collections.reverse(keys);
        Map reordered = new Map();
        keys.forEach(k -> reordered.put(k, map.get(k)));
        return Bytes.of(Cbor.encodeInOrder(reordered));
    }

    /** The same map with an indefinite-length header and a closing break instead of its definite length. */
    public static Bytes indefiniteLengthMap(Bytes encodedMap) {
        byte[] in = encodedMap.toByteArray();
        int header = in.length == 0 ? -1 : in[0] & 0xFF;
        if (header < MAP_SMALL_FIRST || header > MAP_SMALL_LAST) {
            throw new IllegalArgumentException("not a definite-length CBOR map of fewer than 24 pairs");
        }
        byte[] out = new byte[in.length + 1];
        out[0] = (byte) MAP_INDEFINITE;
        System.arraycopy(in, 1, out, 1, in.length - 1);
        out[out.length - 1] = BREAK;
        return Bytes.of(out);
    }

    private static Map decodeMap(Bytes encoded) {
        try {
            if (Cbor.decode(encoded.toByteArray()) instanceof Map map) {
                return map;
            }
        } catch (CborFormatException e) {
            throw new IllegalArgumentException("not CBOR: " + e.getMessage(), e);
        }
        throw new IllegalArgumentException("not a CBOR map");
    }
}
