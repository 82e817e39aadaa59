package dev.passkeyharness.authenticator.ctap;

import co.nstant.in.cbor.model.DataItem;
import dev.passkeyharness.authenticator.cbor.Cbor;
import dev.passkeyharness.authenticator.data.Bytes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A credential descriptor of an excludeList or allowList (WebAuthn L3 §5.8.3). */
public record PublicKeyCredentialDescriptor(String type, Bytes id, List<String> transports) {

    public static final String PUBLIC_KEY = "public-key";

    public PublicKeyCredentialDescriptor {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        transports = transports == null ? null : List.copyOf(transports);
    }

    public static PublicKeyCredentialDescriptor publicKey(Bytes id) {
        return new PublicKeyCredentialDescriptor(PUBLIC_KEY, id, null);
    }

    DataItem toCbor() {
        var map = Cbor.map().put("type", Cbor.text(type)).put("id", Cbor.bytes(id.toByteArray()));
        if (transports != null) {
            map.put("transports", Cbor.array(transports.stream().map(Cbor::text).toList()));
        }
        return map.build();
    }

    static List<PublicKeyCredentialDescriptor> parseList(List<DataItem> items, String context) throws CtapException {
        List<PublicKeyCredentialDescriptor> out = new ArrayList<>(items.size());
        for (DataItem item : items) {
            CborReader d = CborReader.of(item, context + "[]");
            String type = d.requiredText("type");
            Bytes id = d.requiredBytes("id");
            List<DataItem> transportItems = d.optionalArray("transports");
            List<String> transports = null;
            if (transportItems != null) {
                transports = new ArrayList<>();
                for (DataItem t : transportItems) {
                    if (!(t instanceof co.nstant.in.cbor.model.UnicodeString us)) {
                        throw new CtapException(CtapStatus.CTAP2_ERR_CBOR_UNEXPECTED_TYPE, context + " transports must be text");
                    }
                    transports.add(us.getString());
                }
            }
            out.add(new PublicKeyCredentialDescriptor(type, id, transports));
        }
        return out;
    }
}
