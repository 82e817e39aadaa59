package dev.passkeyharness.authenticator.io;

/** Byte counts as people read them in messages: "16 MiB", "4 KiB", "300 bytes". */
public final class ByteSize {

    private static final long KIB = 1024;
    private static final long MIB = KIB * KIB;

    private ByteSize() {
    }

    /** Whole MiB or KiB where the count is one, else bytes. */
    public static String text(long bytes) {
        if (bytes >= MIB && bytes % MIB == 0) {
            return bytes / MIB + " MiB";
        }
        if (bytes >= KIB && bytes % KIB == 0) {
            return bytes / KIB + " KiB";
        }
        return bytes + (bytes == 1 ? " byte" : " bytes");
    }
}
