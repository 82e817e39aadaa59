package dev.passkeyharness.authenticator.cbor;

/**
 * A walk over the item headers of a CBOR sequence (RFC 8949 §3) before cbor-java decodes it: every declared length
 * and count must fit in the bytes left, and nesting must stay within a bound, so no input can make the decoder
 * allocate more than the input itself. cbor-java 0.9 honours its preallocation limit only for lengths below 2^63;
 * larger ones it truncates to an int and allocates, e.g. 1 GiB for {@code 5bffffffff3fffffff}.
 */
final class CborHeaders {

    private static final int MAJOR_BYTE_STRING = 2;
    private static final int MAJOR_TEXT_STRING = 3;
    private static final int MAJOR_ARRAY = 4;
    private static final int MAJOR_MAP = 5;
    private static final int MAJOR_TAG = 6;
    private static final int MAJOR_SIMPLE = 7;
    private static final int INDEFINITE = 31;
    private static final int BREAK = 0xFF;

    private final byte[] bytes;
    private final int maxDepth;
    private final boolean indefiniteAllowed;
    private int at;

    private CborHeaders(byte[] bytes, int maxDepth, boolean indefiniteAllowed) {
        this.bytes = bytes;
        this.maxDepth = maxDepth;
        this.indefiniteAllowed = indefiniteAllowed;
    }

    /**
     * Checks every item of the sequence; {@code maxDepth} bounds the arrays and maps that enclose an item, itself
     * included. Tags are refused here, before cbor-java could set one on its shared instances.
     */
    static void check(byte[] bytes, int maxDepth, boolean indefiniteAllowed) throws CborFormatException {
        CborHeaders walk = new CborHeaders(bytes, maxDepth, indefiniteAllowed);
        while (walk.at < bytes.length) {
            walk.item(0);
        }
    }

    private void item(int enclosing) throws CborFormatException {
        int initial = next();
        int major = initial >>> 5;
        int info = initial & 0x1F;
        if (info == INDEFINITE) {
            indefinite(major, enclosing);
            return;
        }
        long argument = argument(info);
        switch (major) {
            case MAJOR_BYTE_STRING, MAJOR_TEXT_STRING -> skip(argument);
            case MAJOR_ARRAY -> {
                // each element takes at least one byte
                fits(argument, remaining(), "array of " + Long.toUnsignedString(argument) + " elements");
                nest(enclosing);
                for (long i = 0; i < argument; i++) {
                    item(enclosing + 1);
                }
            }
            case MAJOR_MAP -> {
                fits(argument, remaining() / 2, "map of " + Long.toUnsignedString(argument) + " entries");
                nest(enclosing);
                for (long i = 0; i < 2 * argument; i++) {
                    item(enclosing + 1);
                }
            }
            case MAJOR_TAG -> throw new CborFormatException("CBOR tags are not allowed");
            default -> {
                // unsigned and negative integers, simple values and floats: the argument is the whole item
            }
        }
    }

    /** RFC 8949 §3.2: indefinite-length strings are definite chunks of their own type, up to a break. */
    private void indefinite(int major, int enclosing) throws CborFormatException {
        if (major < MAJOR_BYTE_STRING || major > MAJOR_MAP) {
            throw new CborFormatException(major == MAJOR_SIMPLE ? "break outside an indefinite-length item"
                    : "indefinite length on major type " + major);
        }
        if (!indefiniteAllowed) {
            throw new CborFormatException("indefinite-length CBOR is not allowed");
        }
        boolean container = major == MAJOR_ARRAY || major == MAJOR_MAP;
        if (container) {
            nest(enclosing);
        }
        int items = 0;
        while (peek() != BREAK) {
            if (!container) {
                int chunk = peek();
                if (chunk >>> 5 != major || (chunk & 0x1F) == INDEFINITE) {
                    throw new CborFormatException("an indefinite-length string chunk must be a definite string of its type");
                }
            }
            item(container ? enclosing + 1 : enclosing);
            items++;
        }
        at++;
        if (major == MAJOR_MAP && items % 2 != 0) {
            throw new CborFormatException("indefinite-length map with a key and no value");
        }
    }

    private void nest(int enclosing) throws CborFormatException {
        if (enclosing + 1 > maxDepth) {
            throw new CborFormatException("CBOR nested deeper than " + maxDepth + " levels");
        }
    }

    /** RFC 8949 §3: additional information 24-27 carries a 1-, 2-, 4- or 8-byte argument; 28-30 are reserved. */
    private long argument(int info) throws CborFormatException {
        if (info < 24) {
            return info;
        }
        if (info > 27) {
            throw new CborFormatException("reserved additional information " + info);
        }
        int size = 1 << (info - 24);
        fits(size, remaining(), size + "-byte argument");
        long value = 0;
        for (int i = 0; i < size; i++) {
            value = value << 8 | next();
        }
        return value;
    }

    private void skip(long length) throws CborFormatException {
        fits(length, remaining(), "string of " + Long.toUnsignedString(length) + " bytes");
        at += (int) length;
    }

    /** {@code needed} is unsigned: 8-byte arguments of 2^63 and more are lengths too. */
    private void fits(long needed, long available, String what) throws CborFormatException {
        if (Long.compareUnsigned(needed, available) > 0) {
            throw new CborFormatException(what + " declared with only " + remaining() + " bytes left");
        }
    }

    private int remaining() {
        return bytes.length - at;
    }

    private int peek() throws CborFormatException {
        if (at >= bytes.length) {
            throw new CborFormatException("CBOR item truncated");
        }
        return bytes[at] & 0xFF;
    }

    private int next() throws CborFormatException {
        int b = peek();
        at++;
        return b;
    }
}
