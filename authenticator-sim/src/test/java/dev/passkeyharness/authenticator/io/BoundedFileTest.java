package dev.passkeyharness.authenticator.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoundedFileTest {

    @TempDir
    Path dir;

    @Test
    void aFileUpToTheCapIsReadWhole() throws IOException {
        Path file = Files.write(dir.resolve("ten"), "0123456789".getBytes(StandardCharsets.US_ASCII));

        assertEquals("0123456789", BoundedFile.readString(file, 10));
        assertArrayEquals("0123456789".getBytes(StandardCharsets.US_ASCII), BoundedFile.readBytes(file, 11));
    }

    @Test
    void oneByteMoreIsRefused() throws IOException {
        Path file = Files.write(dir.resolve("eleven"), new byte[11]);

        FileTooLargeException e = assertThrows(FileTooLargeException.class, () -> BoundedFile.readString(file, 10));

        assertEquals(10, e.limit());
        assertEquals(file + ": larger than 10 bytes", e.getMessage());
    }

    @Test
    void anEndlessDeviceIsRefusedWhileStreamingThoughItsSizeIsZero() throws IOException {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.isReadable(zero), "needs /dev/zero");

        FileTooLargeException e = assertThrows(FileTooLargeException.class, () -> BoundedFile.readString(zero));

        assertEquals(0, Files.size(zero), "why the cap cannot come from Files.size");
        assertEquals("larger than 16 MiB", e.problem());
    }

    @Test
    void malformedUtf8IsAnErrorAsWithFilesReadString() throws IOException {
        Path file = Files.write(dir.resolve("latin1"), new byte[] {'c', 'a', 'f', (byte) 0xe9});

        assertThrows(CharacterCodingException.class, () -> BoundedFile.readString(file));
    }

    @Test
    void aMissingFileIsTheUsualNoSuchFileException() {
        assertThrows(NoSuchFileException.class, () -> BoundedFile.readString(dir.resolve("absent")));
    }

    @Test
    void sizesReadAsPeopleWriteThem() {
        assertEquals("1 MiB", ByteSize.text(1024 * 1024));
        assertEquals("4 KiB", ByteSize.text(4096));
        assertEquals("4097 bytes", ByteSize.text(4097));
        assertEquals("1 byte", ByteSize.text(1));
    }
}
