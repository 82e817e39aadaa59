package dev.passkeyharness.authenticator.ctap;

import co.nstant.in.cbor.model.Array;
import co.nstant.in.cbor.model.ByteString;
import co.nstant.in.cbor.model.DataItem;
import co.nstant.in.cbor.model.Map;
import co.nstant.in.cbor.model.SimpleValue;
import co.nstant.in.cbor.model.SimpleValueType;
import co.nstant.in.cbor.model.UnicodeString;
import dev.passkeyharness.authenticator.cbor.Cbor;
import dev.passkeyharness.authenticator.data.Bytes;
import java.util.ArrayList;
import java.util.List;

/**
 * Typed access to a decoded CTAP2 request map: each getter either returns the value in the type the spec names or
 * throws the status CTAP 2.1 gives for that fault (CBOR_UNEXPECTED_TYPE for a wrong type, MISSING_PARAMETER for an
 * absent required member).
 */
final class CborReader {

    private final Map map;
    private final String context;

    private CborReader(Map map, String context) {
        this.map = map;
        this.context = context;
    }

    static CborReader of(DataItem item, String context) throws CtapException {
        if (!(item instanceof Map map)) {
            throw unexpected(context, "a map");
        }
        return new CborReader(map, context);
    }

    /** Only unsigned integer keys are allowed in CTAP2 command parameter maps. */
    CborReader requireIntegerKeys() throws CtapException {
        for (DataItem key : map.getKeys()) {
            Long k = Cbor.longValue(key);
            if (k == null || k < 0) {
                throw unexpected(context + " key", "an unsigned integer");
            }
        }
        return this;
    }

    private DataItem get(DataItem key) {
        return map.get(key);
    }

    private DataItem get(long key) {
        return get(Cbor.integer(key));
    }

    private DataItem get(String key) {
        return get(Cbor.text(key));
    }

    boolean has(long key) {
        return get(key) != null;
    }

    boolean has(String key) {
        return get(key) != null;
    }

    DataItem raw(long key) {
        return get(key);
    }

    Bytes requiredBytes(long key, String name) throws CtapException {
        return bytes(require(get(key), name), name);
    }

    Bytes optionalBytes(long key, String name) throws CtapException {
        DataItem item = get(key);
        return item == null ? null : bytes(item, name);
    }

    Bytes requiredBytes(String key) throws CtapException {
        return bytes(require(get(key), key), key);
    }

    String requiredText(long key, String name) throws CtapException {
        return text(require(get(key), name), name);
    }

    String requiredText(String key) throws CtapException {
        return text(require(get(key), key), key);
    }

    String optionalText(String key) throws CtapException {
        DataItem item = get(key);
        return item == null ? null : text(item, key);
    }

    Long optionalInteger(long key, String name) throws CtapException {
        DataItem item = get(key);
        return item == null ? null : integer(item, name);
    }

    long requiredInteger(String key) throws CtapException {
        return integer(require(get(key), key), key);
    }

    CborReader requiredMap(long key, String name) throws CtapException {
        return of(require(get(key), name), name);
    }

    CborReader optionalMap(long key, String name) throws CtapException {
        DataItem item = get(key);
        return item == null ? null : of(item, name);
    }

    List<DataItem> requiredArray(long key, String name) throws CtapException {
        return array(require(get(key), name), name);
    }

    List<DataItem> optionalArray(long key, String name) throws CtapException {
        DataItem item = get(key);
        return item == null ? null : array(item, name);
    }

    List<DataItem> optionalArray(String key) throws CtapException {
        DataItem item = get(key);
        return item == null ? null : array(item, key);
    }

    Boolean optionalBoolean(String key) throws CtapException {
        DataItem item = get(key);
        if (item == null) {
            return null;
        }
        if (item instanceof SimpleValue sv
                && (sv.getSimpleValueType() == SimpleValueType.TRUE || sv.getSimpleValueType() == SimpleValueType.FALSE)) {
            return sv.getSimpleValueType() == SimpleValueType.TRUE;
        }
        throw unexpected(context + "." + key, "a boolean");
    }

    List<String> textKeys() throws CtapException {
        List<String> keys = new ArrayList<>();
        for (DataItem key : map.getKeys()) {
            keys.add(text(key, context + " key"));
        }
        return keys;
    }

    Map map() {
        return map;
    }

    private DataItem require(DataItem item, String name) throws CtapException {
        if (item == null) {
            throw new CtapException(CtapStatus.CTAP2_ERR_MISSING_PARAMETER, context + "." + name + " is missing");
        }
        return item;
    }

    private Bytes bytes(DataItem item, String name) throws CtapException {
        if (item instanceof ByteString bs) {
            return Bytes.of(bs.getBytes());
        }
        throw unexpected(context + "." + name, "a byte string");
    }

    private String text(DataItem item, String name) throws CtapException {
        if (item instanceof UnicodeString us) {
            return us.getString();
        }
        throw unexpected(context + "." + name, "a text string");
    }

    private long integer(DataItem item, String name) throws CtapException {
        Long v = Cbor.longValue(item);
        if (v == null) {
            throw unexpected(context + "." + name, "an integer");
        }
        return v;
    }

    private List<DataItem> array(DataItem item, String name) throws CtapException {
        if (item instanceof Array a) {
            return a.getDataItems();
        }
        throw unexpected(context + "." + name, "an array");
    }

    private static CtapException unexpected(String where, String expected) {
        return new CtapException(CtapStatus.CTAP2_ERR_CBOR_UNEXPECTED_TYPE, where + " must be " + expected);
    }
}
