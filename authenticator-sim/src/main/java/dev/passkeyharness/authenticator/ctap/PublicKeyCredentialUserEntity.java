package dev.passkeyharness.authenticator.ctap;

import co.nstant.in.cbor.model.DataItem;
import dev.passkeyharness.authenticator.cbor.Cbor;
import dev.passkeyharness.authenticator.data.Bytes;
import java.util.Objects;

/** The user entity (WebAuthn L3 §5.4.3, CTAP 2.1 §6.1 user): an opaque handle of at most 64 bytes plus names. */
public record PublicKeyCredentialUserEntity(Bytes id, String name, String displayName) {

    /** WebAuthn L3 §5.4.3: user.id is at most 64 bytes. */
    public static final int MAX_ID_LENGTH = 64;

    public PublicKeyCredentialUserEntity {
        Objects.requireNonNull(id, "id");
    }

    DataItem toCbor() {
        return Cbor.map()
                .put("id", Cbor.bytes(id.toByteArray()))
                .putIfPresent("name", name == null ? null : Cbor.text(name))
                .putIfPresent("displayName", displayName == null ? null : Cbor.text(displayName))
                .build();
    }

    /** The form returned by getAssertion for a discoverable credential: id, plus names only when UV was done. */
    DataItem toCbor(boolean withNames) {
        return withNames ? toCbor() : Cbor.map().put("id", Cbor.bytes(id.toByteArray())).build();
    }

    static PublicKeyCredentialUserEntity parse(CborReader user) throws CtapException {
        Bytes id = user.requiredBytes("id");
        if (id.length() > MAX_ID_LENGTH) {
            // CTAP 2.1 §6.1: user id has a maximum size of 64 bytes
            throw new CtapException(CtapStatus.CTAP1_ERR_INVALID_LENGTH, "user.id is longer than 64 bytes");
        }
        return new PublicKeyCredentialUserEntity(id, user.optionalText("name"), user.optionalText("displayName"));
    }
}
