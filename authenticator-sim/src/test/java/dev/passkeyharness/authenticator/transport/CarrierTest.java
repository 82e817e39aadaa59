package dev.passkeyharness.authenticator.transport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.passkeyharness.authenticator.ctap.Ctap2Authenticator;
import dev.passkeyharness.authenticator.hid.Ctap2Port;
import dev.passkeyharness.authenticator.hid.CtapHidCommand;
import dev.passkeyharness.authenticator.hid.CtapHidError;
import dev.passkeyharness.authenticator.hid.HidMessage;
import dev.passkeyharness.authenticator.hid.HidPacket;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The carriers frame reports as their hosts expect, answer on loopback, power-cycle on request and close cleanly. */
class CarrierTest {

    private static final InetSocketAddress ANY_LOOPBACK_PORT = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);

    private static Ctap2Port authenticator() {
        return Ctap2Port.of(Ctap2Authenticator.builder().seed(3).build());
    }

    /** The host's side of one carrier: sends reports, reads them back. */
    private interface Host extends AutoCloseable {
        void send(byte[] report) throws IOException;

        byte[] read() throws IOException;

        @Override
        void close() throws IOException;

        default int allocate() throws IOException {
            send(HidMessage.of(HidPacket.BROADCAST_CID, CtapHidCommand.INIT, new byte[8]).toReports().get(0));
            byte[] answer = read();
            assertEquals(0x80 | CtapHidCommand.INIT.code(), answer[4] & 0xFF);
            return ByteBuffer.wrap(answer, 15, 4).getInt();
        }

        default byte[] ping(int cid, byte[] payload) throws IOException {
            for (byte[] report : HidMessage.of(cid, CtapHidCommand.PING, payload).toReports()) {
                send(report);
            }
            return read();
        }
    }

    private static final class UdpHost implements Host {
        private final DatagramSocket socket = new DatagramSocket(ANY_LOOPBACK_PORT);
        private final InetSocketAddress device;

        UdpHost(InetSocketAddress device) throws IOException {
            this.device = device;
            socket.setSoTimeout(5000);
        }

        @Override
        public void send(byte[] report) throws IOException {
            socket.send(new DatagramPacket(report, report.length, device));
        }

        @Override
        public byte[] read() throws IOException {
            DatagramPacket packet = new DatagramPacket(new byte[100], 100);
            socket.receive(packet);
            return Arrays.copyOf(packet.getData(), packet.getLength());
        }

        @Override
        public void close() {
            socket.close();
        }
    }

    private static final class TcpHost implements Host {
        private final Socket socket;
        private final DataInputStream in;
        private final DataOutputStream out;

        TcpHost(InetSocketAddress device) throws IOException {
            this.socket = new Socket(device.getAddress(), device.getPort());
            socket.setSoTimeout(5000);
            this.in = new DataInputStream(socket.getInputStream());
            this.out = new DataOutputStream(socket.getOutputStream());
        }

        @Override
        public void send(byte[] report) throws IOException {
            out.writeShort(report.length);
            out.write(report);
            out.flush();
        }

        @Override
        public byte[] read() throws IOException {
            return in.readNBytes(in.readUnsignedShort());
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    @Test
    void udpAnswersEachDatagramWithOneReportDatagram() throws Exception {
        try (UdpCarrier carrier = UdpCarrier.start(ANY_LOOPBACK_PORT, authenticator());
                UdpHost host = new UdpHost(carrier.localAddress())) {
            assertTrue(carrier.localAddress().getAddress().isLoopbackAddress());
            int cid = host.allocate();
            byte[] payload = new byte[100];
            Arrays.fill(payload, (byte) 7);
            byte[] first = host.ping(cid, payload);
            assertEquals(HidPacket.REPORT_SIZE, first.length);
            assertArrayEquals(HidMessage.of(cid, CtapHidCommand.PING, payload).toReports().get(1), host.read());
            host.send(new byte[HidPacket.REPORT_SIZE + 1]);
            assertEquals(HidPacket.REPORT_SIZE, host.ping(cid, new byte[1]).length, "an oversized datagram is ignored");
        }
    }

    @Test
    void theSimulatorRestartDatagramPowerCyclesTheDevice() throws Exception {
        try (UdpCarrier carrier = UdpCarrier.start(ANY_LOOPBACK_PORT, authenticator());
                UdpHost host = new UdpHost(carrier.localAddress())) {
            int cid = host.allocate();
            host.send(PowerCycleRequest.DATAGRAM.toByteArray());
            byte[] answer = host.ping(cid, new byte[1]);
            assertEquals(0x80 | CtapHidCommand.ERROR.code(), answer[4] & 0xFF);
            assertEquals(CtapHidError.ERR_INVALID_CHANNEL.code(), answer[7], "the channel is gone after the restart");
            int next = host.allocate();
            assertEquals(0x80 | CtapHidCommand.PING.code(), host.ping(next, new byte[1])[4] & 0xFF);
        }
    }

    @Test
    void tcpPrefixesEveryReportWithItsLengthAndServesTheNextHost() throws Exception {
        try (TcpCarrier carrier = TcpCarrier.start(ANY_LOOPBACK_PORT, authenticator())) {
            assertTrue(carrier.localAddress().getAddress().isLoopbackAddress());
            int cid;
            try (TcpHost host = new TcpHost(carrier.localAddress())) {
                cid = host.allocate();
                assertEquals(HidPacket.REPORT_SIZE, host.ping(cid, new byte[10]).length);
            }
            try (TcpHost host = new TcpHost(carrier.localAddress())) {
                assertEquals(0x80 | CtapHidCommand.PING.code(), host.ping(cid, new byte[10])[4] & 0xFF,
                        "a new connection is the same device, its channels kept");
                carrier.powerCycle();
                assertEquals(0x80 | CtapHidCommand.ERROR.code(), host.ping(cid, new byte[10])[4] & 0xFF);
            }
        }
    }

    @Test
    void closingFreesThePortAndStopsAnswering() throws Exception {
        UdpCarrier udp = UdpCarrier.start(ANY_LOOPBACK_PORT, authenticator());
        InetSocketAddress udpAt = udp.localAddress();
        TcpCarrier tcp = TcpCarrier.start(ANY_LOOPBACK_PORT, authenticator());
        InetSocketAddress tcpAt = tcp.localAddress();
        TcpHost connected = new TcpHost(tcpAt);
        udp.close();
        tcp.close();
        udp.close();
        tcp.close();
        assertThrows(IOException.class, connected::read, "the open connection is closed too");
        connected.close();
        try (UdpHost host = new UdpHost(udpAt)) {
            host.send(new byte[HidPacket.REPORT_SIZE]);
            assertThrows(SocketTimeoutException.class, () -> {
                host.socket.setSoTimeout(200);
                host.read();
            });
        }
        UdpCarrier.start(udpAt, authenticator()).close();
        TcpCarrier.start(tcpAt, authenticator()).close();
        assertEquals(0, Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("ctaphid-") && t.isAlive()).count(), "no carrier thread left");
    }
}
