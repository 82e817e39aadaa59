package dev.passkeyharness.authenticator.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a file the user named (options, state, transcript, catalogue, scenario) whole, but never more than a cap. The
 * cap is enforced while streaming, not from {@code Files.size}, which says 0 for /dev/zero, a FIFO or a pipe.
 */
public final class BoundedFile {

    /** Far above any state file, transcript or catalogue file we write (KiBs to a few MiB), far below what hurts. */
    public static final int MAX_BYTES = 16 * 1024 * 1024;

    private BoundedFile() {
    }

    /** The file as strict UTF-8 (malformed bytes are an error, as with {@code Files.readString}), at most {@link #MAX_BYTES}. */
    public static String readString(Path file) throws IOException {
        return readString(file, MAX_BYTES);
    }

    /** @throws FileTooLargeException when the file holds more than {@code maxBytes} */
    public static String readString(Path file, int maxBytes) throws IOException {
        byte[] bytes = readBytes(file, maxBytes);
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }

    /** @throws FileTooLargeException when the file holds more than {@code maxBytes} */
    public static byte[] readBytes(Path file, int maxBytes) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(maxBytes);
            if (bytes.length == maxBytes && in.read() != -1) {
                throw new FileTooLargeException(file, maxBytes);
            }
            return bytes;
        }
    }
}
