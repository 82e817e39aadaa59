package dev.passkeyharness.conformance.rule;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Every rule a relying party enforces in a ceremony that a check can expect a refusal to name: its stable id (as the
 * catalogue's {@code rule:} and a server's {@code rule} member or errorMessage prefix spell it), where the rule comes
 * from, and the words by which a server that sends no {@code rule} member still names it.
 */
public enum Rule {
    MALFORMED("malformed", "WebAuthn L3 §7.1 steps 5-6, 12 / §7.2 steps 8-9 (decode JSON, base64url, CBOR)",
            "malformed", "decode", "parse", "base64", "cbor", "invalidjson"),
    CREDENTIAL_TYPE("credential-type", "WebAuthn L3 §5.1 (PublicKeyCredential type is \"public-key\")",
            "publickey", "credentialtype"),
    RESPONSE_TYPE("response-type", "WebAuthn L3 §7.1 step 3 / §7.2 step 3 (attestation vs assertion response)",
            "responsetype", "attestationobject", "authenticatordata"),
    TYPE("type", "WebAuthn L3 §7.1 step 7 / §7.2 step 10 (C.type)",
            "type", "webauthncreate", "webauthnget"),
    CHALLENGE("challenge", "WebAuthn L3 §7.1 step 8 / §7.2 step 11 (C.challenge)",
            "challenge"),
    CHALLENGE_EXPIRED("challenge-expired", "WebAuthn L3 §13.4.3 (challenge valid for the ceremony's timeout)",
            "challenge", "expired", "timeout", "timedout"),
    CHALLENGE_REPLAYED("challenge-replayed", "WebAuthn L3 §13.4.3 (challenges are single-use)",
            "challenge", "replay", "alreadyused"),
    CHALLENGE_SESSION("challenge-session", "WebAuthn L3 §13.4.3 (challenge bound to the session that asked for it)",
            "challenge", "session"),
    ORIGIN("origin", "WebAuthn L3 §7.1 step 9 / §7.2 step 12 (C.origin)",
            "origin"),
    CROSS_ORIGIN("cross-origin", "WebAuthn L3 §7.1 step 10 / §7.2 step 13 (C.crossOrigin, C.topOrigin)",
            "crossorigin", "toporigin"),
    TOKEN_BINDING("token-binding", "WebAuthn L2 §7.1 step 10 (C.tokenBinding; reserved in L3)",
            "tokenbinding"),
    RP_ID_HASH("rp-id-hash", "WebAuthn L3 §7.1 step 13 / §7.2 step 14 (rpIdHash)",
            "rpid", "relyingpartyid"),
    USER_PRESENT("user-present", "WebAuthn L3 §7.1 step 14 / §7.2 step 15 (UP flag)",
            "userpresen", "upflag", "up"),
    USER_VERIFIED("user-verified", "WebAuthn L3 §7.1 step 15 / §7.2 step 16 (UV flag when required)",
            "userverif", "uvflag", "uv"),
    BACKUP_FLAGS("backup-flags", "WebAuthn L3 §7.1 step 16 / §7.2 steps 17-18 (BS needs BE; BE never changes)",
            "backup", "beflag", "bsflag"),
    ALGORITHM("algorithm", "WebAuthn L3 §7.1 step 19 (credential key alg in pubKeyCredParams)",
            "algorithm", "alg"),
    EXTENSIONS("extensions", "WebAuthn L3 §7.1 step 20 / §7.2 steps 19-20 (extension outputs)",
            "extension"),
    ATTESTATION_FORMAT("attestation-format", "WebAuthn L3 §7.1 step 21 (fmt among supported formats)",
            "format", "fmt"),
    ATTESTATION_STATEMENT("attestation-statement", "WebAuthn L3 §7.1 step 22 (attStmt verification procedure, §8)",
            "attestation", "attstmt", "x5c", "certificate", "signature"),
    ATTESTATION_UNTRUSTED("attestation-untrusted", "WebAuthn L3 §7.1 steps 23-24 (attestation trustworthiness)",
            "trust", "chain", "metadata", "root"),
    ATTESTATION_TYPE("attestation-type",
            "WebAuthn L3 §7.1 step 23 (attestation type among the metadata statement's attestationTypes)"),
    AUTHENTICATOR_STATUS("authenticator-status",
            "FIDO Metadata Service v3 §3.1.4 (REVOKED or a compromise is the authenticator's latest status)"),
    METADATA_STALE("metadata-stale", "FIDO Metadata Service v3 §3.2 (the BLOB's nextUpdate has passed)"),
    CREDENTIAL_ID_TOO_LONG("credential-id-too-long", "WebAuthn L3 §7.1 step 25 (credentialId at most 1023 bytes)",
            "credentialid", "length", "toolong"),
    CREDENTIAL_ID_MISMATCH("credential-id-mismatch", "WebAuthn L3 §5.1 (id and rawId name the credential in authData)",
            "credentialid", "rawid", "mismatch"),
    DUPLICATE_CREDENTIAL("duplicate-credential", "WebAuthn L3 §7.1 step 26 (credentialId not yet registered)",
            "duplicate", "alreadyregistered", "alreadyexists", "exists"),
    CREDENTIAL_NOT_ALLOWED("credential-not-allowed", "WebAuthn L3 §7.2 step 5 (credential.id in allowCredentials)",
            "allowcredentials", "notallowed"),
    UNKNOWN_CREDENTIAL("unknown-credential", "WebAuthn L3 §7.2 step 6 (credential record for credential.id)",
            "unknown", "notfound", "notregistered", "nosuchcredential"),
    USER_HANDLE("user-handle", "WebAuthn L3 §7.2 step 6 (userHandle names the credential's owner)",
            "userhandle", "userid"),
    SIGNATURE("signature", "WebAuthn L3 §7.2 step 21 (signature over authData || hash)",
            "signature"),
    COUNTER("counter", "WebAuthn L3 §7.2 step 22 (signCount must grow; possibly cloned authenticator)",
            "counter", "signcount"),
    OTHER("other", "WebAuthn L3 §7.1 / §7.2 (a verification failure with no more specific rule)");

    private final String id;
    private final String specReference;
    private final RefusalWords words;

    Rule(String id, String specReference, String... keywords) {
        this.id = id;
        this.specReference = specReference;
        this.words = new RefusalWords(id, List.of(keywords));
    }

    /** The stable identifier, used in catalogue files, errorMessage prefixes and reports. */
    public String id() {
        return id;
    }

    public String specReference() {
        return specReference;
    }

    /** Whether a server's refusal {@code message} names this rule: its id or one of its keywords. */
    public boolean namedBy(String message) {
        return words.named(message);
    }

    /**
     * Whether a refusal {@code message} names the rule {@code ruleId}: a harness rule by its id or keywords, an id
     * that is none of them (a check built in code) by itself.
     */
    public static boolean named(String ruleId, String message) {
        return byId(ruleId).map(rule -> rule.namedBy(message))
                .orElseGet(() -> new RefusalWords(ruleId, List.of()).named(message));
    }

    /** The rule with this id, if there is one. */
    public static Optional<Rule> byId(String id) {
        return Arrays.stream(values()).filter(rule -> rule.id.equals(id)).findFirst();
    }

    /** Every rule id, in declaration order. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(Rule::id).toList();
    }
}
