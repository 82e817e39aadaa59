package dev.passkeyharness.authenticator.hid;

import static dev.passkeyharness.authenticator.hid.HidBench.assertError;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.passkeyharness.authenticator.ctap.MakeCredentialResponse;
import dev.passkeyharness.authenticator.data.Bytes;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CtapHidDeviceTest {

    private static final byte[] GET_INFO = {0x04};

    private final HidBench bench = HidBench.direct(1);

    @Test
    void initOnTheBroadcastChannelAllocatesANewChannelAndDescribesTheDevice() {
        byte[] nonce = Bytes.fromHex("0011223344556677").toByteArray();
        bench.send(HidPacket.BROADCAST_CID, CtapHidCommand.INIT, nonce);
        HidMessage answer = bench.onlyAnswer();
        assertEquals(HidPacket.BROADCAST_CID, answer.cid());
        assertEquals(CtapHidCommand.INIT.code(), answer.command());
        ByteBuffer payload = ByteBuffer.wrap(answer.payload().toByteArray());
        assertEquals(17, payload.remaining());
        byte[] echoed = new byte[8];
        payload.get(echoed);
        assertArrayEquals(nonce, echoed);
        int cid = payload.getInt();
        assertTrue(cid != 0 && cid != HidPacket.BROADCAST_CID, "allocated channel " + cid);
        assertEquals(2, payload.get(), "CTAPHID protocol version");
        assertArrayEquals(new byte[] {1, 0, 0}, new byte[] {payload.get(), payload.get(), payload.get()});
        // CBOR and WINK; NMSG because CTAPHID_MSG is not implemented
        assertEquals(0x01 | 0x04 | 0x08, payload.get());
        assertNotEquals(cid, bench.allocate(), "every INIT on the broadcast channel allocates a new channel");
    }

    @Test
    void initOnAnAllocatedChannelKeepsItAndAbandonsItsMessage() {
        int cid = bench.allocate();
        List<byte[]> ping = HidMessage.of(cid, CtapHidCommand.PING, new byte[100]).toReports();
        bench.device.receive(ping.get(0));
        bench.send(cid, CtapHidCommand.INIT, new byte[8]);
        HidMessage answer = bench.onlyAnswer();
        assertEquals(cid, answer.cid());
        assertEquals(cid, ByteBuffer.wrap(answer.payload().toByteArray(), 8, 4).getInt());
        bench.device.receive(ping.get(1));
        assertEquals(List.of(), bench.answers(), "the abandoned message's continuation is ignored");
    }

    @Test
    void initNeedsAnEightByteNonceAndAKnownChannel() {
        bench.send(HidPacket.BROADCAST_CID, CtapHidCommand.INIT, new byte[7]);
        assertError(bench.onlyAnswer(), HidPacket.BROADCAST_CID, CtapHidError.ERR_INVALID_LEN);
        bench.send(0x12345678, CtapHidCommand.INIT, new byte[8]);
        assertError(bench.onlyAnswer(), 0x12345678, CtapHidError.ERR_INVALID_CHANNEL);
    }

    @Test
    void onlyInitMayUseTheBroadcastChannelAndChannelZeroIsNeverValid() {
        bench.send(HidPacket.BROADCAST_CID, CtapHidCommand.PING, new byte[3]);
        assertError(bench.onlyAnswer(), HidPacket.BROADCAST_CID, CtapHidError.ERR_INVALID_CHANNEL);
        bench.send(0, CtapHidCommand.INIT, new byte[8]);
        assertError(bench.onlyAnswer(), 0, CtapHidError.ERR_INVALID_CHANNEL);
        bench.send(0x0BADCAFE, CtapHidCommand.CBOR, GET_INFO);
        assertError(bench.onlyAnswer(), 0x0BADCAFE, CtapHidError.ERR_INVALID_CHANNEL);
    }

    @Test
    void pingEchoesTheLargestMessage() {
        int cid = bench.allocate();
        byte[] payload = new byte[HidPacket.MAX_PAYLOAD];
        new Random(5).nextBytes(payload);
        bench.send(cid, CtapHidCommand.PING, payload);
        assertEquals(HidMessage.of(cid, CtapHidCommand.PING, payload), bench.onlyAnswer());
    }

    @Test
    void aDeclaredLengthBeyond7609BytesIsRefused() {
        int cid = bench.allocate();
        byte[] report = HidMessage.of(cid, CtapHidCommand.PING, new byte[10]).toReports().get(0);
        report[5] = (byte) ((HidPacket.MAX_PAYLOAD + 1) >>> 8);
        report[6] = (byte) (HidPacket.MAX_PAYLOAD + 1);
        bench.device.receive(report);
        assertError(bench.onlyAnswer(), cid, CtapHidError.ERR_INVALID_LEN);
    }

    @Test
    void winkTakesNoPayload() {
        int cid = bench.allocate();
        bench.send(cid, CtapHidCommand.WINK, new byte[0]);
        assertEquals(HidMessage.of(cid, CtapHidCommand.WINK, new byte[0]), bench.onlyAnswer());
        bench.send(cid, CtapHidCommand.WINK, new byte[1]);
        assertError(bench.onlyAnswer(), cid, CtapHidError.ERR_INVALID_LEN);
    }

    @Test
    void msgVendorAndDeviceOnlyCommandsAreInvalid() {
        int cid = bench.allocate();
        for (int command : new int[] {CtapHidCommand.MSG.code(), 0x40, 0x55, 0x7F, CtapHidCommand.KEEPALIVE.code(),
                CtapHidCommand.ERROR.code()}) {
            bench.send(new HidMessage(cid, command, Bytes.of(new byte[] {1, 2, 3})));
            assertError(bench.onlyAnswer(), cid, CtapHidError.ERR_INVALID_CMD);
        }
    }

    @Test
    void anotherChannelIsBusyWhileAMessageArrives() {
        int a = bench.allocate();
        int b = bench.allocate();
        List<byte[]> ping = HidMessage.of(a, CtapHidCommand.PING, new byte[200]).toReports();
        bench.device.receive(ping.get(0));
        bench.send(b, CtapHidCommand.PING, new byte[1]);
        assertError(bench.onlyAnswer(), b, CtapHidError.ERR_CHANNEL_BUSY);
        ping.subList(1, ping.size()).forEach(bench.device::receive);
        assertEquals(HidMessage.of(a, CtapHidCommand.PING, new byte[200]), bench.onlyAnswer());
    }

    @Test
    void aSkippedSequenceNumberOrANewMessageMidwayIsAnInvalidSequence() {
        int cid = bench.allocate();
        List<byte[]> ping = HidMessage.of(cid, CtapHidCommand.PING, new byte[200]).toReports();
        bench.device.receive(ping.get(0));
        bench.device.receive(ping.get(2));
        assertError(bench.onlyAnswer(), cid, CtapHidError.ERR_INVALID_SEQ);
        bench.device.receive(ping.get(0));
        bench.send(cid, CtapHidCommand.WINK, new byte[0]);
        assertError(bench.onlyAnswer(), cid, CtapHidError.ERR_INVALID_SEQ);
    }

    @Test
    void theNextPacketMayComeUpTo500MillisecondsLater() {
        int cid = bench.allocate();
        List<byte[]> ping = HidMessage.of(cid, CtapHidCommand.PING, new byte[100]).toReports();
        bench.device.receive(ping.get(0));
        bench.clock.advance(Duration.ofMillis(500));
        bench.device.tick();
        bench.device.receive(ping.get(1));
        assertEquals(HidMessage.of(cid, CtapHidCommand.PING, new byte[100]), bench.onlyAnswer());

        bench.device.receive(ping.get(0));
        bench.clock.advance(Duration.ofMillis(501));
        bench.device.tick();
        assertError(bench.onlyAnswer(), cid, CtapHidError.ERR_MSG_TIMEOUT);
        bench.device.receive(ping.get(1));
        assertEquals(List.of(), bench.answers(), "the timed-out message's continuation is ignored");
    }

    @Test
    void aKeepaliveEvery100MillisecondsWhileTheAuthenticatorWorks() {
        HidBench deferred = HidBench.deferred(2);
        int cid = deferred.allocate();
        deferred.send(cid, CtapHidCommand.CBOR, GET_INFO);
        deferred.clock.advance(Duration.ofMillis(99));
        deferred.device.tick();
        assertEquals(List.of(), deferred.answers());
        HidMessage keepalive = HidMessage.of(cid, CtapHidCommand.KEEPALIVE,
                new byte[] {(byte) KeepaliveStatus.STATUS_PROCESSING.code()});
        for (int i = 0; i < 3; i++) {
            deferred.clock.advance(Duration.ofMillis(i == 0 ? 1 : 100));
            deferred.device.tick();
            assertEquals(keepalive, deferred.onlyAnswer());
        }
        deferred.runWorker();
        HidMessage answer = deferred.onlyAnswer();
        assertEquals(CtapHidCommand.CBOR.code(), answer.command());
        assertEquals(0, answer.payload().toByteArray()[0]);
    }

    @Test
    void cancelAnswersThePendingRequestAndDropsItsResult() {
        HidBench deferred = HidBench.deferred(3);
        int cid = deferred.allocate();
        deferred.send(cid, CtapHidCommand.CBOR, Ceremonies.makeCredentialRequest("cancelled"));
        deferred.send(cid, CtapHidCommand.CANCEL, new byte[0]);
        assertEquals(HidMessage.of(cid, CtapHidCommand.CBOR, new byte[] {0x2D}), deferred.onlyAnswer(),
                "CTAP2_ERR_KEEPALIVE_CANCEL");
        deferred.runWorker();
        assertEquals(List.of(), deferred.answers());
        deferred.send(cid, CtapHidCommand.CANCEL, new byte[0]);
        assertEquals(List.of(), deferred.answers(), "CANCEL with nothing pending is not answered");
    }

    @Test
    void requestsWaitForTheAuthenticatorsAnswer() {
        HidBench deferred = HidBench.deferred(4);
        int a = deferred.allocate();
        int b = deferred.allocate();
        deferred.send(a, CtapHidCommand.CBOR, GET_INFO);
        deferred.send(a, CtapHidCommand.CBOR, GET_INFO);
        assertError(deferred.onlyAnswer(), a, CtapHidError.ERR_CHANNEL_BUSY);
        deferred.send(b, CtapHidCommand.PING, new byte[4]);
        assertError(deferred.onlyAnswer(), b, CtapHidError.ERR_CHANNEL_BUSY);
        deferred.send(b, CtapHidCommand.INIT, new byte[8]);
        assertEquals(CtapHidCommand.INIT.code(), deferred.onlyAnswer().command(), "INIT is always answered");
        deferred.runWorker();
        assertEquals(CtapHidCommand.CBOR.code(), deferred.onlyAnswer().command());
    }

    @Test
    void initOnTheBusyChannelDropsTheAuthenticatorsLateAnswer() {
        HidBench deferred = HidBench.deferred(5);
        int cid = deferred.allocate();
        deferred.send(cid, CtapHidCommand.CBOR, GET_INFO);
        deferred.send(cid, CtapHidCommand.INIT, new byte[8]);
        assertEquals(CtapHidCommand.INIT.code(), deferred.onlyAnswer().command());
        deferred.runWorker();
        assertEquals(List.of(), deferred.answers());
    }

    @Test
    void aLockKeepsOtherChannelsOutUntilItExpires() {
        int a = bench.allocate();
        int b = bench.allocate();
        bench.send(a, CtapHidCommand.LOCK, new byte[] {11});
        assertError(bench.onlyAnswer(), a, CtapHidError.ERR_INVALID_PAR);
        bench.send(a, CtapHidCommand.LOCK, new byte[] {2});
        assertEquals(HidMessage.of(a, CtapHidCommand.LOCK, new byte[0]), bench.onlyAnswer());
        bench.send(b, CtapHidCommand.PING, new byte[1]);
        assertError(bench.onlyAnswer(), b, CtapHidError.ERR_CHANNEL_BUSY);
        bench.send(a, CtapHidCommand.PING, new byte[1]);
        assertEquals(CtapHidCommand.PING.code(), bench.onlyAnswer().command());
        bench.clock.advance(Duration.ofSeconds(2));
        bench.send(b, CtapHidCommand.PING, new byte[1]);
        assertEquals(CtapHidCommand.PING.code(), bench.onlyAnswer().command());
        bench.send(a, CtapHidCommand.LOCK, new byte[] {10});
        bench.send(a, CtapHidCommand.LOCK, new byte[] {0});
        assertEquals(2, bench.answers().size());
        bench.send(b, CtapHidCommand.PING, new byte[1]);
        assertEquals(CtapHidCommand.PING.code(), bench.onlyAnswer().command(), "a lock of 0 seconds releases it");
    }

    @Test
    void aRegistrationAndAnAuthenticationOverCtaphid() throws Exception {
        Ceremonies.registerAndAuthenticate(bench, bench.allocate(), "alice");
    }

    @Test
    void aPowerCycleForgetsTheChannelsAndKeepsTheCredentials() throws Exception {
        int cid = bench.allocate();
        MakeCredentialResponse made = MakeCredentialResponse.decode(
                Ceremonies.cbor(bench, cid, Ceremonies.makeCredentialRequest("bob")));
        byte[] authData = made.authData().toByteArray();
        Bytes credentialId = Bytes.of(Arrays.copyOfRange(authData, 55, 55 + (((authData[53] & 0xFF) << 8) | (authData[54] & 0xFF))));
        bench.device.powerCycle();
        bench.send(cid, CtapHidCommand.PING, new byte[1]);
        assertError(bench.onlyAnswer(), cid, CtapHidError.ERR_INVALID_CHANNEL);
        Ceremonies.cbor(bench, bench.allocate(), Ceremonies.getAssertionRequest(credentialId));
    }

    @Test
    void reportsThatAreNoHidReportsAreIgnoredAndShortOnesPadded() {
        int cid = bench.allocate();
        bench.device.receive(new byte[65]);
        bench.device.receive(new byte[2]);
        bench.device.receive(null);
        assertEquals(List.of(), bench.answers());
        byte[] wink = Arrays.copyOf(HidMessage.of(cid, CtapHidCommand.WINK, new byte[0]).toReports().get(0), 7);
        bench.device.receive(wink);
        assertEquals(CtapHidCommand.WINK.code(), bench.onlyAnswer().command());
    }
}
