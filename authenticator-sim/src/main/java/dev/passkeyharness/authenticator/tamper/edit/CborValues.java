package dev.passkeyharness.authenticator.tamper.edit;

import co.nstant.in.cbor.model.Array;
import co.nstant.in.cbor.model.ByteString;
import co.nstant.in.cbor.model.DataItem;
import co.nstant.in.cbor.model.DoublePrecisionFloat;
import co.nstant.in.cbor.model.Map;
import co.nstant.in.cbor.model.NegativeInteger;
import co.nstant.in.cbor.model.SimpleValue;
import co.nstant.in.cbor.model.UnicodeString;
import co.nstant.in.cbor.model.UnsignedInteger;
import dev.passkeyharness.authenticator.cbor.Cbor;
import dev.passkeyharness.authenticator.data.Bytes;
import java.util.Base64;
import java.util.List;
import java.util.Map.Entry;
import tools.jackson.databind.JsonNode;

/** A check's edit values as CBOR (CATALOGUE.md: string → text, integer → integer, {$bytes} → byte string…). */
final class CborValues {

    /** The one-member object that stands for a CBOR byte string. */
    static final String BYTES = "$bytes";

    private CborValues() {
    }

    static DataItem fromJson(JsonNode value) {
        if (isBytes(value)) {
            return Cbor.bytes(bytes(value).toByteArray());
        }
        if (value.isString()) {
            return Cbor.text(value.asString());
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return Cbor.integer(value.longValue());
        }
        if (value.isNumber()) {
            return new DoublePrecisionFloat(value.doubleValue());
        }
        if (value.isBoolean()) {
            return Cbor.bool(value.booleanValue());
        }
        if (value.isNull()) {
            return SimpleValue.NULL;
        }
        if (value.isArray()) {
            Array array = new Array();
            value.values().forEach(v -> array.add(fromJson(v)));
            return array;
        }
        if (value.isObject()) {
            Map map = new Map();
            for (Entry<String, JsonNode> member : value.properties()) {
                map.put(Cbor.text(member.getKey()), fromJson(member.getValue()));
            }
            return map;
        }
        throw new IllegalArgumentException("no CBOR value for " + value);
    }

    static boolean isBytes(JsonNode value) {
        return value.isObject() && value.size() == 1 && value.has(BYTES) && value.get(BYTES).isString();
    }

    /** The bytes of a {@code {$bytes: "<base64url>"}} value. */
    static Bytes bytes(JsonNode value) {
        if (!isBytes(value)) {
            throw new InvalidEditException("expected {" + BYTES + ": \"<base64url>\"}, got " + value);
        }
        return Bytes.fromBase64Url(value.get(BYTES).asString());
    }

    /**
     * A value of another CBOR type: text ↔ integer, map ↔ array, anything else → text. Bytes become their standard
     * base64 text, the form a verifier that maps CBOR through a JSON data binder reads back as the same bytes, so a
     * server that fails to check the type accepts every time rather than by chance.
     */
    static DataItem swapped(DataItem value) {
        if (value instanceof UnicodeString text) {
            return Cbor.integer(text.getString().length());
        }
        if (value instanceof UnsignedInteger || value instanceof NegativeInteger) {
            return Cbor.text(((co.nstant.in.cbor.model.Number) value).getValue().toString());
        }
        if (value instanceof ByteString bytes) {
            return Cbor.text(Base64.getEncoder().encodeToString(bytes.getBytes()));
        }
        if (value instanceof Map map) {
            return Cbor.array(List.copyOf(map.getValues()));
        }
        if (value instanceof Array array) {
            Map map = new Map();
            List<DataItem> items = array.getDataItems();
            for (int i = 0; i < items.size(); i++) {
                map.put(Cbor.integer(i), items.get(i));
            }
            return map;
        }
        return Cbor.text(String.valueOf(value));
    }
}
