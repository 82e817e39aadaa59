package dev.passkeyharness.authenticator.cbor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** CTAP2 canonical encoding (CTAP 2.1 §8) and strict decoding. */
class CborTest {

    private static final HexFormat HEX = HexFormat.of();

    @Test
    void mapKeysAreSortedLengthFirstThenBytewise() {
        byte[] encoded = Cbor.map()
                .put("zz", Cbor.integer(2))
                .put(-1, Cbor.integer(1))
                .put("a", Cbor.integer(4))
                .put(24, Cbor.integer(5))
                .put(3, Cbor.integer(3))
                .put(1, Cbor.integer(500))
                .encode();
        assertEquals("a6" + "01" + "1901f4" + "03" + "03" + "20" + "01" + "1818" + "05" + "6161" + "04" + "627a7a" + "02",
                HEX.formatHex(encoded));
    }

    @Test
    void integersUseTheShortestForm() {
        assertEquals("17", HEX.formatHex(Cbor.encode(Cbor.integer(23))));
        assertEquals("1818", HEX.formatHex(Cbor.encode(Cbor.integer(24))));
        assertEquals("190100", HEX.formatHex(Cbor.encode(Cbor.integer(256))));
        assertEquals("390100", HEX.formatHex(Cbor.encode(Cbor.integer(-257))));
    }

    @Test
    void canonicalInputIsAccepted() throws Exception {
        byte[] bytes = HEX.parseHex("a201020363616263");
        assertEquals(HEX.formatHex(bytes), HEX.formatHex(Cbor.encode(Cbor.decodeCanonical(bytes, 4))));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "a203010102",          // keys out of order
        "a201020103",          // duplicate key
        "1801",                // non-shortest integer
        "bf0102ff",            // indefinite-length map
        "9f01ff",              // indefinite-length array
        "c1a0",                // tag
        "a101",                // truncated
        "0101",                // trailing item
        "",                    // nothing
        "818181818100",        // five nested arrays, deeper than four
        "5a7fffffff00",        // byte string length far beyond the input
        "5bffffffff3fffffff00", // 8-byte length of 2^64 - 2^32 - 2^30 - 1, which cbor-java would allocate 1 GiB for
    })
    void nonCanonicalOrMalformedInputIsRefused(String hex) {
        assertThrows(CborFormatException.class, () -> Cbor.decodeCanonical(HEX.parseHex(hex), 4));
    }

    /** Lenient decoding too: no declared length, count or nesting beyond what the input can hold. */
    @ParameterizedTest
    @ValueSource(strings = {
        "5bffffffff3fffffff00", // byte string, 8-byte length beyond 2^63
        "7b800000000000000000", // text string, length 2^63
        "9bffffffffffffffff00", // array, 2^64 - 1 elements
        "bb000000003fffffff00", // map, 2^30 - 1 entries
        "5a00010000" + "00",    // byte string, 4-byte length 65536
        "5f5bffffffff3fffffffff", // indefinite byte string with a huge chunk
        "5f6161ff",            // indefinite byte string with a text chunk
        "bf01ff",              // indefinite map with a key and no value
        "1c",                  // reserved additional information
        "ff",                  // break outside an indefinite item
        "1b000000",            // truncated argument
        "818181818181818181818181818181818100", // seventeen nested arrays
    })
    void declaredSizesBeyondTheInputAreRefused(String hex) {
        assertThrows(CborFormatException.class, () -> Cbor.decode(HEX.parseHex(hex)));
    }

    /** As before the header walk: only canonical decoding refuses indefinite lengths. */
    @ParameterizedTest
    @ValueSource(strings = {"5f41014102ff", "7f6161ff", "9f0102ff", "bf0102ff", "9f9fffff"})
    void lenientDecodingStillAcceptsIndefiniteLengths(String hex) throws Exception {
        Cbor.decode(HEX.parseHex(hex));
    }

    @Test
    void aTaggedTrueDoesNotTagLaterTrues() throws Exception {
        assertThrows(CborFormatException.class, () -> Cbor.decode(HEX.parseHex("c1f5")));
        assertEquals("f5", HEX.formatHex(Cbor.encode(Cbor.decodeCanonical(HEX.parseHex("f5"), 4))));
    }
}
