package dev.passkeyharness.conformance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ListenAddressTest {

    @Test
    void aPortAloneBindsToLoopback() {
        assertEquals(new InetSocketAddress(InetAddress.getLoopbackAddress(), 8111), ListenAddress.parse("8111"));
    }

    @Test
    void aHostIsKept() throws Exception {
        assertEquals(new InetSocketAddress(InetAddress.getByName("0.0.0.0"), 0), ListenAddress.parse("0.0.0.0:0"));
        assertEquals(new InetSocketAddress(InetAddress.getByName("::1"), 35962), ListenAddress.parse("[::1]:35962"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"nonsense", "", ":8111", "127.0.0.1:", "127.0.0.1:port", "65536", "-1"})
    void anythingElseIsRefusedNamingTheValue(String value) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ListenAddress.parse(value));
        assertTrue(e.getMessage().contains("'" + value + "'"), e.getMessage());
    }
}
