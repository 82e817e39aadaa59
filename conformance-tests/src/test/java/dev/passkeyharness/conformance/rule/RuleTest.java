package dev.passkeyharness.conformance.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RuleTest {

    /** The reference RP maps its verification failures onto the harness's rules: each id it can send is one. */
    @ParameterizedTest
    @EnumSource(dev.passkeyharness.rp.webauthn.Rule.class)
    void everyRuleTheReferenceRpSendsIsAHarnessRuleWithTheSameSpecReference(dev.passkeyharness.rp.webauthn.Rule sent) {
        Rule rule = Rule.byId(sent.id()).orElseThrow(() -> new AssertionError("no harness rule '" + sent.id() + "'"));
        assertEquals(sent.specReference(), rule.specReference(), rule.id());
    }

    @Test
    void idsAreUnique() {
        List<String> ids = Rule.ids();
        assertEquals(ids.size(), new HashSet<>(ids).size(), ids.toString());
    }

    @Test
    void anUnknownIdIsNoRule() {
        assertTrue(Rule.byId("rpIdHash").isEmpty());
        assertEquals(Rule.RP_ID_HASH, Rule.byId("rp-id-hash").orElseThrow());
    }

    @Test
    void aMessageNamesARuleByItsIdOrAKeyword() {
        assertTrue(Rule.RP_ID_HASH.namedBy("rp-id-hash: mismatch"));
        assertTrue(Rule.RP_ID_HASH.namedBy("RP ID does not match"));
        assertTrue(Rule.COUNTER.namedBy("signCount did not grow"));
        assertFalse(Rule.COUNTER.namedBy("Bad request"));
        assertFalse(Rule.COUNTER.namedBy(null));
    }

    @Test
    void aTwoLetterKeywordMustBeAWordOfItsOwn() {
        assertTrue(Rule.USER_PRESENT.namedBy("UP flag not set"));
        assertTrue(Rule.USER_PRESENT.namedBy("flags: up missing"));
        assertFalse(Rule.USER_PRESENT.namedBy("lookup failed"));
        assertFalse(Rule.USER_VERIFIED.namedBy("uvular"));
    }

    @Test
    void aRuleWithoutKeywordsIsNamedOnlyByItsId() {
        assertTrue(Rule.METADATA_STALE.namedBy("metadata-stale: nextUpdate passed"));
        assertFalse(Rule.METADATA_STALE.namedBy("the BLOB is old"));
    }

    @Test
    void anIdThatIsNoHarnessRuleIsNamedByItselfAlone() {
        assertTrue(Rule.named("house-rule", "house rule: refused"));
        assertFalse(Rule.named("house-rule", "challenge: refused"));
        assertTrue(Rule.named("challenge", "the challenge did not match"));
    }
}
