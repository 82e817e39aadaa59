package dev.passkeyharness.conformance.runner;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Words by which a server that sends no {@code rule} member still names the rule it enforced, per rule id of the
 * reference RP. Messages and keywords are compared lower-case with everything but letters and digits removed, so
 * "rpIdHash", "RP ID" and "rp-id" all match {@code rpid}; a keyword of two letters ("up", "uv") must be a word of its
 * own, not part of "upload" or "lookup".
 */
final class RuleKeywords {

    private static final Map<String, List<String>> KEYWORDS = Map.ofEntries(
            Map.entry("malformed", List.of("malformed", "decode", "parse", "base64", "cbor", "invalidjson")),
            Map.entry("credential-type", List.of("publickey", "credentialtype")),
            Map.entry("response-type", List.of("responsetype", "attestationobject", "authenticatordata")),
            Map.entry("type", List.of("type", "webauthncreate", "webauthnget")),
            Map.entry("challenge", List.of("challenge")),
            Map.entry("challenge-expired", List.of("challenge", "expired", "timeout", "timedout")),
            Map.entry("challenge-replayed", List.of("challenge", "replay", "alreadyused")),
            Map.entry("challenge-session", List.of("challenge", "session")),
            Map.entry("origin", List.of("origin")),
            Map.entry("cross-origin", List.of("crossorigin", "toporigin")),
            Map.entry("token-binding", List.of("tokenbinding")),
            Map.entry("rp-id-hash", List.of("rpid", "relyingpartyid")),
            Map.entry("user-present", List.of("userpresen", "upflag", "up")),
            Map.entry("user-verified", List.of("userverif", "uvflag", "uv")),
            Map.entry("backup-flags", List.of("backup", "beflag", "bsflag")),
            Map.entry("algorithm", List.of("algorithm", "alg")),
            Map.entry("extensions", List.of("extension")),
            Map.entry("attestation-format", List.of("format", "fmt")),
            Map.entry("attestation-statement", List.of("attestation", "attstmt", "x5c", "certificate", "signature")),
            Map.entry("attestation-untrusted", List.of("trust", "chain", "metadata", "root")),
            Map.entry("credential-id-too-long", List.of("credentialid", "length", "toolong")),
            Map.entry("credential-id-mismatch", List.of("credentialid", "rawid", "mismatch")),
            Map.entry("duplicate-credential", List.of("duplicate", "alreadyregistered", "alreadyexists", "exists")),
            Map.entry("credential-not-allowed", List.of("allowcredentials", "notallowed")),
            Map.entry("unknown-credential", List.of("unknown", "notfound", "notregistered", "nosuchcredential")),
            Map.entry("user-handle", List.of("userhandle", "userid")),
            Map.entry("signature", List.of("signature")),
            Map.entry("counter", List.of("counter", "signcount")));

    private RuleKeywords() {
    }

    /** Whether {@code message} names {@code ruleId}: the id itself or one of its keywords. */
    static boolean named(String ruleId, String message) {
        String text = normalised(message);
        if (text.isEmpty()) {
            return false;
        }
        if (text.contains(normalised(ruleId))) {
            return true;
        }
        List<String> words = List.of(message.toLowerCase(Locale.ROOT).split("[^a-z0-9]+"));
        return KEYWORDS.getOrDefault(ruleId, List.of()).stream()
                .anyMatch(keyword -> keyword.length() > 2 ? text.contains(keyword) : words.contains(keyword));
    }

    private static String normalised(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
