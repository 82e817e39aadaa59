package dev.passkeyharness.authenticator.client;

import dev.passkeyharness.authenticator.data.Bytes;
import dev.passkeyharness.authenticator.data.CollectedClientData;
import java.nio.charset.StandardCharsets;

/** Serializes client data as clientDataJSON (WebAuthn L3 §5.8.1.1 JSON-compatible serialization). */
public final class ClientDataSerializer {

    private ClientDataSerializer() {
    }

    /**
     * type, challenge, origin, crossOrigin, then topOrigin if present, then {@code extraJson} verbatim (a comma is put
     * before it unless it starts with one). A null crossOrigin is left out, so a tampering can drop the member.
     */
    public static String toJson(CollectedClientData data) {
        StringBuilder out = new StringBuilder(160);
        out.append("{\"type\":").append(ccdToString(data.type()));
        out.append(",\"challenge\":").append(ccdToString(data.challenge()));
        out.append(",\"origin\":").append(ccdToString(data.origin()));
        if (data.crossOrigin() != null) {
            out.append(",\"crossOrigin\":").append(data.crossOrigin() ? "true" : "false");
        }
        if (data.topOrigin() != null) {
            out.append(",\"topOrigin\":").append(ccdToString(data.topOrigin()));
        }
        String extra = data.extraJson();
        if (!extra.isEmpty()) {
            out.append(extra.startsWith(",") ? "" : ",").append(extra);
        }
        return out.append('}').toString();
    }

    /** The UTF-8 bytes the client hashes and sends. */
    public static Bytes toBytes(CollectedClientData data) {
        return Bytes.of(toJson(data).getBytes(StandardCharsets.UTF_8));
    }

    /** WebAuthn L3 §5.8.1.2 CCDToString: only '"', '\' and control characters are escaped, as \" \\ and \\u00xx. */
    static String ccdToString(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        value.codePoints().forEach(cp -> {
            if (cp == '"') {
                out.append("\\\"");
            } else if (cp == '\\') {
                out.append("\\\\");
            } else if (cp < 0x20) {
                out.append(String.format("\\u%04x", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.append('"').toString();
    }
}
