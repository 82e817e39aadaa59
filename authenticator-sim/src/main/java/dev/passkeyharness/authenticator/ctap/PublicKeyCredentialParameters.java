package dev.passkeyharness.authenticator.ctap;

import co.nstant.in.cbor.model.DataItem;
import dev.passkeyharness.authenticator.cbor.Cbor;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** One entry of pubKeyCredParams (WebAuthn L3 §5.3): a credential type and a COSE algorithm identifier. */
public record PublicKeyCredentialParameters(String type, long alg) {

    public PublicKeyCredentialParameters {
        Objects.requireNonNull(type, "type");
    }

    public static PublicKeyCredentialParameters publicKey(long alg) {
        return new PublicKeyCredentialParameters(PublicKeyCredentialDescriptor.PUBLIC_KEY, alg);
    }

    DataItem toCbor() {
        return Cbor.map().put("alg", Cbor.integer(alg)).put("type", Cbor.text(type)).build();
    }

    static List<PublicKeyCredentialParameters> parseList(List<DataItem> items) throws CtapException {
        List<PublicKeyCredentialParameters> out = new ArrayList<>(items.size());
        for (DataItem item : items) {
            CborReader p = CborReader.of(item, "pubKeyCredParams[]");
            out.add(new PublicKeyCredentialParameters(p.requiredText("type"), p.requiredInteger("alg")));
        }
        return out;
    }
}
