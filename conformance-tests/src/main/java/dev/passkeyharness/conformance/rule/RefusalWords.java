package dev.passkeyharness.conformance.rule;

import java.util.List;
import java.util.Locale;

/**
 * The words by which a server that sends no {@code rule} member still names one rule. Messages and keywords are
 * compared lower-case with everything but letters and digits removed, so "rpIdHash", "RP ID" and "rp-id" all match
 * {@code rpid}; a keyword of two letters ("up", "uv") must be a word of its own, not part of "upload" or "lookup".
 */
record RefusalWords(String ruleId, List<String> keywords) {

    RefusalWords {
        keywords = List.copyOf(keywords);
    }

    /** Whether {@code message} names the rule: its id or one of its keywords. */
    boolean named(String message) {
        String text = normalised(message);
        if (text.isEmpty()) {
            return false;
        }
        if (text.contains(normalised(ruleId))) {
            return true;
        }
        List<String> words = List.of(message.toLowerCase(Locale.ROOT).split("[^a-z0-9]+"));
        return keywords.stream()
                .anyMatch(keyword -> keyword.length() > 2 ? text.contains(keyword) : words.contains(keyword));
    }

    private static String normalised(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
