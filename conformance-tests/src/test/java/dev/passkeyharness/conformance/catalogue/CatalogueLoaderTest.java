package dev.passkeyharness.conformance.catalogue;

import dev.passkeyharness.authenticator.client.UserVerificationRequirement;
import dev.passkeyharness.authenticator.profile.Profiles;
import static dev.passkeyharness.conformance.catalogue.TestChecks.edits;
import static dev.passkeyharness.conformance.catalogue.TestChecks.expectedRule;
import static dev.passkeyharness.conformance.catalogue.TestChecks.setup;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.passkeyharness.authenticator.tamper.edit.ResponseEdit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

class CatalogueLoaderTest {

    @TempDir
    Path dir;

    private static final String GOOD = """
            - id: extra.one
              title: A check of our own
              specRef: WebAuthn L3 §7.2 step 14
              ceremony: authentication
              setup: {userVerification: required, signInsBefore: 1}
              tamperings: [authData.rpIdHash.wrong]
              edits: [{op: set, pointer: /response/userHandle, value: "abc"}, {op: type-swap, pointer: /id}]
              expected: rejected
              rule: rp-id-hash
            """;

    @Test
    void readsEveryFieldAndAppliesDefaults() throws IOException {
        List<Check> checks = CatalogueLoader.load(List.of(CatalogueFile.of(write("good.yaml", GOOD))));
        Check check = checks.get(0);
        assertEquals("extra.one", check.id());
        assertEquals(CheckCeremony.AUTHENTICATION, check.ceremony());
        assertEquals(Profiles.SECURITY_KEY, setup(check).profile());
        assertEquals(UserVerificationRequirement.REQUIRED, setup(check).userVerification());
        assertEquals(Procedure.STANDARD, setup(check).procedure());
        assertEquals(1, setup(check).signInsBefore());
        assertEquals(Level.REQUIRED, check.level());
        assertEquals("rp-id-hash", expectedRule(check));
        assertEquals(ResponseEdit.Op.TYPE_SWAP, edits(check).get(1).op());
        assertEquals("abc", edits(check).get(0).value().asString());
        assertEquals(dir.resolve("good.yaml") + ":1", check.source());
    }

    @Test
    void extraFilesJoinTheBuiltInOnes() throws IOException {
        List<Check> all = BuiltInCatalogue.loadWith(List.of(write("good.yaml", GOOD)));
        assertEquals(BuiltInCatalogue.load().size() + 1, all.size());
    }

    @Test
    void unknownFieldNamesItsLine() throws IOException {
        assertError("bad.yaml:4: unknown field 'severity'", """
                - id: x
                  title: t
                  specRef: s
                  severity: high
                  ceremony: registration
                  expected: rejected
                """);
    }

    @Test
    void unknownEnumValueNamesItsLine() throws IOException {
        assertError("bad.yaml:5: unknown expected 'refused'", """
                - id: x
                  title: t
                  specRef: s
                  ceremony: registration
                  expected: refused
                """);
        assertError("bad.yaml:5: unknown procedure 'sideways'", """
                - id: x
                  title: t
                  specRef: s
                  ceremony: registration
                  setup: {procedure: sideways}
                  expected: rejected
                """);
    }

    /** Every setup name is resolved at load: an unknown one is refused at its line, never at run time. */
    @ParameterizedTest
    @CsvSource({"profile, toaster", "algorithm, ES999", "attestation, packed-ish", "userVerification, always",
            "residentKey, sometimes", "attestationConveyance, loud", "metadata, no-such-model"})
    void unknownSetupNamesAreRefusedAtLoad(String field, String value) throws IOException {
        assertError("bad.yaml:5: unknown " + field + " '" + value + "'; expected one of ", """
                - id: x
                  title: t
                  specRef: s
                  ceremony: registration
                  setup: {%s: %s}
                  expected: rejected
                """.formatted(field, value));
    }

    @Test
    void unknownTamperingNamesItsLine() throws IOException {
        assertError("bad.yaml:7: unknown tampering 'authData.flags.purple'", """
                - id: x
                  title: t
                  specRef: s
                  ceremony: registration
                  tamperings:
                    - authData.flags.up.cleared
                    - authData.flags.purple
                  expected: rejected
                """);
    }

    @Test
    void aBadEditPointerNamesItsLineAtLoad() throws IOException {
        assertError("bad.yaml:7: edit /response/authenticatorData/flags: authenticator data has no part 'flags'", """
                - id: x
                  title: t
                  specRef: s
                  ceremony: authentication
                  edits:
                    - {op: remove, pointer: /id}
                    - {op: remove, pointer: /response/authenticatorData/flags}
                  expected: rejected
                """);
        assertError("bad.yaml:7: edit /response/attestationObject/authData/extensions/credProtect: an edit reaches "
                + "a part of authenticator data, not inside it", """
                - id: x
                  title: t
                  specRef: s
                  ceremony: registration
                  edits:
                    - op: remove
                      pointer: /response/attestationObject/authData/extensions/credProtect
                  expected: rejected
                """);
    }

