package dev.passkeyharness.authenticator.ctap;

import co.nstant.in.cbor.model.DataItem;
import co.nstant.in.cbor.model.Map;
import dev.passkeyharness.authenticator.cbor.Cbor;
import dev.passkeyharness.authenticator.cbor.CborFormatException;
import dev.passkeyharness.authenticator.data.Bytes;
import java.util.Objects;

/** authenticatorMakeCredential response members (CTAP 2.1 §6.1.2): fmt, authData, attStmt and optional epAtt. */
public record MakeCredentialResponse(String fmt, Bytes authData, Map attStmt, Boolean epAtt) {

    static final int FMT = 0x01;
    static final int AUTH_DATA = 0x02;
    static final int ATT_STMT = 0x03;
    static final int EP_ATT = 0x04;

    public MakeCredentialResponse {
        Objects.requireNonNull(fmt, "fmt");
        Objects.requireNonNull(authData, "authData");
        Objects.requireNonNull(attStmt, "attStmt");
    }

    DataItem toCbor() {
        return Cbor.map()
                .put(FMT, Cbor.text(fmt))
                .put(AUTH_DATA, Cbor.bytes(authData.toByteArray()))
                .put(ATT_STMT, attStmt)
                .putIfPresent(EP_ATT, epAtt == null ? null : Cbor.bool(epAtt))
                .build();
    }

    /** Reads the CBOR body that follows a CTAP2_OK status byte. */
    public static MakeCredentialResponse decode(byte[] body) throws CtapException {
        CborReader r = CborReader.of(decodeBody(body), "makeCredential response");
        DataItem attStmt = r.raw(ATT_STMT);
        if (!(attStmt instanceof Map map)) {
            throw new CtapException(CtapStatus.CTAP2_ERR_CBOR_UNEXPECTED_TYPE, "attStmt must be a map");
        }
        return new MakeCredentialResponse(r.requiredText(FMT, "fmt"), r.requiredBytes(AUTH_DATA, "authData"), map, null);
    }

    static DataItem decodeBody(byte[] body) throws CtapException {
        try {
            return Cbor.decode(body);
        } catch (CborFormatException e) {
            throw new CtapException(CtapStatus.CTAP2_ERR_INVALID_CBOR, e.getMessage());
        }
    }
}
