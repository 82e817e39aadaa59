package dev.passkeyharness.authenticator.metadata;

import dev.passkeyharness.authenticator.crypto.CoseAlgorithm;
import dev.passkeyharness.authenticator.data.Bytes;
import dev.passkeyharness.authenticator.json.StrictJson;
import dev.passkeyharness.authenticator.profile.AuthenticatorProfile;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Metadata BLOB payload entries (FIDO Metadata Service v3 §3.1.1) with their metadata statements (FIDO Metadata
 * Statement v3 §4): what a relying party reads to learn an authenticator's attestation roots and status.
 */
final class MetadataStatements {

    static final JsonMapper JSON = StrictJson.mapper();
    /** Statuses before this date are history; the reports' dates are fixed so BLOBs differ only where they must. */
    private static final LocalDate CERTIFIED_ON = LocalDate.of(2025, 1, 1);

    private MetadataStatements() {
    }

    /** The entry for one of the simulator's profiles: certified, with the attestation types it can produce. */
    static ObjectNode entry(AuthenticatorProfile profile, List<Bytes> roots, List<AuthenticatorStatus> statuses) {
        ObjectNode statement = statement(profile.aaguid(), "passkey-harness " + profile.name() + " (simulated)",
                profile, attestationTypes(profile), roots);
        return entry(profile.aaguid(), statement, statuses);
    }

    /** The entry for a test model, described as a security-key device with the model's AAGUID and types. */
    static ObjectNode entry(MetadataModel model, AuthenticatorProfile base, List<Bytes> roots,
            List<AuthenticatorStatus> statuses) {
        return entry(model.aaguid(), statement(model.aaguid(), model.description(), base, model.attestationTypes(),
                roots), statuses);
    }

    private static ObjectNode entry(Bytes aaguid, ObjectNode statement, List<AuthenticatorStatus> statuses) {
        ObjectNode entry = JSON.createObjectNode();
        entry.put("aaguid", uuid(aaguid));
        entry.set("metadataStatement", statement);
        ArrayNode reports = entry.putArray("statusReports");
        LocalDate date = CERTIFIED_ON;
        for (AuthenticatorStatus status : statuses) {
            reports.addObject().put("status", status.name()).put("effectiveDate", date.toString());
            date = date.plusMonths(6);
        }
        entry.put("timeOfLastStatusChange", date.minusMonths(6).toString());
        return entry;
    }

    private static ObjectNode statement(Bytes aaguid, String description, AuthenticatorProfile profile,
            List<String> attestationTypes, List<Bytes> roots) {
        ObjectNode s = JSON.createObjectNode();
        s.put("legalHeader", "Test metadata for passkey-harness simulated authenticators; not for production use.");
        s.put("aaguid", uuid(aaguid));
        s.put("description", description);
        s.put("authenticatorVersion", 1);
        s.put("protocolFamily", "fido2");
        s.put("schema", 3);
        s.putArray("upv").addObject().put("major", 1).put("minor", 1);
        ArrayNode algorithms = s.putArray("authenticationAlgorithms");
        Set<String> names = new LinkedHashSet<>();
        profile.algorithms().forEach(a -> names.add(authenticationAlgorithm(a)));
        names.forEach(algorithms::add);
        s.putArray("publicKeyAlgAndEncodings").add("cose");
        ArrayNode types = s.putArray("attestationTypes");
        attestationTypes.forEach(types::add);
        s.putArray("userVerificationDetails").addArray().addObject()
                .put("userVerificationMethod", profile.userVerification() ? "passcode_internal" : "presence_internal");
        s.putArray("keyProtection").add("software");
        s.putArray("matcherProtection").add("software");
        s.putArray("attachmentHint").add("platform".equals(profile.attachment()) ? "internal" : "external");
        s.putArray("tcDisplay");
        ArrayNode anchors = s.putArray("attestationRootCertificates");
        roots.forEach(r -> anchors.add(Base64.getEncoder().encodeToString(r.toByteArray())));
        return s;
    }

    /** FIDO Registry §3.6.3 attestation types a profile's device can produce (full, self, and its format's own). */
    private static List<String> attestationTypes(AuthenticatorProfile profile) {
        List<String> types = new ArrayList<>(List.of("basic_full", "basic_surrogate"));
        switch (profile.attestation().fmt()) {
            case "tpm":
                types.add("attca");
                break;
            case "apple":
                types.add("anonca");
                break;
            case "none":
                types.add("none");
                break;
            default:
                break;
        }
        return types;
    }

    /** FIDO Registry §3.6.1 authentication algorithm names. */
    static String authenticationAlgorithm(CoseAlgorithm algorithm) {
        return switch (algorithm) {
            case ES256 -> "secp256r1_ecdsa_sha256_raw";
            case ES384 -> "secp384r1_ecdsa_sha384_raw";
            case ES512 -> "secp521r1_ecdsa_sha512_raw";
            case ES256K -> "secp256k1_ecdsa_sha256_raw";
            case EDDSA -> "ed25519_eddsa_sha512_raw";
            case RS256 -> "rsassa_pkcsv15_sha256_raw";
            case RS384 -> "rsassa_pkcsv15_sha384_raw";
            case RS512 -> "rsassa_pkcsv15_sha512_raw";
            case RS1 -> "rsassa_pkcsv15_sha1_raw";
            case PS256 -> "rsassa_pss_sha256_raw";
            case PS384 -> "rsassa_pss_sha384_raw";
            case PS512 -> "rsassa_pss_sha512_raw";
        };
    }

    /** An AAGUID in the statement's UUID form (FIDO Metadata Statement v3 §4.1 aaguid). */
    static String uuid(Bytes aaguid) {
        ByteBuffer buffer = ByteBuffer.wrap(aaguid.toByteArray());
        return new UUID(buffer.getLong(), buffer.getLong()).toString();
    }
}
