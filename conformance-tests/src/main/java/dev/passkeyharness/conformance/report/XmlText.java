package dev.passkeyharness.conformance.report;

/** Makes arbitrary text (response bodies may hold anything) safe to put in an XML 1.0 document. */
final class XmlText {

    private XmlText() {
    }

    /** {@code text} without the characters XML 1.0 forbids, each replaced by U+FFFD. */
    static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(allowed(c) ? c : 0xFFFD));
        return out.toString();
    }

    private static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
                || c >= 0x10000 && c <= 0x10FFFF;
    }
}
