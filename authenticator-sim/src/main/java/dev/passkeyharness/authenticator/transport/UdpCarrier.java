package dev.passkeyharness.authenticator.transport;

import dev.passkeyharness.authenticator.hid.Ctap2Port;
import dev.passkeyharness.authenticator.hid.HidPacket;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * CTAPHID over UDP as software keys' simulators speak it: one 64-byte report per datagram, answers to whoever sent
 * the last datagram, and {@link PowerCycleRequest} restarts the device.
 */
public final class UdpCarrier implements Carrier {

    public static final int DEFAULT_PORT = 8111;

    private static final Logger LOG = Logger.getLogger(UdpCarrier.class.getName());

    private final DatagramSocket socket;
    private final RunningDevice running;
    private final Thread receiver;
    private volatile SocketAddress peer;

    private UdpCarrier(DatagramSocket socket, Ctap2Port authenticator) {
        this.socket = socket;
        this.running = new RunningDevice(authenticator, this::sendToPeer, "ctaphid-udp");
        this.receiver = RunningDevice.daemon("ctaphid-udp-receive").newThread(this::receiveLoop);
        receiver.start();
    }

    /** Listens on 127.0.0.1:8111. */
    public static UdpCarrier start(Ctap2Port authenticator) throws IOException {
        return start(new InetSocketAddress(InetAddress.getLoopbackAddress(), DEFAULT_PORT), authenticator);
    }

    public static UdpCarrier start(InetSocketAddress bind, Ctap2Port authenticator) throws IOException {
        return new UdpCarrier(new DatagramSocket(bind), authenticator);
    }

    @Override
    public InetSocketAddress localAddress() {
        return (InetSocketAddress) socket.getLocalSocketAddress();
    }

    @Override
    public void powerCycle() {
        running.device().powerCycle();
    }

    @Override
    public void close() {
        socket.close();
        try {
            receiver.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        running.close();
    }

    private void receiveLoop() {
        // one byte more than a report, so an oversized datagram is seen as such and not cut to fit
        byte[] buffer = new byte[HidPacket.REPORT_SIZE + 1];
        while (!socket.isClosed()) {
            DatagramPacket datagram = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(datagram);
            } catch (IOException e) {
                if (!socket.isClosed()) {
                    LOG.log(Level.WARNING, "UDP receive failed", e);
                }
                continue;
            }
            if (PowerCycleRequest.matches(buffer, datagram.getLength())) {
                powerCycle();
                continue;
            }
            peer = datagram.getSocketAddress();
            running.device().receive(Arrays.copyOf(buffer, datagram.getLength()));
        }
    }

    private void sendToPeer(byte[] report) {
        SocketAddress to = peer;
        if (to == null) {
            return;
        }
        try {
            socket.send(new DatagramPacket(report, report.length, to));
        } catch (IOException e) {
            LOG.log(Level.FINE, "UDP send to " + to + " failed", e);
        }
    }
}
