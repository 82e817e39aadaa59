package dev.passkeyharness.authenticator.cbor;

import co.nstant.in.cbor.CborDecoder;
import co.nstant.in.cbor.CborEncoder;
import co.nstant.in.cbor.CborException;
import co.nstant.in.cbor.model.Array;
import co.nstant.in.cbor.model.ByteString;
import co.nstant.in.cbor.model.DataItem;
import co.nstant.in.cbor.model.NegativeInteger;
import co.nstant.in.cbor.model.SimpleValue;
import co.nstant.in.cbor.model.SimpleValueType;
import co.nstant.in.cbor.model.UnicodeString;
import co.nstant.in.cbor.model.UnsignedInteger;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;

/**
 * The one place that turns CBOR data items into bytes and back.
 *
 * <p>Encoding is CTAP2 canonical (CTAP 2.1 §8: shortest integer forms, definite lengths, map keys sorted
 * length-first then bytewise) except in {@link #encodeInOrder}. Strict decoding accepts exactly one well-formed item
 * in that same form.
 */
public final class Cbor {

    /** CTAP 2.1 §8: nested CBOR structures are limited to four levels. */
    public static final int MAX_DEPTH = 4;

    /** Outside CTAP requests (attestation objects, COSE keys, extensions) a looser bound, still far from the stack's. */
    public static final int MAX_DECODE_DEPTH = 16;

    private Cbor() {
    }

    public static byte[] encode(DataItem item) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128);
        try {
            new CborEncoder(out).encode(item);
        } catch (CborException e) {
            throw new IllegalStateException("CBOR encoding failed: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /**
     * Encodes with map keys in the order the maps hold them, not sorted: for re-encoding a decoded item after one
     * member was changed, so nothing else moves.
     */
    public static byte[] encodeInOrder(DataItem item) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128);
        try {
            new CborEncoder(out).nonCanonical().encode(item);
        } catch (CborException e) {
            throw new IllegalStateException("CBOR encoding failed: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /** Decodes exactly one untagged item, without the canonical-form check. */
    public static DataItem decode(byte[] bytes) throws CborFormatException {
        return single(decodeSequence(bytes));
    }

    /** Decodes a sequence of untagged items, e.g. a credential public key followed by extensions in authData. */
    public static List<DataItem> decodeSequence(byte[] bytes) throws CborFormatException {
        CborHeaders.check(bytes, MAX_DECODE_DEPTH, true);
        return decodeAll(bytes);
    }

    /**
     * Decodes exactly one item that must be in CTAP2 canonical form with no duplicate keys, no indefinite lengths,
     * no tags and at most {@code maxDepth} levels of nesting.
     */
    public static DataItem decodeCanonical(byte[] bytes, int maxDepth) throws CborFormatException {
        // CTAP 2.1 §8: canonical CBOR has definite lengths only
        CborHeaders.check(bytes, maxDepth, false);
        DataItem item = single(decodeAll(bytes));
        if (!Arrays.equals(encode(item), bytes)) {
            throw new CborFormatException("not in CTAP2 canonical CBOR form");
        }
        return item;
    }

    private static DataItem single(List<DataItem> items) throws CborFormatException {
        if (items.size() != 1) {
            throw new CborFormatException(items.isEmpty() ? "no CBOR item" : "trailing bytes after the CBOR item");
        }
        return items.get(0);
    }

    /** Only after {@link CborHeaders#check}: no length or count in {@code bytes} exceeds {@code bytes} itself. */
    private static List<DataItem> decodeAll(byte[] bytes) throws CborFormatException {
        CborDecoder decoder = new CborDecoder(new ByteArrayInputStream(bytes));
        decoder.setRejectDuplicateKeys(true);
        decoder.setMaxPreallocationSize(Math.max(16, bytes.length));
        decoder.setAutoDecodeInfinitiveArrays(true);
        decoder.setAutoDecodeInfinitiveMaps(true);
        decoder.setAutoDecodeInfinitiveByteStrings(true);
        decoder.setAutoDecodeInfinitiveUnicodeStrings(true);
        try {
            return decoder.decode();
        } catch (CborException | RuntimeException e) {
            throw new CborFormatException("malformed CBOR: " + e.getMessage());
        }
    }

    public static DataItem bytes(byte[] value) {
        return new ByteString(value);
    }

    public static DataItem text(String value) {
        return new UnicodeString(value);
    }

    public static DataItem integer(long value) {
        return value >= 0 ? new UnsignedInteger(value) : new NegativeInteger(value);
    }

    public static DataItem bool(boolean value) {
        return new SimpleValue(value ? SimpleValueType.TRUE : SimpleValueType.FALSE);
    }

    /** Reads a CBOR integer as a long, or null if the item is not an integer that fits. */
    public static Long longValue(DataItem item) {
        BigInteger v;
        if (item instanceof UnsignedInteger u) {
            v = u.getValue();
        } else if (item instanceof NegativeInteger n) {
            v = n.getValue();
        } else {
            return null;
        }
        return v.bitLength() < 64 ? v.longValue() : null;
    }

    public static CborMap map() {
        return new CborMap();
    }

    public static Array array(List<? extends DataItem> items) {
        Array array = new Array();
        items.forEach(array::add);
        return array;
    }
}
