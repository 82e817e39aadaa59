package dev.passkeyharness.conformance.catalogue;

/** A catalogue file that cannot be read as checks; the message starts with {@code file:line:}. */
public class CatalogueException extends RuntimeException {

    private final String file;
    private final int line;

    public CatalogueException(String file, int line, String problem) {
        super(file + ":" + line + ": " + problem);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }
}
