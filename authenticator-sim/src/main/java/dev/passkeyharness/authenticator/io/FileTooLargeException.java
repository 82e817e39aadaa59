package dev.passkeyharness.authenticator.io;

import java.io.IOException;
import java.nio.file.Path;

/** A file held more than a reader takes (a huge file, or an endless one such as /dev/zero). */
public final class FileTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    private final long limit;

    public FileTooLargeException(Path file, long limit) {
        super(file + ": larger than " + ByteSize.text(limit));
        this.limit = limit;
    }

    /** The most bytes the reader would take. */
    public long limit() {
        return limit;
    }

    /** "larger than 16 MiB", for callers that name the file themselves. */
    public String problem() {
        return "larger than " + ByteSize.text(limit);
    }
}
