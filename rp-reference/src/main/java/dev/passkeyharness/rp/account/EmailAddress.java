package dev.passkeyharness.rp.account;

import java.util.Locale;

/** A normalised email address, the username of an onboarding account. */
public record EmailAddress(String value) {

    /** RFC 5321 §4.5.3.1.3 limits a path to 256 octets, which leaves 254 for the address. */
    public static final int MAX_LENGTH = 254;
    /** RFC 5321 §4.5.3.1.1. */
    public static final int MAX_LOCAL_PART_LENGTH = 64;

    /** Only normalised, well-shaped addresses; use {@link #parse} for user input. */
    public EmailAddress {
        if (value == null || !value.equals(normalise(value))) {
            throw new InvalidEmailException("not a normalised email address: " + value + "; use EmailAddress.parse");
        }
        checkShape(value);
    }

    /**
     * Trims and lower-cases the whole address, then checks its shape. The local part is lower-cased too: RFC 5321
     * lets a server treat it case-sensitively, but the RP treats addresses case-insensitively, as most providers
     * do, so "Alice@Example.com" and "alice@example.com" are one account.
     */
    public static EmailAddress parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidEmailException("an email address is required");
        }
        return new EmailAddress(normalise(text));
    }

    private static String normalise(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }

    private static void checkShape(String value) {
        if (value.length() > MAX_LENGTH) {
            throw new InvalidEmailException("an email address has at most " + MAX_LENGTH + " characters, this one has "
                    + value.length());
        }
        if (value.codePoints().anyMatch(cp -> Character.isWhitespace(cp) || Character.isSpaceChar(cp)
                || Character.isISOControl(cp))) {
            throw new InvalidEmailException("an email address holds no spaces or control characters: '"
                    + printable(value) + "'");
        }
        int at = value.indexOf('@');
        if (at < 0 || at != value.lastIndexOf('@')) {
            throw new InvalidEmailException("an email address has exactly one '@': '" + value + "'");
        }
        String local = value.substring(0, at);
        String domain = value.substring(at + 1);
        if (local.isEmpty()) {
            throw new InvalidEmailException("nothing before the '@': '" + value + "'");
        }
        if (local.length() > MAX_LOCAL_PART_LENGTH) {
            throw new InvalidEmailException("the part before the '@' has at most " + MAX_LOCAL_PART_LENGTH
                    + " characters: '" + value + "'");
        }
        if (domain.isEmpty()) {
            throw new InvalidEmailException("no domain after the '@': '" + value + "'");
        }
        if (domain.indexOf('.') < 0) {
            throw new InvalidEmailException("the domain has no dot: '" + value + "'");
        }
        if (domain.startsWith(".") || domain.endsWith(".") || domain.contains("..")) {
            throw new InvalidEmailException("the domain has an empty label: '" + value + "'");
        }
    }

    private static String printable(String value) {
        StringBuilder out = new StringBuilder();
        value.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                out.append(String.format("\\u%04x", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    @Override
    public String toString() {
        return value;
    }
}
