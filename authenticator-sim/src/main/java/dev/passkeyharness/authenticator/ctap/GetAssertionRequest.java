package dev.passkeyharness.authenticator.ctap;

import co.nstant.in.cbor.model.DataItem;
import co.nstant.in.cbor.model.Map;
import dev.passkeyharness.authenticator.cbor.Cbor;
import dev.passkeyharness.authenticator.data.Bytes;
import java.util.List;
import java.util.Objects;

/** authenticatorGetAssertion parameters (CTAP 2.1 §6.2); null members were not sent. */
public record GetAssertionRequest(
        String rpId,
        Bytes clientDataHash,
        List<PublicKeyCredentialDescriptor> allowList,
        Map extensions,
        CtapOptions options,
        Bytes pinUvAuthParam,
        Long pinUvAuthProtocol) {

    // CTAP 2.1 §6.2 parameter keys
    static final int RP_ID = 0x01;
    static final int CLIENT_DATA_HASH = 0x02;
    static final int ALLOW_LIST = 0x03;
    static final int EXTENSIONS = 0x04;
    static final int OPTIONS = 0x05;
    static final int PIN_UV_AUTH_PARAM = 0x06;
    static final int PIN_UV_AUTH_PROTOCOL = 0x07;

    public GetAssertionRequest {
        Objects.requireNonNull(rpId, "rpId");
        Objects.requireNonNull(clientDataHash, "clientDataHash");
        allowList = allowList == null ? null : List.copyOf(allowList);
        options = options == null ? CtapOptions.NONE : options;
    }

    public byte[] encode() {
        var map = Cbor.map()
                .put(RP_ID, Cbor.text(rpId))
                .put(CLIENT_DATA_HASH, Cbor.bytes(clientDataHash.toByteArray()));
        if (allowList != null && !allowList.isEmpty()) {
            map.put(ALLOW_LIST, Cbor.array(allowList.stream().map(PublicKeyCredentialDescriptor::toCbor).toList()));
        }
        map.putIfPresent(EXTENSIONS, extensions);
        if (!options.isEmpty()) {
            map.put(OPTIONS, options.toCbor());
        }
        map.putIfPresent(PIN_UV_AUTH_PARAM, pinUvAuthParam == null ? null : Cbor.bytes(pinUvAuthParam.toByteArray()));
        map.putIfPresent(PIN_UV_AUTH_PROTOCOL, pinUvAuthProtocol == null ? null : Cbor.integer(pinUvAuthProtocol));
        return CtapFrames.request(CtapCommand.AUTHENTICATOR_GET_ASSERTION, map.build());
    }

    static GetAssertionRequest parse(DataItem parameters) throws CtapException {
        CborReader r = CborReader.of(parameters, "getAssertion").requireIntegerKeys();
        String rpId = r.requiredText(RP_ID, "rpId");
        Bytes clientDataHash = r.requiredBytes(CLIENT_DATA_HASH, "clientDataHash");
        List<DataItem> allow = r.optionalArray(ALLOW_LIST, "allowList");
        CborReader extensions = r.optionalMap(EXTENSIONS, "extensions");
        if (extensions != null) {
            extensions.textKeys();
        }
        CtapOptions options = CtapOptions.parse(r.optionalMap(OPTIONS, "options"));
        return new GetAssertionRequest(
                rpId,
                clientDataHash,
                allow == null ? null : PublicKeyCredentialDescriptor.parseList(allow, "allowList"),
                extensions == null ? null : extensions.map(),
                options,
                r.optionalBytes(PIN_UV_AUTH_PARAM, "pinUvAuthParam"),
                r.optionalInteger(PIN_UV_AUTH_PROTOCOL, "pinUvAuthProtocol"));
    }
}
