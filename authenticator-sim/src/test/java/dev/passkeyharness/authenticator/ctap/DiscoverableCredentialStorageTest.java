package dev.passkeyharness.authenticator.ctap;

import static dev.passkeyharness.authenticator.ctap.CtapTestSupport.body;
import static dev.passkeyharness.authenticator.ctap.CtapTestSupport.credentialId;
import static dev.passkeyharness.authenticator.ctap.CtapTestSupport.makeCredential;
import static dev.passkeyharness.authenticator.ctap.CtapTestSupport.register;
import static dev.passkeyharness.authenticator.ctap.CtapTestSupport.status;
import static org.junit.jupiter.api.Assertions.assertEquals;

import co.nstant.in.cbor.model.Map;
import dev.passkeyharness.authenticator.cbor.Cbor;
import dev.passkeyharness.authenticator.data.Bytes;
import dev.passkeyharness.authenticator.profile.Profiles;
import dev.passkeyharness.authenticator.store.CredentialIdWrapper;
import dev.passkeyharness.authenticator.store.StoredCredential;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Finite storage for discoverable credentials: CTAP2_ERR_KEY_STORE_FULL once it is used up (CTAP 2.1 §6.1.2 step 17)
 * and getInfo's remainingDiscoverableCredentials (CTAP 2.1 §6.4).
 */
class DiscoverableCredentialStorageTest {

    private static final CtapOptions RK = new CtapOptions(true, null, null);

    private final Ctap2Authenticator authenticator = Ctap2Authenticator.builder()
            .profile(Profiles.SECURITY_KEY.withDiscoverableCredentialCapacity(2)).seed(5).build();

    @Test
    void aFullStoreRefusesANewDiscoverableCredentialAndStoresNothing() throws Exception {
        fill();
        List<StoredCredential> before = authenticator.state().store().all();
        byte[] response = authenticator.process(makeCredential("carol", RK, null).encode());
        assertEquals(CtapStatus.CTAP2_ERR_KEY_STORE_FULL, status(response));
        assertEquals(1, response.length);
        assertEquals(before, authenticator.state().store().all());
    }

    @Test
    void theSameAccountIsOverwrittenWithoutANewSlot() throws Exception {
        fill();
        Bytes id = credentialId(register(authenticator, makeCredential("alice", RK, null)).authData());
        assertEquals(2, authenticator.state().store().discoverableCount());
        assertEquals(id, authenticator.state().store().discoverable(CtapTestSupport.RP_ID).get(0).credentialId());
    }

    @Test
    void nonDiscoverableCredentialsNeedNoSlot() throws Exception {
        fill();
        Bytes id = credentialId(register(authenticator, makeCredential("carol", CtapOptions.NONE, null)).authData());
        assertEquals(CredentialIdWrapper.WRAPPED_LENGTH, id.length(), "the key travels in the credential ID");
    }

    @Test
    void getInfoCountsTheFreeSlotsDown() throws Exception {
        assertEquals(2, remaining(authenticator));
        register(authenticator, makeCredential("alice", RK, null));
        assertEquals(1, remaining(authenticator));
        register(authenticator, makeCredential("bob", RK, null));
        register(authenticator, makeCredential("bob", RK, null));
        assertEquals(0, remaining(authenticator));
        authenticator.process(new byte[] {0x07});
        assertEquals(2, remaining(authenticator), "reset frees every slot");
    }

    @Test
    void aProfileThatMakesEveryCredentialDiscoverableIsFullWithoutRk() throws Exception {
        Ctap2Authenticator synced = Ctap2Authenticator.builder()
                .profile(Profiles.PLATFORM_SYNCED.withDiscoverableCredentialCapacity(1)).seed(6).build();
        register(synced, makeCredential("alice", CtapOptions.NONE, null));
        assertEquals(CtapStatus.CTAP2_ERR_KEY_STORE_FULL,
                status(synced.process(makeCredential("bob", CtapOptions.NONE, null).encode())));
    }

    @Test
    void stateFromALargerDeviceLeavesNoSlot() throws Exception {
        fill();
        Ctap2Authenticator smaller = Ctap2Authenticator.builder()
                .profile(Profiles.SECURITY_KEY.withDiscoverableCredentialCapacity(1)).state(authenticator.state()).build();
        assertEquals(0, remaining(smaller));
        assertEquals(CtapStatus.CTAP2_ERR_KEY_STORE_FULL,
                status(smaller.process(makeCredential("carol", RK, null).encode())));
    }

    private void fill() throws CtapException {
        register(authenticator, makeCredential("alice", RK, null));
        register(authenticator, makeCredential("bob", RK, null));
    }

    private static long remaining(Ctap2Authenticator device) throws Exception {
        Map info = (Map) Cbor.decode(body(device.process(new byte[] {0x04})));
        return Cbor.longValue(info.get(Cbor.integer(GetInfoResponse.REMAINING_DISCOVERABLE_CREDENTIALS)));
    }
}
