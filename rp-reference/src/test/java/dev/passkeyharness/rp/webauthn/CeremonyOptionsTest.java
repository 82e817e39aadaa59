package dev.passkeyharness.rp.webauthn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.passkeyharness.rp.model.Account;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class CeremonyOptionsTest {

    private final TestRp rp = new TestRp(TestRp.defaultPolicy());

    @Test
    void creationOptionsCarryThePolicyAndTheUserHandle() {
        Account a = rp.account("alice@example.com");
        ChallengeStore.Issued issued = rp.store.issue("s", "192.0.2.1", ChallengeStore.Purpose.REGISTRATION,
                new CeremonyContext.Registration(a.id(), a.userHandle(), UserVerification.PREFERRED));
        ObjectNode o = rp.options.creation(issued, a, List.of(), CreationRequest.defaults(a.username(), a.displayName()));
        assertEquals(issued.challenge(), o.get("challenge").asString());
        assertEquals("example.com", o.get("rp").get("id").asString());
        assertEquals(a.userHandle(), o.get("user").get("id").asString());
        assertEquals(10, o.get("pubKeyCredParams").size());
        assertEquals(300_000, o.get("timeout").asLong());
        assertEquals("required", o.get("authenticatorSelection").get("residentKey").asString());
        assertTrue(o.get("authenticatorSelection").get("requireResidentKey").asBoolean());
        assertEquals("none", o.get("attestation").asString());
        assertTrue(o.get("extensions").get("credProps").asBoolean());
        ObjectNode c = CeremonyOptions.conformance(o);
        assertEquals("ok", c.get("status").asString());
        assertEquals("", c.get("errorMessage").asString());
    }

    @Test
    void requestOptionsForDiscoverableHaveNoAllowCredentials() {
        ChallengeStore.Issued issued = rp.store.issue("s", "192.0.2.1", ChallengeStore.Purpose.AUTHENTICATION,
                new CeremonyContext.Authentication(null, List.of(), UserVerification.REQUIRED));
        ObjectNode o = rp.options.request(issued, List.of(), null);
        assertEquals(0, o.get("allowCredentials").size());
        assertEquals("required", o.get("userVerification").asString());
        assertEquals("example.com", o.get("rpId").asString());
    }
}
