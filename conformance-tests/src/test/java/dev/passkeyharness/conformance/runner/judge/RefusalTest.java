package dev.passkeyharness.conformance.runner.judge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.passkeyharness.conformance.runner.step.Ceremonies;
import dev.passkeyharness.conformance.target.Answer;
import dev.passkeyharness.conformance.target.Exchange;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class RefusalTest {

    @Test
    void aRuleMemberMakesARefusalRuleSpecific() {
        Refusal refusal = Refusal.of(answer(400, "{\"status\":\"failed\",\"errorMessage\":\"challenge: no\",\"rule\":\"challenge\"}"),
                "origin");

        assertEquals(new Refusal(RefusalClass.RULE_SPECIFIC, 400, "challenge", "challenge: no"), refusal);
        assertEquals("400 [challenge]: challenge: no", refusal.describe());
    }

    @Test
    void aKeywordOfTheExpectedRuleMakesARefusalRuleSpecific() {
        assertEquals(RefusalClass.RULE_SPECIFIC, classOf(400, "Invalid RP ID hash", "rp-id-hash"));
        assertEquals(RefusalClass.RULE_SPECIFIC, classOf(400, "rpIdHash mismatch", "rp-id-hash"));
        assertEquals(RefusalClass.RULE_SPECIFIC, classOf(403, "Sign count went backwards", "counter"));
        assertEquals(RefusalClass.RULE_SPECIFIC, classOf(400, "User presence flag (UP) not set", "user-present"));
        assertEquals(RefusalClass.RULE_SPECIFIC, classOf(400, "challenge-expired", "challenge-expired"));
    }

    @Test
    void aRefusalNamingNoRuleIsGeneric() {
        assertEquals(RefusalClass.GENERIC_4XX, classOf(400, "Bad request", "signature"));
        assertEquals(RefusalClass.GENERIC_4XX, classOf(400, "Invalid origin", null));
        assertEquals(RefusalClass.GENERIC_4XX, classOf(400, "upload failed", "user-present"));
        assertEquals(RefusalClass.GENERIC_4XX, classOf(200, "Invalid signature", "counter"));
    }

    @Test
    void aServerErrorIsACrashEvenWhenItNamesTheRule() {
        Refusal refusal = Refusal.of(answer(500, "{\"status\":\"failed\",\"errorMessage\":\"signature check threw\"}"),
                "signature");

        assertEquals(new Refusal(RefusalClass.CRASH, 500, null, "signature check threw"), refusal);
    }

    @Test
    void anAnswerThatIsNotJsonIsACrash() {
        Refusal html = Refusal.of(answer(400, "<html><body>Bad Request</body></html>"), "challenge");
        Refusal empty = Refusal.of(answer(400, ""), "challenge");

        assertEquals(new Refusal(RefusalClass.CRASH, 400, null,
                "a body that is not JSON: <html><body>Bad Request</body></html>"), html);
        assertEquals(new Refusal(RefusalClass.CRASH, 400, null, "an empty body"), empty);
    }

    @Test
    void noAnswerIsACrash() {
        Refusal refusal = Refusal.of(Answer.none("the target stopped answering: connection reset"), "challenge");

        assertEquals(new Refusal(RefusalClass.CRASH, 0, null, "the target stopped answering: connection reset"), refusal);
        assertEquals("no answer: the target stopped answering: connection reset", refusal.describe());
    }

    @Test
    void anAcceptedAnswerIsNoRefusal() {
        assertThrows(IllegalArgumentException.class,
                () -> Refusal.of(answer(200, "{\"status\":\"ok\",\"errorMessage\":\"\"}"), null));
    }

    private static RefusalClass classOf(int status, String errorMessage, String expectedRule) {
        String body = Ceremonies.JSON.createObjectNode().put("status", "failed").put("errorMessage", errorMessage)
                .toString();
        return Refusal.of(answer(status, body), expectedRule).refusalClass();
    }

    private static Answer answer(int status, String body) {
        JsonNode json;
        try {
            json = body.isBlank() ? null : Ceremonies.JSON.readTree(body);
        } catch (RuntimeException e) {
            json = null;
        }
        return new Answer(status, json, new Exchange("POST", "/attestation/result", "{}", status, body, 1));
    }
}
