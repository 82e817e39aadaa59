package dev.passkeyharness.authenticator.ctap;

import static dev.passkeyharness.authenticator.ctap.CtapTestSupport.HEX;
import static dev.passkeyharness.authenticator.ctap.CtapTestSupport.assertion;
import static dev.passkeyharness.authenticator.ctap.CtapTestSupport.body;
import static dev.passkeyharness.authenticator.ctap.CtapTestSupport.credentialId;
import static dev.passkeyharness.authenticator.ctap.CtapTestSupport.flags;
import static dev.passkeyharness.authenticator.ctap.CtapTestSupport.getAssertion;
import static dev.passkeyharness.authenticator.ctap.CtapTestSupport.makeCredential;
import static dev.passkeyharness.authenticator.ctap.CtapTestSupport.register;
import static dev.passkeyharness.authenticator.ctap.CtapTestSupport.signCount;
import static dev.passkeyharness.authenticator.ctap.CtapTestSupport.status;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.passkeyharness.authenticator.crypto.CoseAlgorithm;
import dev.passkeyharness.authenticator.crypto.CredentialKeyPair;
import dev.passkeyharness.authenticator.crypto.Signatures;
import dev.passkeyharness.authenticator.data.AuthenticatorData;
import dev.passkeyharness.authenticator.data.Bytes;
import dev.passkeyharness.authenticator.profile.CounterMode;
import dev.passkeyharness.authenticator.profile.Profiles;
import dev.passkeyharness.authenticator.store.CredentialIdWrapper;
import dev.passkeyharness.authenticator.store.StoredCredential;
import dev.passkeyharness.authenticator.user.SimulatedUser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** authenticatorMakeCredential / GetAssertion / GetNextAssertion / GetInfo / Reset / Selection on raw bytes. */
class Ctap2AuthenticatorTest {

    private final Ctap2Authenticator authenticator = Ctap2Authenticator.builder().seed(7).build();

    @Test
    void getInfoOfU2fLegacyIsCanonicalByteForByte() {
        Ctap2Authenticator u2f = Ctap2Authenticator.builder().profile(Profiles.U2F_LEGACY).seed(1).build();
        String expected = "00" + "a8"
                + "01" + "83" + "665532465f5632" + "684649444f5f325f30" + "684649444f5f325f31"
                + "03" + "50" + "00".repeat(16)
                + "04" + "a3" + "62726b" + "f4" + "627570" + "f5" + "64706c6174" + "f4"
                + "05" + "191db9"
                + "07" + "10"
                + "08" + "1903ff"
                + "09" + "81" + "63757362"
                + "0a" + "81" + "a2" + "63616c67" + "26" + "6474797065" + "6a7075626c69632d6b6579";
        assertEquals(expected, HEX.formatHex(u2f.process(new byte[] {0x04})));
    }

    @Test
    void handBuiltMakeCredentialThenGetAssertionSucceeds() throws Exception {
        String clientDataHash = "11".repeat(32);
        String request = "01" + "a4"
                + "01" + "5820" + clientDataHash
                + "02" + "a1" + "626964" + "6b" + HEX.formatHex("example.com".getBytes())
                + "03" + "a1" + "626964" + "4101"
                + "04" + "81" + "a2" + "63616c67" + "26" + "6474797065" + "6a7075626c69632d6b6579";
        byte[] response = authenticator.process(HEX.parseHex(request));
        assertEquals(CtapStatus.CTAP2_OK, status(response));
        MakeCredentialResponse made = MakeCredentialResponse.decode(body(response));
        assertEquals("packed", made.fmt());
        assertEquals(AuthenticatorData.UP | AuthenticatorData.AT, flags(made.authData()));
        Bytes id = credentialId(made.authData());
        assertEquals(CredentialIdWrapper.WRAPPED_LENGTH, id.length(), "non-discoverable IDs carry the wrapped key");

        String get = "02" + "a3"
                + "01" + "6b" + HEX.formatHex("example.com".getBytes())
                + "02" + "5820" + "22".repeat(32)
                + "03" + "81" + "a2" + "626964" + "58" + String.format("%02x", id.length()) + id.hex()
                + "6474797065" + "6a7075626c69632d6b6579";
        GetAssertionResponse asserted = GetAssertionResponse.decode(body(authenticator.process(HEX.parseHex(get))));
        assertEquals(id, asserted.credential().id());
        assertNull(asserted.user(), "no user entity for a non-discoverable credential");
        StoredCredential stored = authenticator.state().store().find(id).orElseThrow();
        CredentialKeyPair key = stored.keyPair();
        byte[] signed = Bytes.concat(asserted.authData().toByteArray(), HEX.parseHex("22".repeat(32))).toByteArray();
        assertTrue(Signatures.verify(key, signed, asserted.signature().toByteArray()));
    }

