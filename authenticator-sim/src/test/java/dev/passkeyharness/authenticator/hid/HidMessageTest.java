package dev.passkeyharness.authenticator.hid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.passkeyharness.authenticator.data.Bytes;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HidMessageTest {

    @Test
    void framesIntoOneInitializationAndEnoughContinuationPackets() {
        Random random = new Random(7);
        for (int length : new int[] {0, 1, 57, 58, 116, 117, 1000, HidPacket.MAX_PAYLOAD}) {
            byte[] payload = new byte[length];
            random.nextBytes(payload);
            HidMessage message = HidMessage.of(0x01020304, CtapHidCommand.CBOR, payload);
            List<byte[]> reports = message.toReports();
            int expected = length <= 57 ? 1 : 1 + (length - 57 + 58) / 59;
            assertEquals(expected, reports.size(), "reports for " + length + " bytes");
            ReportReader reader = new ReportReader();
            reports.forEach(reader::read);
            assertEquals(List.of(message), reader.take());
        }
    }

    @Test
    void theLargestMessageFillsAllSequenceNumbers() {
        List<byte[]> reports = HidMessage.of(1, CtapHidCommand.PING, new byte[HidPacket.MAX_PAYLOAD]).toReports();
        assertEquals(129, reports.size());
        assertEquals(0x7F, reports.get(128)[4]);
        assertThrows(IllegalArgumentException.class,
                () -> new HidMessage(1, CtapHidCommand.PING.code(), Bytes.of(new byte[HidPacket.MAX_PAYLOAD + 1])));
    }
}
