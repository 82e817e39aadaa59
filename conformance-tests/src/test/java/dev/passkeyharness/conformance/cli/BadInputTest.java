package dev.passkeyharness.conformance.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.passkeyharness.authenticator.attestation.AttestationCa;
import dev.passkeyharness.authenticator.crypto.DeterministicRandom;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of bad argument or input: exit 2, one line on stderr naming the problem, no ceremony, state untouched. */
class BadInputTest {

    @TempDir
    static Path dir;

    private static final String STATE_BYTES = "{\"version\":1}";

    @BeforeEach
    void files() throws IOException {
        Files.writeString(dir.resolve("options.json"), "{\"challenge\":\"AAAA\",\"rp\":{\"id\":\"example.com\"}}");
        Files.writeString(dir.resolve("broken.json"), "{\"challenge\":");
        Files.writeString(dir.resolve("array.json"), "[1,2]");
        Files.writeString(dir.resolve("bad-state.json"), STATE_BYTES);
        Files.writeString(dir.resolve("junk.jwt"), "not.a.blob");
        Files.writeString(dir.resolve("not-a-certificate.pem"), "hello");
        Files.writeString(dir.resolve("broken-profile.yaml"), "name: mine\nsteps:\n  registrationOptions: FETCH /o\n");
        Files.writeString(dir.resolve("root.pem"), AttestationCa.create(new DeterministicRandom(1, "root"),
                Clock.systemUTC()).rootCertificatePem());
    }

