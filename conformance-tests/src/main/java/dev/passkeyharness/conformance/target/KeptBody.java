package dev.passkeyharness.conformance.target;

import dev.passkeyharness.authenticator.io.ByteSize;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * An answer's body as reports and transcripts keep it: whole up to {@link #MAX_BYTES}, else its start and a note of
 * how much there was, so a large answer does not make every report large.
 */
final class KeptBody {

    /** Any options or result a FIDO2 server answers fits (they are 1-3 KiB); an error page shows its start. */
    static final int MAX_BYTES = 4 * 1024;

    private KeptBody() {
    }

    /** A body that came whole. */
    static String whole(byte[] body) {
        return body.length <= MAX_BYTES ? text(body)
                : start(body) + "… [" + body.length + " bytes in all; the first " + ByteSize.text(MAX_BYTES) + " kept]";
    }

    /** The start of a body that went past {@code cap}. */
    static String overCap(byte[] received, int cap) {
        return start(received) + "… [more than " + ByteSize.text(cap) + "; the first " + ByteSize.text(MAX_BYTES)
                + " kept]";
    }

    /** What came of a body before reading stopped. */
    static String unfinished(byte[] received) {
        return start(received) + (received.length > MAX_BYTES ? "…" : "") + " [unfinished: " + received.length
                + (received.length == 1 ? " byte" : " bytes") + " came]";
    }

    private static String start(byte[] body) {
        return text(body.length <= MAX_BYTES ? body : Arrays.copyOf(body, MAX_BYTES));
    }

    private static String text(byte[] body) {
        return new String(body, StandardCharsets.UTF_8);
    }
}
