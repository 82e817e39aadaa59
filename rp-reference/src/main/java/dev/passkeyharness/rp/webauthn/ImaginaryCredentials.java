package dev.passkeyharness.rp.webauthn;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * allowCredentials for a username that has no passkeys, or no account at all, shaped like a real one: WebAuthn L3
 * §14.6.2 (username enumeration) lets the RP answer such a request with imaginary credential IDs, so the options do
 * not tell a stranger which emails have accounts with passkeys. The IDs are an HMAC of the username under a key made
 * at start, so asking twice gives the same answer, as it would for a real account.
 */
public final class ImaginaryCredentials {

    private static final String HMAC = "HmacSHA256";
    private static final int MIN_ID_BYTES = 32;

    private final SecretKeySpec key;

    public ImaginaryCredentials(SecureRandom random) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        this.key = new SecretKeySpec(secret, HMAC);
    }

    /** One descriptor with an ID of 32 to 64 bytes and the transports of a passkey. */
    public List<AllowedCredential> forUsername(String username) {
        byte[] first = mac("id-1|" + username);
        byte[] second = mac("id-2|" + username);
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        int length = MIN_ID_BYTES + Byte.toUnsignedInt(first[0]) % (both.length - MIN_ID_BYTES + 1);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(both, length));
        return List.of(new AllowedCredential(id, List.of("hybrid", "internal")));
    }

    private byte[] mac(String input) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return mac.doFinal(input.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }
}
