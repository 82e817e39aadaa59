package dev.passkeyharness.authenticator.ctap;

import co.nstant.in.cbor.model.DataItem;
import dev.passkeyharness.authenticator.cbor.Cbor;
import dev.passkeyharness.authenticator.crypto.CoseAlgorithm;
import dev.passkeyharness.authenticator.profile.AuthenticatorProfile;
import java.util.ArrayList;
import java.util.List;

/** authenticatorGetInfo response (CTAP 2.1 §6.4), derived from the profile. */
final class GetInfoResponse {

    // CTAP 2.1 §6.4 response keys
    static final int VERSIONS = 0x01;
    static final int AAGUID = 0x03;
    static final int OPTIONS = 0x04;
    static final int MAX_MSG_SIZE = 0x05;
    static final int MAX_CREDENTIAL_COUNT_IN_LIST = 0x07;
    static final int MAX_CREDENTIAL_ID_LENGTH = 0x08;
    static final int TRANSPORTS = 0x09;
    static final int ALGORITHMS = 0x0A;
    static final int REMAINING_DISCOVERABLE_CREDENTIALS = 0x14;

    static final int MAX_MESSAGE_SIZE = 7609;
    static final int MAX_CREDENTIALS_IN_LIST = 16;
    static final int MAX_CREDENTIAL_ID_BYTES = 1023;

    private GetInfoResponse() {
    }

    /** {@code remainingDiscoverableCredentials} is reported only by a profile that can store any. */
    static DataItem of(AuthenticatorProfile profile, boolean uvConfigured, int remainingDiscoverableCredentials) {
        List<DataItem> versions = new ArrayList<>();
        if (profile.attestation() == dev.passkeyharness.authenticator.attestation.AttestationFormat.FIDO_U2F) {
            versions.add(Cbor.text("U2F_V2"));
        }
        versions.add(Cbor.text("FIDO_2_0"));
        versions.add(Cbor.text("FIDO_2_1"));
        var options = Cbor.map()
                .put("rk", Cbor.bool(profile.residentKeys()))
                .put("up", Cbor.bool(true))
                .put("plat", Cbor.bool("platform".equals(profile.attachment())));
        if (profile.userVerification()) {
            // CTAP 2.1 §6.4: uv present and false means capable but not configured
            options.put("uv", Cbor.bool(uvConfigured));
        }
        List<DataItem> algorithms = new ArrayList<>();
        for (CoseAlgorithm alg : profile.algorithms()) {
            algorithms.add(Cbor.map().put("alg", Cbor.integer(alg.coseId())).put("type", Cbor.text("public-key")).build());
        }
        var info = Cbor.map()
                .put(VERSIONS, Cbor.array(versions))
                .put(AAGUID, Cbor.bytes(profile.aaguid().toByteArray()))
                .put(OPTIONS, options.build())
                .put(MAX_MSG_SIZE, Cbor.integer(MAX_MESSAGE_SIZE))
                .put(MAX_CREDENTIAL_COUNT_IN_LIST, Cbor.integer(MAX_CREDENTIALS_IN_LIST))
                .put(MAX_CREDENTIAL_ID_LENGTH, Cbor.integer(MAX_CREDENTIAL_ID_BYTES))
                .put(TRANSPORTS, Cbor.array(profile.transports().stream().map(Cbor::text).toList()))
                .put(ALGORITHMS, Cbor.array(algorithms));
        if (profile.residentKeys()) {
            info.put(REMAINING_DISCOVERABLE_CREDENTIALS, Cbor.integer(remainingDiscoverableCredentials));
        }
        return info.build();
    }
}