    @Test
    void anEditTheResponseCannotTakeNamesItsLineAtLoad() throws IOException {
        assertError("bad.yaml:6: edit /response/attestationObject/fmt: an authentication response has no "
                + "attestation object", """
                - id: x
                  title: t
                  specRef: s
                  ceremony: authentication
                  edits:
                    - {op: type-swap, pointer: /response/attestationObject/fmt}
                  expected: rejected
                """);
        assertError("bad.yaml:6: edit TYPE_SWAP /response/authenticatorData/trailingBytes: trailing bytes have no "
                + "type to swap", """
                - id: x
                  title: t
                  specRef: s
                  ceremony: authentication
                  edits:
                    - {op: type-swap, pointer: /response/authenticatorData/trailingBytes}
                  expected: rejected
                """);
    }

    @Test
    void duplicateIdNamesTheSecondDefinition() throws IOException {
        assertError("bad.yaml:6: duplicate id 'x', first defined at " + dir.resolve("bad.yaml") + ":1", """
                - id: x
                  title: t
                  specRef: s
                  ceremony: registration
                  expected: rejected
                - id: x
                  title: t again
                  specRef: s
                  ceremony: registration
                  expected: rejected
                """);
    }

    @Test
    void anEndlessCatalogueFileIsRefusedAtTheCap() {
        Path zero = Path.of("/dev/zero");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(zero), "needs /dev/zero");

        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> BuiltInCatalogue.loadWith(List.of(zero)));

        assertEquals("cannot read catalogue file /dev/zero: larger than 16 MiB", e.getMessage());
    }

    @Test
    void duplicateIdAcrossFilesIsRefused() throws IOException {
        Path extra = write("dup.yaml", """
                - id: webauthn.registration.rp-id-hash
                  title: t
                  specRef: s
                  ceremony: registration
                  expected: rejected
                """);
        CatalogueException e = assertThrows(CatalogueException.class, () -> BuiltInCatalogue.loadWith(List.of(extra)));
        assertTrue(e.getMessage().startsWith(extra + ":1: duplicate id"), e.getMessage());
        assertTrue(e.getMessage().contains("catalogue/webauthn-registration.yaml:"), e.getMessage());
    }

    @Test
    void wrongTypesMissingFieldsAndMisplacedMembersAreRefused() throws IOException {
        assertError("bad.yaml:2: title must be a string, not a list", """
                - id: x
                  title: [a, b]
                  specRef: s
                  ceremony: registration
                  expected: rejected
                """);
        assertError("bad.yaml:1: missing required field 'specRef'", """
                - id: x
                  title: t
                  ceremony: registration
                  expected: rejected
                """);
        assertError("bad.yaml:5: signInsBefore must be a whole number from 0 to 5", """
                - id: x
                  title: t
                  specRef: s
                  ceremony: authentication
                  setup: {signInsBefore: "two"}
                  expected: rejected
                """);
        assertError("bad.yaml:5: unknown assertion 'CHALLENGE_PINK'", """
                - id: x
                  title: t
                  specRef: s
                  ceremony: options
                  assertions: [CHALLENGE_PINK]
                  expected: accepted
                """);
        assertError("bad.yaml:5: tampering 'encoding.userHandle.wrong' does not apply to a registration check", """
                - id: x
                  title: t
                  specRef: s
                  ceremony: registration
                  tamperings: [encoding.userHandle.wrong]
                  expected: rejected
                """);
        assertError("bad.yaml:6: only a rejected check names a rule", """
                - id: x
                  title: t
                  specRef: s
                  ceremony: registration
                  expected: accepted
                  rule: challenge
                """);
        assertError("bad.yaml:6: a set edit needs a value", """
                - id: x
                  title: t
                  specRef: s
                  ceremony: registration
                  edits:
                    - {op: set, pointer: /id}
                  expected: rejected
                """);
        assertError("bad.yaml:1: a catalogue file is a list of checks, not a mapping", "id: x\n");
    }

    @Test
    void yamlSyntaxErrorsCarryTheParsersLine() throws IOException {
        CatalogueException e = assertThrows(CatalogueException.class, () -> load("""
                - id: x
                  title: t
                  specRef: [unclosed
                """));
        assertTrue(e.getMessage().matches(".*bad\\.yaml:\\d+: not valid YAML.*"), e.getMessage());
    }

    private void assertError(String expectedStart, String yaml) throws IOException {
        CatalogueException e = assertThrows(CatalogueException.class, () -> load(yaml));
        String message = e.getMessage().substring(e.getMessage().indexOf("bad.yaml"));
        assertTrue(message.startsWith(expectedStart), message);
    }

    private List<Check> load(String yaml) throws IOException {
        return CatalogueLoader.load(List.of(CatalogueFile.of(write("bad.yaml", yaml))));
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}
