package dev.passkeyharness.authenticator.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.passkeyharness.authenticator.data.Bytes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreationOptionsTest {

    @Test
    void parsesTheW3cForm() throws Exception {
        CreationOptions o = CreationOptions.fromJson(OptionsFixtures.creation("{\"residentKey\":\"preferred\","
                + "\"userVerification\":\"required\",\"authenticatorAttachment\":\"cross-platform\"}",
                OptionsFixtures.descriptor("AQID")));
        assertEquals("example.com", o.rpId());
        assertEquals("Example", o.rpName());
        assertEquals(Bytes.fromBase64Url(OptionsFixtures.USER_ID), o.user().id());
        assertEquals("Alice", o.user().displayName());
        assertEquals(OptionsFixtures.CHALLENGE, o.challenge());
        assertEquals(-7, o.pubKeyCredParams().get(0).alg());
        assertEquals(-257, o.pubKeyCredParams().get(1).alg());
        assertEquals(Bytes.fromHex("010203"), o.excludeCredentials().get(0).id());
        assertEquals(ResidentKeyRequirement.PREFERRED, o.authenticatorSelection().residentKey());
        assertEquals(UserVerificationRequirement.REQUIRED, o.authenticatorSelection().userVerification());
        assertEquals("cross-platform", o.authenticatorSelection().authenticatorAttachment());
        assertEquals("direct", o.attestation());
        assertTrue(o.credProps());
    }

    @Test
    void parsesThePublicKeyWrapper() throws Exception {
        CreationOptions o = CreationOptions.fromJson("{\"publicKey\":" + OptionsFixtures.creation() + "}");
        assertEquals(OptionsFixtures.CHALLENGE, o.challenge());
        assertEquals(ResidentKeyRequirement.REQUIRED, o.authenticatorSelection().residentKey());
    }

    @Test
    void parsesTheFidoConformanceResponse() throws Exception {
        String json = """
                {"status":"ok","errorMessage":"",
                 "rp":{"name":"Example Corporation"},
                 "user":{"id":"S3932ee31vKEC0JtJMIQ","name":"johndoe@example.com","displayName":"John Doe"},
                 "challenge":"uhUjPNlZfvn7onwuhNdsLPkkE5Fv-lUN",
                 "pubKeyCredParams":[{"type":"public-key","alg":-7}],
                 "timeout":10000,
                 "excludeCredentials":[{"type":"public-key","id":"opQf1WmYAa5aupUKJIQp"}],
                 "authenticatorSelection":{"requireResidentKey":false,"authenticatorAttachment":"cross-platform",
                                           "userVerification":"preferred"},
                 "attestation":"direct"}
                """;
        CreationOptions o = CreationOptions.fromJson(json);
        assertNull(o.rpId());
        assertEquals("uhUjPNlZfvn7onwuhNdsLPkkE5Fv-lUN", o.challenge());
        assertEquals(ResidentKeyRequirement.DISCOURAGED, o.authenticatorSelection().residentKey());
        assertEquals(1, o.excludeCredentials().size());
        assertFalse(o.credProps());
    }

    @Test
    void requireResidentKeyAppliesWhenResidentKeyIsAbsent() throws Exception {
        CreationOptions o = CreationOptions.fromJson(OptionsFixtures.creation("{\"requireResidentKey\":true}", ""));
        assertEquals(ResidentKeyRequirement.REQUIRED, o.authenticatorSelection().residentKey());
        assertEquals(UserVerificationRequirement.PREFERRED, o.authenticatorSelection().userVerification());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "not json",
        "[]",
        "{\"rp\":{\"name\":\"x\"}} trailing",
        "{\"status\":\"failed\",\"errorMessage\":\"no such user\"}",
    })
    void malformedDocumentsAreTypeErrors(String json) {
        assertTypeError(json);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "\"challenge\":\"" + OptionsFixtures.CHALLENGE + "\"",   // removed: challenge
        "\"rp\":{\"id\":\"example.com\",\"name\":\"Example\"}",  // removed: rp
        "\"pubKeyCredParams\":[{\"type\":\"public-key\",\"alg\":-7},{\"type\":\"public-key\",\"alg\":-257}]",
    })
    void missingRequiredMembersAreTypeErrors(String member) {
        String json = OptionsFixtures.creation().replace(member + ",", "").replace(member, "");
        assertTypeError(json);
    }

    @Test
    void missingUserIsATypeError() {
        assertTypeError(OptionsFixtures.creation().replaceFirst("\"user\":\\{[^}]*},", ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc+def/", "abc def", "a"})
    void nonBase64UrlChallengeIsATypeError(String challenge) {
        assertTypeError(OptionsFixtures.creation().replace(OptionsFixtures.CHALLENGE, challenge));
    }

    @Test
    void nonBase64UrlUserIdIsATypeError() {
        assertTypeError(OptionsFixtures.creation().replace(OptionsFixtures.USER_ID, "dXNlci0x+"));
    }

    @Test
    void userIdLongerThan64BytesIsATypeError() {
        assertTypeError(OptionsFixtures.creation().replace(OptionsFixtures.USER_ID, Bytes.of(new byte[65]).base64Url()));
    }

    @Test
    void wrongMemberTypesAreTypeErrors() {
        assertTypeError(OptionsFixtures.creation().replace("\"alg\":-7", "\"alg\":\"ES256\""));
        assertTypeError(OptionsFixtures.creation().replace("\"challenge\":\"" + OptionsFixtures.CHALLENGE + "\"",
                "\"challenge\":42"));
        assertTypeError(OptionsFixtures.creation().replace("\"residentKey\":\"required\"", "\"requireResidentKey\":\"yes\""));
    }

    @Test
    void duplicateMembersAreTypeErrors() {
        assertTypeError(OptionsFixtures.creation().replace("\"timeout\":60000", "\"challenge\":\"AAAA\""));
    }

    private static void assertTypeError(String json) {
        WebAuthnClientException e = assertThrows(WebAuthnClientException.class, () -> CreationOptions.fromJson(json));
        assertEquals(DomExceptionName.TypeError, e.name(), e.getMessage());
    }
}
