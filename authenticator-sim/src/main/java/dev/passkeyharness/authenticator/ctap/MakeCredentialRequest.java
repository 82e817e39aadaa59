package dev.passkeyharness.authenticator.ctap;

import co.nstant.in.cbor.model.DataItem;
import co.nstant.in.cbor.model.Map;
import dev.passkeyharness.authenticator.cbor.Cbor;
import dev.passkeyharness.authenticator.data.Bytes;
import java.util.List;
import java.util.Objects;

/** authenticatorMakeCredential parameters (CTAP 2.1 §6.1); null members were not sent. */
public record MakeCredentialRequest(
        Bytes clientDataHash,
        PublicKeyCredentialRpEntity rp,
        PublicKeyCredentialUserEntity user,
        List<PublicKeyCredentialParameters> pubKeyCredParams,
        List<PublicKeyCredentialDescriptor> excludeList,
        Map extensions,
        CtapOptions options,
        Bytes pinUvAuthParam,
        Long pinUvAuthProtocol,
        Long enterpriseAttestation) {

    // CTAP 2.1 §6.1 parameter keys
    static final int CLIENT_DATA_HASH = 0x01;
    static final int RP = 0x02;
    static final int USER = 0x03;
    static final int PUB_KEY_CRED_PARAMS = 0x04;
    static final int EXCLUDE_LIST = 0x05;
    static final int EXTENSIONS = 0x06;
    static final int OPTIONS = 0x07;
    static final int PIN_UV_AUTH_PARAM = 0x08;
    static final int PIN_UV_AUTH_PROTOCOL = 0x09;
    static final int ENTERPRISE_ATTESTATION = 0x0A;

    public MakeCredentialRequest {
        Objects.requireNonNull(clientDataHash, "clientDataHash");
        Objects.requireNonNull(rp, "rp");
        Objects.requireNonNull(user, "user");
        pubKeyCredParams = List.copyOf(pubKeyCredParams);
        excludeList = excludeList == null ? null : List.copyOf(excludeList);
        options = options == null ? CtapOptions.NONE : options;
    }

    /** The request as the platform sends it: command byte 0x01 followed by the canonical CBOR parameter map. */
    public byte[] encode() {
        var map = Cbor.map()
                .put(CLIENT_DATA_HASH, Cbor.bytes(clientDataHash.toByteArray()))
                .put(RP, rp.toCbor())
                .put(USER, user.toCbor())
                .put(PUB_KEY_CRED_PARAMS, Cbor.array(pubKeyCredParams.stream().map(PublicKeyCredentialParameters::toCbor).toList()));
        if (excludeList != null && !excludeList.isEmpty()) {
            map.put(EXCLUDE_LIST, Cbor.array(excludeList.stream().map(PublicKeyCredentialDescriptor::toCbor).toList()));
        }
        map.putIfPresent(EXTENSIONS, extensions);
        if (!options.isEmpty()) {
            map.put(OPTIONS, options.toCbor());
        }
        map.putIfPresent(PIN_UV_AUTH_PARAM, pinUvAuthParam == null ? null : Cbor.bytes(pinUvAuthParam.toByteArray()));
        map.putIfPresent(PIN_UV_AUTH_PROTOCOL, pinUvAuthProtocol == null ? null : Cbor.integer(pinUvAuthProtocol));
        map.putIfPresent(ENTERPRISE_ATTESTATION, enterpriseAttestation == null ? null : Cbor.integer(enterpriseAttestation));
        return CtapFrames.request(CtapCommand.AUTHENTICATOR_MAKE_CREDENTIAL, map.build());
    }

    static MakeCredentialRequest parse(DataItem parameters) throws CtapException {
        CborReader r = CborReader.of(parameters, "makeCredential").requireIntegerKeys();
        Bytes clientDataHash = r.requiredBytes(CLIENT_DATA_HASH, "clientDataHash");
        PublicKeyCredentialRpEntity rp = PublicKeyCredentialRpEntity.parse(r.requiredMap(RP, "rp"));
        PublicKeyCredentialUserEntity user = PublicKeyCredentialUserEntity.parse(r.requiredMap(USER, "user"));
        List<PublicKeyCredentialParameters> params =
                PublicKeyCredentialParameters.parseList(r.requiredArray(PUB_KEY_CRED_PARAMS, "pubKeyCredParams"));
        List<DataItem> exclude = r.optionalArray(EXCLUDE_LIST, "excludeList");
        CborReader extensions = r.optionalMap(EXTENSIONS, "extensions");
        if (extensions != null) {
            extensions.textKeys();
        }
        CtapOptions options = CtapOptions.parse(r.optionalMap(OPTIONS, "options"));
        Bytes pinUvAuthParam = r.optionalBytes(PIN_UV_AUTH_PARAM, "pinUvAuthParam");
        Long pinUvAuthProtocol = r.optionalInteger(PIN_UV_AUTH_PROTOCOL, "pinUvAuthProtocol");
        Long enterpriseAttestation = r.optionalInteger(ENTERPRISE_ATTESTATION, "enterpriseAttestation");
        return new MakeCredentialRequest(
                clientDataHash,
                rp,
                user,
                params,
                exclude == null ? null : PublicKeyCredentialDescriptor.parseList(exclude, "excludeList"),
                extensions == null ? null : extensions.map(),
                options,
                pinUvAuthParam,
                pinUvAuthProtocol,
                enterpriseAttestation);
    }
}
