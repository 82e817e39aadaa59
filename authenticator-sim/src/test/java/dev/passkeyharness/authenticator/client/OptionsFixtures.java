package dev.passkeyharness.authenticator.client;

/** Options JSON in the forms relying parties send. */
final class OptionsFixtures {

    static final String CHALLENGE = "7aXOvL2p8UvaMDgRhIJCvx-bHUUpFb1Ozrqn1YC3vVY";
    static final String USER_ID = "dXNlci0x";

    private OptionsFixtures() {
    }

    static String creation(String authenticatorSelection, String excludeCredentials) {
        return """
                {"rp":{"id":"example.com","name":"Example"},
                 "user":{"id":"%s","name":"alice@example.com","displayName":"Alice"},
                 "challenge":"%s",
                 "pubKeyCredParams":[{"type":"public-key","alg":-7},{"type":"public-key","alg":-257}],
                 "timeout":60000,
                 "excludeCredentials":[%s],
                 "authenticatorSelection":%s,
                 "attestation":"direct",
                 "extensions":{"credProps":true}}
                """.formatted(USER_ID, CHALLENGE, excludeCredentials, authenticatorSelection);
    }

    static String creation() {
        return creation("{\"residentKey\":\"required\",\"userVerification\":\"preferred\"}", "");
    }

    static String request(String allowCredentials, String userVerification) {
        return """
                {"challenge":"%s","timeout":60000,"rpId":"example.com",
                 "allowCredentials":[%s],"userVerification":"%s"}
                """.formatted(CHALLENGE, allowCredentials, userVerification);
    }

    static String descriptor(String base64UrlId) {
        return "{\"type\":\"public-key\",\"id\":\"" + base64UrlId + "\",\"transports\":[\"usb\"]}";
    }
}
