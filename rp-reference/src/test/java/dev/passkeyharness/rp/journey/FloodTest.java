package dev.passkeyharness.rp.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.passkeyharness.authenticator.profile.Profiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Cookie-less options requests from one address, more than it may hold sessions and challenges: they push out only
 * their own, and a visitor elsewhere who asked for sign-in options before still signs in with them.
 */
class FloodTest {

    private static final int FLOOD = 2_500;

    @Test
    void aFloodOfAnonymousOptionsRequestsDoesNotEvictAnotherVisitorsChallenge() throws Exception {
        try (Site site = Site.start()) {
            Device device = Device.of(Profiles.SECURITY_KEY, 71);
            Browser visitor = site.signUp("visitor@example.com");
            site.registered(visitor, device);
            visitor.post("/api/logout", "{}");
            String assertion = site.authenticationResponse(visitor, device, "{}");

            int ok = flood(site.url(), "127.0.0.2");

            assertEquals(FLOOD, ok);
            Browser.Answer signedIn = visitor.post("/api/passkeys/authentication/verify", assertion);
            assertEquals(200, signedIn.status(), signedIn::toString);
        }
    }

    /** FLOOD options requests on one kept-alive connection from {@code local}, no cookie: how many were 200. */
    private static int flood(String base, String local) throws IOException {
        URI uri = URI.create(base);
        byte[] request = ("POST /api/passkeys/authentication/options HTTP/1.1\r\nHost: " + uri.getAuthority()
                + "\r\nOrigin: " + base + "\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}")
                .getBytes(StandardCharsets.ISO_8859_1);
        int ok = 0;
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(local, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", uri.getPort()), 5_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            for (int i = 0; i < FLOOD; i++) {
                out.write(request);
                out.flush();
                ok += readAnswer(in) == 200 ? 1 : 0;
            }
        }
        return ok;
    }

    private static int readAnswer(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed mid-answer");
            }
            head.write(b);
        }
        String text = head.toString(StandardCharsets.ISO_8859_1);
        int length = 0;
        for (String line : text.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(15).trim());
            }
        }
        in.readNBytes(length);
        return Integer.parseInt(text.substring(9, 12));
    }
}