    @Test
    void discoverableCredentialsAreListedNewestFirstAndContinuedWithGetNextAssertion() throws Exception {
        CtapOptions rk = new CtapOptions(true, null, null);
        register(authenticator, makeCredential("alice", rk, null));
        register(authenticator, makeCredential("bob", rk, null));
        GetAssertionResponse first = assertion(authenticator, getAssertion(null, CtapOptions.NONE));
        assertEquals(2, first.numberOfCredentials());
        assertEquals(Bytes.of("bob".getBytes()), first.user().id());
        assertNull(first.user().name(), "names only after user verification");
        GetAssertionResponse second = GetAssertionResponse.decode(body(authenticator.process(new byte[] {0x08})));
        assertEquals(Bytes.of("alice".getBytes()), second.user().id());
        assertNull(second.numberOfCredentials());
        assertEquals(CtapStatus.CTAP2_ERR_NOT_ALLOWED, status(authenticator.process(new byte[] {0x08})));
    }

    @Test
    void aPowerCycleEndsAGetNextAssertionSequenceAndKeepsTheCredentials() throws Exception {
        CtapOptions rk = new CtapOptions(true, null, null);
        register(authenticator, makeCredential("dave", rk, null));
        register(authenticator, makeCredential("erin", rk, null));
        assertEquals(2, assertion(authenticator, getAssertion(null, CtapOptions.NONE)).numberOfCredentials());
        authenticator.powerCycle();
        assertEquals(CtapStatus.CTAP2_ERR_NOT_ALLOWED, status(authenticator.process(new byte[] {0x08})));
        assertEquals(2, assertion(authenticator, getAssertion(null, CtapOptions.NONE)).numberOfCredentials());
    }

    @Test
    void userNamesAreReturnedAfterUserVerification() throws Exception {
        register(authenticator, makeCredential("carol", new CtapOptions(true, null, true), null));
        GetAssertionResponse a = assertion(authenticator, getAssertion(null, new CtapOptions(null, null, true)));
        assertEquals("carol@example.com", a.user().name());
        assertEquals(AuthenticatorData.UP | AuthenticatorData.UV, flags(a.authData()));
    }

    @Test
    void aNewDiscoverableCredentialReplacesTheSameUsersOld() throws Exception {
        CtapOptions rk = new CtapOptions(true, null, null);
        register(authenticator, makeCredential("dave", rk, null));
        register(authenticator, makeCredential("dave", rk, null));
        assertEquals(1, authenticator.state().store().discoverable(CtapTestSupport.RP_ID).size());
    }

    @Test
    void excludedCredentialIsRefusedAndNothingIsStored() throws Exception {
        MakeCredentialResponse made = register(authenticator, makeCredential("erin", CtapOptions.NONE, null));
        int before = authenticator.state().store().all().size();
        byte[] response = authenticator.process(makeCredential("erin", CtapOptions.NONE,
                List.of(PublicKeyCredentialDescriptor.publicKey(credentialId(made.authData())))).encode());
        assertEquals(CtapStatus.CTAP2_ERR_CREDENTIAL_EXCLUDED, status(response));
        assertEquals(before, authenticator.state().store().all().size());
    }

    @Test
    void wrappedIdOfAnotherRpIsNotFound() throws Exception {
        MakeCredentialResponse made = register(authenticator, makeCredential("frank", CtapOptions.NONE, null));
        Bytes id = credentialId(made.authData());
        byte[] response = authenticator.process(new GetAssertionRequest("other.example", CtapTestSupport.hash("x"),
                List.of(PublicKeyCredentialDescriptor.publicKey(id)), null, CtapOptions.NONE, null, null).encode());
        assertEquals(CtapStatus.CTAP2_ERR_NO_CREDENTIALS, status(response));
    }

    @Test
    void decliningUserGetsOperationDeniedAndNothingIsStored() {
        Ctap2Authenticator declining = Ctap2Authenticator.builder().user(SimulatedUser.DECLINE).build();
        assertEquals(CtapStatus.CTAP2_ERR_OPERATION_DENIED,
                status(declining.process(makeCredential("gina", CtapOptions.NONE, null).encode())));
        assertTrue(declining.state().store().all().isEmpty());
        assertEquals(CtapStatus.CTAP2_ERR_OPERATION_DENIED, status(declining.process(new byte[] {0x0B})));
        assertEquals(CtapStatus.CTAP2_ERR_OPERATION_DENIED, status(declining.process(new byte[] {0x07})));
    }

    @Test
    void selectionSucceedsWithPresence() {
        assertArrayEquals(new byte[] {0x00}, authenticator.process(new byte[] {0x0B}));
    }

