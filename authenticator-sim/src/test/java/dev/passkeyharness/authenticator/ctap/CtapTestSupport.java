package dev.passkeyharness.authenticator.ctap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.passkeyharness.authenticator.crypto.Sha256;
import dev.passkeyharness.authenticator.data.Bytes;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/** Requests and assertions shared by the CTAP2 tests. */
final class CtapTestSupport {

    static final String RP_ID = "example.com";
    static final HexFormat HEX = HexFormat.of();

    /** The most heap one malformed request may make the authenticator allocate. */
    static final long ALLOCATION_BOUND = 8L << 20;

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private CtapTestSupport() {
    }

    static Bytes hash(String text) {
        return Sha256.of(text);
    }

    static MakeCredentialRequest makeCredential(String userId, CtapOptions options, List<PublicKeyCredentialDescriptor> exclude) {
        return new MakeCredentialRequest(hash("client data " + userId),
                new PublicKeyCredentialRpEntity(RP_ID, "Example"),
                new PublicKeyCredentialUserEntity(Bytes.of(userId.getBytes(StandardCharsets.UTF_8)), userId + "@example.com", userId),
                List.of(PublicKeyCredentialParameters.publicKey(-7), PublicKeyCredentialParameters.publicKey(-257)),
                exclude, null, options, null, null, null);
    }

    static GetAssertionRequest getAssertion(List<PublicKeyCredentialDescriptor> allow, CtapOptions options) {
        return new GetAssertionRequest(RP_ID, hash("assertion client data"), allow, null, options, null, null);
    }

    static byte[] body(byte[] response) {
        assertEquals(0, response[0], () -> "status " + CtapStatus.fromCode(response[0]));
        return Arrays.copyOfRange(response, 1, response.length);
    }

    static MakeCredentialResponse register(Ctap2Authenticator authenticator, MakeCredentialRequest request) throws CtapException {
        return MakeCredentialResponse.decode(body(authenticator.process(request.encode())));
    }

    static GetAssertionResponse assertion(Ctap2Authenticator authenticator, GetAssertionRequest request) throws CtapException {
        return GetAssertionResponse.decode(body(authenticator.process(request.encode())));
    }

    /** A response and the heap bytes this thread allocated while the authenticator produced it. */
    record Measured(byte[] response, long allocatedBytes) {
    }

    static Measured processMeasured(Ctap2Authenticator authenticator, byte[] request) {
        long before = THREADS.getCurrentThreadAllocatedBytes();
        byte[] response = authenticator.process(request);
        return new Measured(response, THREADS.getCurrentThreadAllocatedBytes() - before);
    }

    static CtapStatus status(byte[] response) {
        return CtapStatus.fromCode(response[0]).orElseThrow();
    }

    /** Reads the credential ID out of registration authenticator data (WebAuthn L3 §6.5.1). */
    static Bytes credentialId(Bytes authData) {
        byte[] a = authData.toByteArray();
        int length = ((a[53] & 0xFF) << 8) | (a[54] & 0xFF);
        return Bytes.of(Arrays.copyOfRange(a, 55, 55 + length));
    }

    static long signCount(Bytes authData) {
        byte[] a = authData.toByteArray();
        return ((a[33] & 0xFFL) << 24) | ((a[34] & 0xFFL) << 16) | ((a[35] & 0xFFL) << 8) | (a[36] & 0xFFL);
    }

    static int flags(Bytes authData) {
        return authData.toByteArray()[32] & 0xFF;
    }
}
