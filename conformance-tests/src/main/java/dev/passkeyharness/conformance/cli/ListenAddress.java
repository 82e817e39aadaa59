package dev.passkeyharness.conformance.cli;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;

/** A {@code [HOST:]PORT} option value: the address a carrier binds to, on loopback unless a host is given. */
final class ListenAddress {

    private ListenAddress() {
    }

    /** Parses {@code PORT}, {@code HOST:PORT} or {@code [IPV6]:PORT}; port 0 lets the system choose. */
    static InetSocketAddress parse(String value) {
        int colon = value.lastIndexOf(':');
        String host = colon < 0 ? null : value.substring(0, colon);
        int port = port(value, colon < 0 ? value : value.substring(colon + 1));
        if (host == null) {
            return new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        if (host.isEmpty()) {
            throw new IllegalArgumentException("'" + value + "': expected [HOST:]PORT, the host is empty");
        }
        try {
            return new InetSocketAddress(InetAddress.getByName(host), port);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("'" + value + "': unknown host '" + host + "'");
        }
    }

    private static int port(String value, String port) {
        int out;
        try {
            out = Integer.parseInt(port);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + value + "': expected [HOST:]PORT with PORT 0..65535");
        }
        if (out < 0 || out > 65535) {
            throw new IllegalArgumentException("'" + value + "': port " + out + " is not 0..65535");
        }
        return out;
    }
}
