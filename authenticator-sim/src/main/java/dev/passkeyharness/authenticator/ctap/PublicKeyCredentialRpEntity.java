package dev.passkeyharness.authenticator.ctap;

import co.nstant.in.cbor.model.DataItem;
import dev.passkeyharness.authenticator.cbor.Cbor;
import java.util.Objects;

/** The RP entity of a makeCredential request (WebAuthn L3 §5.4.2, CTAP 2.1 §6.1 rp). */
public record PublicKeyCredentialRpEntity(String id, String name) {

    public PublicKeyCredentialRpEntity {
        Objects.requireNonNull(id, "id");
    }

    DataItem toCbor() {
        return Cbor.map().put("id", Cbor.text(id)).putIfPresent("name", name == null ? null : Cbor.text(name)).build();
    }

    static PublicKeyCredentialRpEntity parse(CborReader rp) throws CtapException {
        return new PublicKeyCredentialRpEntity(rp.requiredText("id"), rp.optionalText("name"));
    }
}
