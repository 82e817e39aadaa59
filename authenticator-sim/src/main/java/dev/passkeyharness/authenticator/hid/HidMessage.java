package dev.passkeyharness.authenticator.hid;

import dev.passkeyharness.authenticator.data.Bytes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A whole CTAPHID message on one channel: a command and its payload, before framing or after reassembly. */
public record HidMessage(int cid, int command, Bytes payload) {

    public HidMessage {
        Objects.requireNonNull(payload, "payload");
        if (payload.length() > HidPacket.MAX_PAYLOAD) {
            throw new IllegalArgumentException("a CTAPHID message carries at most " + HidPacket.MAX_PAYLOAD
                    + " bytes, not " + payload.length());
        }
    }

    public static HidMessage of(int cid, CtapHidCommand command, byte[] payload) {
        return new HidMessage(cid, command.code(), Bytes.of(payload));
    }

    /** CTAP 2.1 §11.2.4: splits the message into an initialization packet and as many continuation packets as needed. */
    public List<byte[]> toReports() {
        byte[] data = payload.toByteArray();
        List<byte[]> reports = new ArrayList<>();
        byte[] first = header(HidPacket.REPORT_SIZE);
        first[4] = (byte) (HidPacket.TYPE_INIT | command);
        first[5] = (byte) (data.length >>> 8);
        first[6] = (byte) data.length;
        int offset = Math.min(data.length, HidPacket.INIT_DATA_SIZE);
        System.arraycopy(data, 0, first, 7, offset);
        reports.add(first);
        for (int seq = 0; offset < data.length; seq++) {
            byte[] next = header(HidPacket.REPORT_SIZE);
            next[4] = (byte) seq;
            int n = Math.min(data.length - offset, HidPacket.CONT_DATA_SIZE);
            System.arraycopy(data, offset, next, 5, n);
            offset += n;
            reports.add(next);
        }
        return reports;
    }

    private byte[] header(int size) {
        byte[] report = new byte[size];
        report[0] = (byte) (cid >>> 24);
        report[1] = (byte) (cid >>> 16);
        report[2] = (byte) (cid >>> 8);
        report[3] = (byte) cid;
        return report;
    }
}
