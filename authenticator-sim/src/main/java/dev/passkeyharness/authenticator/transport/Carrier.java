package dev.passkeyharness.authenticator.transport;

import java.net.InetSocketAddress;

/** A running transport that carries CTAPHID reports between a host and the simulated authenticator. */
public interface Carrier extends AutoCloseable {

    /** The address the carrier listens on; with port 0 asked for, the port the system chose. */
    InetSocketAddress localAddress();

    /** Unplugs and replugs the device: channels and per-boot state are gone, credentials stay. */
    void powerCycle();

    /** Stops listening and stops every thread the carrier started; calling it again does nothing. */
    @Override
    void close();
}
