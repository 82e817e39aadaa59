package dev.passkeyharness.authenticator.hid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.passkeyharness.authenticator.crypto.Sha256;
import dev.passkeyharness.authenticator.ctap.CtapException;
import dev.passkeyharness.authenticator.ctap.CtapOptions;
import dev.passkeyharness.authenticator.ctap.GetAssertionRequest;
import dev.passkeyharness.authenticator.ctap.GetAssertionResponse;
import dev.passkeyharness.authenticator.ctap.MakeCredentialRequest;
import dev.passkeyharness.authenticator.ctap.MakeCredentialResponse;
import dev.passkeyharness.authenticator.ctap.PublicKeyCredentialDescriptor;
import dev.passkeyharness.authenticator.ctap.PublicKeyCredentialParameters;
import dev.passkeyharness.authenticator.ctap.PublicKeyCredentialRpEntity;
import dev.passkeyharness.authenticator.ctap.PublicKeyCredentialUserEntity;
import dev.passkeyharness.authenticator.data.Bytes;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** A registration and an authentication driven through CTAPHID_CBOR on one channel of a bench. */
final class Ceremonies {

    static final String RP_ID = "example.com";

    private Ceremonies() {
    }

    /** A non-discoverable credential, so a full discoverable-credential store does not refuse it. */
    static byte[] makeCredentialRequest(String user) {
        return new MakeCredentialRequest(Sha256.of("client data " + user), new PublicKeyCredentialRpEntity(RP_ID, "Example"),
                new PublicKeyCredentialUserEntity(Bytes.of(user.getBytes(StandardCharsets.UTF_8)), user, user),
                List.of(PublicKeyCredentialParameters.publicKey(-7)), null, null, CtapOptions.NONE,
                null, null, null).encode();
    }

    static byte[] getAssertionRequest(Bytes credentialId) {
        return new GetAssertionRequest(RP_ID, Sha256.of("assertion client data"),
                List.of(PublicKeyCredentialDescriptor.publicKey(credentialId)), null, CtapOptions.NONE, null, null).encode();
    }

    /** Registers, then authenticates with the new credential; fails the test unless both succeed. */
    static void registerAndAuthenticate(HidBench bench, int cid, String user) throws CtapException {
        MakeCredentialResponse made = MakeCredentialResponse.decode(cbor(bench, cid, makeCredentialRequest(user)));
        byte[] authData = made.authData().toByteArray();
        assertEquals(Sha256.of(RP_ID), Bytes.of(Arrays.copyOf(authData, 32)), "rpIdHash");
        int length = ((authData[53] & 0xFF) << 8) | (authData[54] & 0xFF);
        Bytes credentialId = Bytes.of(Arrays.copyOfRange(authData, 55, 55 + length));
        GetAssertionResponse assertion = GetAssertionResponse.decode(cbor(bench, cid, getAssertionRequest(credentialId)));
        assertEquals(credentialId, assertion.credential().id());
    }

    /** Sends a CTAP2 request, runs it, and returns the response body after checking the status is CTAP2_OK. */
    static byte[] cbor(HidBench bench, int cid, byte[] request) {
        bench.send(cid, CtapHidCommand.CBOR, request);
        bench.runWorker();
        HidMessage answer = bench.onlyAnswer();
        assertEquals(CtapHidCommand.CBOR.code(), answer.command(), () -> "answer " + answer);
        byte[] response = answer.payload().toByteArray();
        assertEquals(0, response[0], "CTAP2 status");
        return Arrays.copyOfRange(response, 1, response.length);
    }
}