    @Test
    void resetForgetsDiscoverableAndInvalidatesWrappedCredentials() throws Exception {
        register(authenticator, makeCredential("hank", new CtapOptions(true, null, null), null));
        MakeCredentialResponse wrapped = register(authenticator, makeCredential("ivy", CtapOptions.NONE, null));
        assertArrayEquals(new byte[] {0x00}, authenticator.process(new byte[] {0x07}));
        assertEquals(CtapStatus.CTAP2_ERR_NO_CREDENTIALS,
                status(authenticator.process(getAssertion(null, CtapOptions.NONE).encode())));
        assertEquals(CtapStatus.CTAP2_ERR_NO_CREDENTIALS, status(authenticator.process(getAssertion(
                List.of(PublicKeyCredentialDescriptor.publicKey(credentialId(wrapped.authData()))), CtapOptions.NONE).encode())));
    }

    @Test
    void firstSupportedAlgorithmOfTheRpListWins() throws Exception {
        MakeCredentialRequest request = new MakeCredentialRequest(CtapTestSupport.hash("alg"),
                new PublicKeyCredentialRpEntity("example.com", null),
                new PublicKeyCredentialUserEntity(Bytes.of(new byte[] {9}), null, null),
                List.of(new PublicKeyCredentialParameters("unknown-type", -7), PublicKeyCredentialParameters.publicKey(-999),
                        PublicKeyCredentialParameters.publicKey(-8), PublicKeyCredentialParameters.publicKey(-7)),
                null, null, CtapOptions.NONE, null, null, null);
        MakeCredentialResponse made = register(authenticator, request);
        StoredCredential stored = authenticator.state().store().find(credentialId(made.authData())).orElseThrow();
        assertEquals(CoseAlgorithm.EDDSA, stored.alg());
    }

    @Test
    void perCredentialCounterGrowsByOnePerAssertion() throws Exception {
        MakeCredentialResponse made = register(authenticator, makeCredential("jo", CtapOptions.NONE, null));
        assertEquals(0, signCount(made.authData()));
        var allow = List.of(PublicKeyCredentialDescriptor.publicKey(credentialId(made.authData())));
        assertEquals(1, signCount(assertion(authenticator, getAssertion(allow, CtapOptions.NONE)).authData()));
        assertEquals(2, signCount(assertion(authenticator, getAssertion(allow, CtapOptions.NONE)).authData()));
    }

    @Test
    void globalCounterGrowsAcrossCredentialsAndRegistrations() throws Exception {
        Ctap2Authenticator global = Ctap2Authenticator.builder()
                .profile(Profiles.SECURITY_KEY.withCounterMode(CounterMode.GLOBAL)).build();
        MakeCredentialResponse a = register(global, makeCredential("a", CtapOptions.NONE, null));
        MakeCredentialResponse b = register(global, makeCredential("b", CtapOptions.NONE, null));
        assertEquals(1, signCount(a.authData()));
        assertEquals(2, signCount(b.authData()));
        var allowA = List.of(PublicKeyCredentialDescriptor.publicKey(credentialId(a.authData())));
        assertEquals(3, signCount(assertion(global, getAssertion(allowA, CtapOptions.NONE)).authData()));
    }

    @Test
    void syncedProfileSendsZeroCounterAndBackupFlags() throws Exception {
        Ctap2Authenticator synced = Ctap2Authenticator.builder().profile(Profiles.PLATFORM_SYNCED).build();
        MakeCredentialResponse made = register(synced, makeCredential("kim", CtapOptions.NONE, null));
        assertEquals("none", made.fmt());
        assertEquals(AuthenticatorData.UP | AuthenticatorData.AT | AuthenticatorData.BE | AuthenticatorData.BS,
                flags(made.authData()));
        assertTrue(synced.state().store().find(credentialId(made.authData())).orElseThrow().discoverable(),
                "platform passkeys are always discoverable");
        GetAssertionResponse a = assertion(synced, getAssertion(null, CtapOptions.NONE));
        assertEquals(0, signCount(a.authData()));
        assertEquals(AuthenticatorData.UP | AuthenticatorData.BE | AuthenticatorData.BS, flags(a.authData()));
    }

    @Test
    void silentAssertionHasNoUpFlag() throws Exception {
        MakeCredentialResponse made = register(authenticator, makeCredential("lee", CtapOptions.NONE, null));
        GetAssertionResponse a = assertion(authenticator, getAssertion(
                List.of(PublicKeyCredentialDescriptor.publicKey(credentialId(made.authData()))), new CtapOptions(null, false, null)));
        assertEquals(0, flags(a.authData()) & AuthenticatorData.UP);
    }

    @Test
    void seededAuthenticatorsAreByteIdentical() {
        byte[] request = makeCredential("mo", CtapOptions.NONE, null).encode();
        byte[] a = Ctap2Authenticator.builder().seed(42).build().process(request);
        byte[] b = Ctap2Authenticator.builder().seed(42).build().process(request);
        byte[] c = Ctap2Authenticator.builder().seed(43).build().process(request);
        assertArrayEquals(a, b);
        assertFalse(java.util.Arrays.equals(a, c));
        assertNotEquals(0, a.length);
    }
}
