package dev.passkeyharness.authenticator.ctap;

import co.nstant.in.cbor.model.DataItem;
import dev.passkeyharness.authenticator.cbor.Cbor;
import dev.passkeyharness.authenticator.data.Bytes;
import java.util.List;
import java.util.Objects;

/**
 * authenticatorGetAssertion / getNextAssertion response members (CTAP 2.1 §6.2.2). {@code user} is present for
 * discoverable credentials; {@code userNamesIncluded} says whether name and displayName are sent (only after UV).
 */
public record GetAssertionResponse(
        PublicKeyCredentialDescriptor credential,
        Bytes authData,
        Bytes signature,
        PublicKeyCredentialUserEntity user,
        boolean userNamesIncluded,
        Integer numberOfCredentials) {

    static final int CREDENTIAL = 0x01;
    static final int AUTH_DATA = 0x02;
    static final int SIGNATURE = 0x03;
    static final int USER = 0x04;
    static final int NUMBER_OF_CREDENTIALS = 0x05;

    public GetAssertionResponse {
        Objects.requireNonNull(credential, "credential");
        Objects.requireNonNull(authData, "authData");
        Objects.requireNonNull(signature, "signature");
    }

    DataItem toCbor() {
        return Cbor.map()
                .put(CREDENTIAL, credential.toCbor())
                .put(AUTH_DATA, Cbor.bytes(authData.toByteArray()))
                .put(SIGNATURE, Cbor.bytes(signature.toByteArray()))
                .putIfPresent(USER, user == null ? null : user.toCbor(userNamesIncluded))
                .putIfPresent(NUMBER_OF_CREDENTIALS, numberOfCredentials == null ? null : Cbor.integer(numberOfCredentials))
                .build();
    }

    public static GetAssertionResponse decode(byte[] body) throws CtapException {
        CborReader r = CborReader.of(MakeCredentialResponse.decodeBody(body), "getAssertion response");
        PublicKeyCredentialDescriptor credential = PublicKeyCredentialDescriptor.parseList(
                List.of(Objects.requireNonNullElse(r.raw(CREDENTIAL), Cbor.map().build())), "credential").get(0);
        CborReader user = r.optionalMap(USER, "user");
        PublicKeyCredentialUserEntity userEntity = user == null ? null : PublicKeyCredentialUserEntity.parse(user);
        Long count = r.optionalInteger(NUMBER_OF_CREDENTIALS, "numberOfCredentials");
        return new GetAssertionResponse(
                credential,
                r.requiredBytes(AUTH_DATA, "authData"),
                r.requiredBytes(SIGNATURE, "signature"),
                userEntity,
                userEntity != null && userEntity.name() != null,
                count == null ? null : Math.toIntExact(count));
    }
}
