package dev.passkeyharness.authenticator.transport;

import dev.passkeyharness.authenticator.hid.Ctap2Port;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * CTAPHID over TCP as emulated keys speak it: every report in either direction is preceded by its length as two
 * big-endian bytes. One host at a time, like a USB device: the next connection is served when the current one ends.
 */
public final class TcpCarrier implements Carrier {

    public static final int DEFAULT_PORT = 35962;

    private static final Logger LOG = Logger.getLogger(TcpCarrier.class.getName());

    private final ServerSocket server;
    private final RunningDevice running;
    private final Thread acceptor;
    private volatile Socket connection;

    private TcpCarrier(ServerSocket server, Ctap2Port authenticator) {
        this.server = server;
        this.running = new RunningDevice(authenticator, this::sendToHost, "ctaphid-tcp");
        this.acceptor = RunningDevice.daemon("ctaphid-tcp-accept").newThread(this::acceptLoop);
        acceptor.start();
    }

    /** Listens on 127.0.0.1:35962. */
    public static TcpCarrier start(Ctap2Port authenticator) throws IOException {
        return start(new InetSocketAddress(InetAddress.getLoopbackAddress(), DEFAULT_PORT), authenticator);
    }

    public static TcpCarrier start(InetSocketAddress bind, Ctap2Port authenticator) throws IOException {
        ServerSocket server = new ServerSocket();
        try {
            server.bind(bind);
        } catch (IOException e) {
            server.close();
            throw e;
        }
        return new TcpCarrier(server, authenticator);
    }

    @Override
    public InetSocketAddress localAddress() {
        return (InetSocketAddress) server.getLocalSocketAddress();
    }

    @Override
    public void powerCycle() {
        running.device().powerCycle();
    }

    @Override
    public void close() {
        closeQuietly(server);
        Socket current = connection;
        if (current != null) {
            closeQuietly(current);
        }
        try {
            acceptor.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        running.close();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                socket.setTcpNoDelay(true);
                connection = socket;
                serve(new DataInputStream(socket.getInputStream()));
            } catch (IOException e) {
                if (!server.isClosed()) {
                    LOG.log(Level.FINE, "TCP connection ended", e);
                }
            } finally {
                connection = null;
            }
        }
    }

    private void serve(DataInputStream in) throws IOException {
        while (true) {
            int length;
            try {
                length = in.readUnsignedShort();
            } catch (EOFException e) {
                return;
            }
            byte[] report = in.readNBytes(length);
            if (report.length < length) {
                return;
            }
            running.device().receive(report);
        }
    }

    private void sendToHost(byte[] report) {
        Socket current = connection;
        if (current == null) {
            return;
        }
        byte[] frame = new byte[2 + report.length];
        frame[0] = (byte) (report.length >>> 8);
        frame[1] = (byte) report.length;
        System.arraycopy(report, 0, frame, 2, report.length);
        try {
            OutputStream out = current.getOutputStream();
            out.write(frame);
            out.flush();
        } catch (IOException e) {
            LOG.log(Level.FINE, "TCP send failed", e);
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            LOG.log(Level.FINE, "close failed", e);
        }
    }
}
