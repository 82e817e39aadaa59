package dev.passkeyharness.conformance.scenario;

import dev.passkeyharness.authenticator.user.SimulatedUser;
import dev.passkeyharness.conformance.catalogue.CatalogueException;
import dev.passkeyharness.conformance.catalogue.CatalogueFile;
import dev.passkeyharness.conformance.catalogue.Check;
import dev.passkeyharness.conformance.catalogue.CheckCeremony;
import dev.passkeyharness.conformance.catalogue.Scenario;
import dev.passkeyharness.conformance.catalogue.Step;
import java.util.List;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScenarioLoaderTest {

    private static final String HEAD = """
            id: my.journey
            title: A journey
            authenticators:
              phone: {profile: platform-synced, user: decline}
              key: {profile: security-key, alg: ES256}
            steps:
            """;

    @Test
    void readsEveryStepKind() {
        Scenario scenario = read(HEAD + """
                  - signup
                  - expect: promptShown
                  - dismissPrompt
                  - createPasskey: phone
                  - expect: {lastStepRefused: NotAllowedError}
                  - createPasskey: key
                    tamper: [clientData.challenge.wrong]
                  - expect: lastStepRefused
                  - expect: {passkeyCount: 0}
                  - logout
                  - login
                  - signInWithPasskey: key
                    email: account
                  - signInWithPasskey: key
                  - removePasskey: key
                  - expect: signedIn
                """);

        assertEquals("my.journey", scenario.id());
        assertEquals(SimulatedUser.DECLINE, scenario.authenticators().get("phone").user());
        assertEquals("ES256", scenario.authenticators().get("key").alg());
        assertEquals(14, scenario.steps().size());
        assertEquals(new Step.CreatePasskey("key", List.of("clientData.challenge.wrong")), scenario.steps().get(5));
        assertEquals(new Step.SignInWithPasskey("key", "account", List.of()), scenario.steps().get(10));
        assertEquals(new Step.SignInWithPasskey("key", null, List.of()), scenario.steps().get(11));
        assertEquals(new Step.Expect(new Step.Expectation.PasskeyCount(0)), scenario.steps().get(7));
        assertEquals(CheckCeremony.JOURNEY, scenario.toCheck().ceremony());
        assertEquals(new Check.Journey(scenario), scenario.toCheck());
    }

    @Test
    void anUnknownStepNamesItsLine() {
        assertError("my.yaml:8: unknown step 'jump'", HEAD + """
                  - signup
                  - jump: phone
                """);
        assertError("my.yaml:8: unknown step 'hop'", HEAD + """
                  - signup
                  - hop
                """);
    }

    @Test
    void anUnknownAuthenticatorNamesItsLine() {
        assertError("my.yaml:8: unknown authenticator 'laptop'; this scenario defines phone, key", HEAD + """
                  - signup
                  - createPasskey: laptop
                """);
    }

    @Test
    void aBadTamperingNamesItsLine() {
        assertError("my.yaml:9: unknown tampering 'clientData.nonsense'", HEAD + """
                  - signup
                  - createPasskey: key
                    tamper: [clientData.nonsense]
                """);
    }

    @Test
    void aWrongTypeNamesItsLine() {
        assertError("my.yaml:8: passkeyCount must be a whole number from 0 to 1000, not a string (\"two\")", HEAD + """
                  - signup
                  - expect: {passkeyCount: two}
                """);
        assertError("my.yaml:8: passkeyCount must be a whole number from 0 to 1000, not a number (-1)", HEAD + """
                  - signup
                  - expect: {passkeyCount: -1}
                """);
        assertError("my.yaml:6: steps must be a non-empty list, not a string (\"signup\")", HEAD.replace("steps:\n",
                "steps: signup\n"));
    }

    @Test
    void unknownFieldsAndValuesAreRefused() {
        assertError("my.yaml:4: unknown field 'colour' in authenticator 'phone'",
                HEAD.replace("user: decline", "colour: red") + "  - signup\n");
        assertError("my.yaml:4: unknown profile 'toaster'", HEAD.replace("platform-synced", "toaster") + "  - signup\n");
        assertError("my.yaml:9: unknown field 'email' in step createPasskey; it takes: tamper", HEAD + """
                  - signup
                  - createPasskey: key
                    email: account
                """);
        assertError("my.yaml:7: login needs the scenario's account: sign up first", HEAD + """
                  - login
                """);
        assertError("my.yaml:8: lastStepRefused 'Nope' is neither", HEAD + """
                  - signup
                  - expect: {lastStepRefused: Nope}
                """);
        assertError("my.yaml:1: missing required field 'title'", "id: x\nsteps: [signup]\n");
    }

    @Test
    void aTamperingOfTheOtherCeremonyIsRefused() {
        CatalogueException e = assertThrows(CatalogueException.class, () -> read(HEAD + """
                  - signup
                  - signInWithPasskey: key
                    tamper: [attStmt.sig.missing]
                """));
        assertTrue(e.getMessage().startsWith("my.yaml:9: "), e.getMessage());
    }

    @Test
    void duplicateIdsAcrossFilesAreRefused() {
        CatalogueFile a = new CatalogueFile("a.yaml", HEAD + "  - signup\n");
        CatalogueFile b = new CatalogueFile("b.yaml", HEAD + "  - signup\n");
        CatalogueException e = assertThrows(CatalogueException.class, () -> ScenarioLoader.load(List.of(a, b)));
        assertEquals("b.yaml:1: duplicate scenario id 'my.journey', first defined at a.yaml:1", e.getMessage());
    }

    @Test
    void theBuiltInJourneysLoad() {
        assertEquals(BuiltInScenarios.FILES.size(), BuiltInScenarios.load().size());
    }

    @Test
    void aBrowserScenarioBecomesABrowserCheckAndMayUseAutofill() {
        Scenario scenario = read("ceremony: browser\n" + HEAD + """
                  - signup
                  - createPasskey: phone
                  - signInWithAutofill: phone
                """);
        assertEquals(CheckCeremony.BROWSER, scenario.toCheck().ceremony());
        assertEquals(new Step.SignInWithAutofill("phone"), scenario.steps().get(2));
    }

    @Test
    void autofillNeedsABrowserScenarioAndABrowserScenarioCannotTamper() {
        assertError("my.yaml:8:", HEAD + """
                  - signup
                  - signInWithAutofill: phone
                """);
        assertError("my.yaml:10:", "ceremony: browser\n" + HEAD + """
                  - signup
                  - createPasskey: key
                    tamper: [clientData.challenge.wrong]
                """);
    }

    private static Scenario read(String text) {
        return ScenarioLoader.read(new CatalogueFile("my.yaml", text));
    }

    private static void assertError(String expectedStart, String text) {
        CatalogueException e = assertThrows(CatalogueException.class, () -> read(text));
        assertTrue(e.getMessage().startsWith(expectedStart), e.getMessage());
    }
}