    static Stream<Arguments> badInputs() {
        return Stream.of(
                bad("no command", "missing command"),
                bad("unknown command", "frobnicate", "frobnicate"),
                bad("unknown option", "--colour", "--colour"),
                bad("authenticator without subcommand", "missing subcommand", "authenticator"),
                bad("register without --options", "--options", "authenticator", "register", "--origin",
                        "https://example.com"),
                bad("register without --origin", "--origin", "authenticator", "register", "--options", "@options.json"),
                register("options file missing", "not found", "--options", "@missing.json"),
                register("options not JSON", "not valid JSON", "--options", "@broken.json"),
                register("options not an object", "expected a JSON object", "--options", "@array.json"),
                register("unknown profile", "unknown profile 'yubikey'", "--profile", "yubikey"),
                register("unknown algorithm", "unknown algorithm 'ES999'", "--alg", "ES999"),
                register("algorithm the profile lacks", "does not support RS256", "--profile", "u2f-legacy", "--alg",
                        "RS256"),
                register("fido-u2f with a non-ES256 algorithm", "fido-u2f", "--alg", "ES384", "--attestation", "fido-u2f"),
                register("unknown attestation format", "unknown attestation format 'tpm2'", "--attestation", "tpm2"),
                register("unknown user answer", "unknown user behaviour 'maybe'", "--user", "maybe"),
                register("unknown tampering", "unknown tampering 'authData.nope'", "--tamper", "authData.nope"),
                register("origin without scheme", "is not an origin", "--origin", "example.com"),
                register("origin with a path", "is not an origin", "--origin", "https://example.com/login"),
                register("origin with another scheme", "is not an origin", "--origin", "ftp://example.com"),
                register("seed not a number", "--seed", "--seed", "twelve"),
                register("malformed state file", "wrappingKey", "--state", "@bad-state.json"),
                bad("login with unknown tampering", "unknown tampering", "authenticator", "login", "--options",
                        "@options.json", "--origin", "https://example.com", "--state", "@state.json", "--tamper", "x.y"),
                bad("login with malformed state", "wrappingKey", "authenticator", "login", "--options", "@options.json",
                        "--origin", "https://example.com", "--state", "@bad-state.json"),
                bad("ca without --out", "--out", "authenticator", "ca"),
                bad("ca with malformed state", "wrappingKey", "authenticator", "ca", "--out", "@pem", "--state",
                        "@bad-state.json"),
                bad("run with a target that is not an http URL", "--target", "run", "--target", "ftp://localhost/x"),
                bad("run with an unknown check", "unknown check 'no.such.check'", "run", "--check", "no.such.check"),
                bad("run with an unknown API", "--api 'sideways'", "run", "--api", "sideways"),
                bad("run with a broken profile file", "broken-profile.yaml:3: method must be one of", "run",
                        "--target", "http://127.0.0.1:9", "--profile", "@broken-profile.yaml"),
                bad("run with an unknown profile", "'sideways' is neither a built-in profile", "run", "--target",
                        "http://127.0.0.1:9", "--profile", "sideways"),
                bad("run with both --api and --profile", "give one", "run", "--api", "conformance", "--profile",
                        "conformance"),
                bad("run with a foreign profile and no target", "needs --target URL", "run", "--profile",
                        "yubico-demo"),
                bad("run with no workers", "--parallel 0: expected 1 to 16", "run", "--parallel", "0"),
                bad("run with too many workers", "--parallel 17: expected 1 to 16", "run", "--parallel", "17"),
                bad("run with a worker count that is not a number", "--parallel", "run", "--parallel", "two"),
                bad("serve on port 0", "--port must be 1..65535", "serve", "--port", "0"),
                bad("serve on a port that is not a number", "--port", "serve", "--port", "eighty"),
                bad("serve with a non-H2 database", "H2 JDBC URL", "serve", "--db", "jdbc:postgresql://x/y"),
                bad("serve with an origin of another RP ID", "does not belong to RP ID localhost", "serve", "--origin",
                        "https://example.com"),
                bad("serve with an origin that is not a URL", "https://host[:port]", "serve", "--origin", "localhost"),
                bad("serve with an unknown UV requirement", "--user-verification", "serve", "--user-verification",
                        "sometimes"),
                bad("serve with a missing trust anchor", "--trust-anchor", "serve", "--trust-anchor", "@missing.pem"),
                bad("serve with a BLOB but no MDS root", "--metadata-root", "serve", "--metadata-blob", "@junk.jwt"),
                bad("serve with an MDS root but no BLOB", "--metadata-blob", "serve", "--metadata-root", "@root.pem"),
                bad("serve with a malformed BLOB", "junk.jwt: not an MDS3 BLOB", "serve", "--metadata-blob",
                        "@junk.jwt", "--metadata-root", "@root.pem"),
                bad("serve with a missing BLOB", "cannot read", "serve", "--metadata-blob", "@missing.jwt",
                        "--metadata-root", "@root.pem"),
                bad("serve with an MDS root that is not a certificate", "not an X.509 certificate", "serve",
                        "--metadata-blob", "@junk.jwt", "--metadata-root", "@not-a-certificate.pem"),
                bad("serve with a CRL that is not one", "not an X.509 CRL", "serve", "--metadata-blob", "@junk.jwt",
                        "--metadata-root", "@root.pem", "--metadata-crl", "@root.pem"),
                bad("metadata without --out", "--out", "authenticator", "metadata"),
                bad("metadata revoking a malformed AAGUID", "not an AAGUID", "authenticator", "metadata", "--out",
                        "@mds/blob.jwt", "--state", "@state.json", "--revoke", "security-key"),
                bad("metadata revoking an unknown AAGUID", "no metadata entry", "authenticator", "metadata", "--out",
                        "@mds/blob.jwt", "--state", "@state.json", "--revoke", "00112233-4455-6677-8899-aabbccddeeff"),
                bad("metadata with malformed state", "wrappingKey", "authenticator", "metadata", "--out",
                        "@mds/blob.jwt", "--state", "@bad-state.json"),
                bad("authenticator serve on an address that is not one", "--udp", "authenticator", "serve", "--udp",
                        "nonsense"),
                bad("authenticator serve on a port out of range", "port 70000 is not 0..65535", "authenticator",
                        "serve", "--tcp", "70000"),
                bad("authenticator serve on an unknown host", "unknown host", "authenticator", "serve", "--udp",
                        "no-such-host.invalid:8111"),
                bad("authenticator serve with an unknown profile", "unknown profile 'yubikey'", "authenticator",
                        "serve", "--udp", "0", "--profile", "yubikey"),
                bad("authenticator serve with an unknown user answer", "unknown user behaviour 'maybe'",
                        "authenticator", "serve", "--udp", "0", "--user", "maybe"),
                bad("authenticator serve with a negative presence delay", "--presence-delay", "authenticator",
                        "serve", "--udp", "0", "--presence-delay", "-5"),
                bad("authenticator serve with a malformed state file", "wrappingKey", "authenticator", "serve",
                        "--udp", "0", "--state", "@bad-state.json"),
                bad("authenticator serve with a state file it cannot read", "cannot read", "authenticator", "serve",
                        "--udp", "0", "--state", "@."),
                bad("run with --state but no --target", "--state applies to --target only", "run", "--state",
                        "@bad-state.json"),
                bad("run against a URL with a missing state file", "no such state file", "run", "--target",
                        "http://127.0.0.1:1", "--state", "@state.json"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void refusedWithExitCode2AndOneLine(String label, String expected, List<String> args) throws IOException {
        byte[] badStateBefore = Files.readAllBytes(dir.resolve("bad-state.json"));

        CliRunner.Result result = CliRunner.run(CliContext.standard(), CliRunner.inDir(dir, args));

        assertEquals(ExitCodes.BAD_INPUT, result.exitCode(), result.err());
        assertEquals("", result.out());
        String err = result.err();
        assertTrue(err.startsWith("passkey-harness: "), err);
        assertEquals(1, err.lines().count(), "one line: " + err);
        assertTrue(err.contains(expected), "expected '" + expected + "' in: " + err);
        assertFalse(err.contains("Exception") || err.contains("\tat "), "no stack trace: " + err);
        assertFalse(Files.exists(dir.resolve("state.json")), "no state file written");
        assertArrayEquals(badStateBefore, Files.readAllBytes(dir.resolve("bad-state.json")));
    }

    private static Arguments bad(String label, String expected, String... args) {
        return Arguments.of(label, expected, List.of(args));
    }

    /** A register call that is valid except for the given overrides. */
    private static Arguments register(String label, String expected, String... overrides) {
        List<String> args = new ArrayList<>(List.of("authenticator", "register"));
        List<String> defaults = List.of("--options", "@options.json", "--origin", "https://example.com", "--state",
                "@state.json");
        for (int i = 0; i < defaults.size(); i += 2) {
            if (!List.of(overrides).contains(defaults.get(i))) {
                args.add(defaults.get(i));
                args.add(defaults.get(i + 1));
            }
        }
        args.addAll(List.of(overrides));
        return Arguments.of(label, expected, args);
    }
}
