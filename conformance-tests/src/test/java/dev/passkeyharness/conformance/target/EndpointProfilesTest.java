package dev.passkeyharness.conformance.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.passkeyharness.conformance.catalogue.CatalogueException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EndpointProfilesTest {

    private static final String FOUR = """
            steps:
              registrationOptions: POST /reg/begin
              registrationResult: POST /reg/finish
              authenticationOptions: GET /auth/begin
              authenticationResult: PUT /auth/finish
            """;

    @Test
    void theBuiltInConformanceProfileIsTheTransportBindingProfilesFourPaths() {
        EndpointProfile profile = EndpointProfiles.of(Api.CONFORMANCE);

        assertEquals(new Route("POST", "/attestation/options"), profile.required(Endpoint.REGISTRATION_OPTIONS).route());
        assertEquals(new Route("POST", "/attestation/result"), profile.required(Endpoint.REGISTRATION_RESULT).route());
        assertEquals(new Route("POST", "/assertion/options"), profile.required(Endpoint.AUTHENTICATION_OPTIONS).route());
        assertEquals(new Route("POST", "/assertion/result"), profile.required(Endpoint.AUTHENTICATION_RESULT).route());
        assertEquals(EnumSet.of(RpTarget.Capability.CONFORMANCE_API, RpTarget.Capability.DISCOVERABLE_SIGN_IN,
                RpTarget.Capability.USERNAME_FIRST, RpTarget.Capability.MANY_USERS), profile.capabilities());
        assertEquals(EndpointProfile.Users.MANY, profile.users());
        assertEquals(java.util.List.of(), profile.prepare());
    }

    @Test
    void theBuiltInOnboardingProfileHasEveryAccountStep() {
        EndpointProfile profile = EndpointProfiles.of(Api.ONBOARDING);

        assertEquals(EnumSet.complementOf(EnumSet.of(Endpoint.START)), profile.steps().keySet());
        assertEquals(new Route("GET", "/api/me"), profile.required(Endpoint.ME).route());
        assertEquals(java.util.List.of(Endpoint.SIGN_UP), profile.prepare());
        assertTrue(profile.capabilities().containsAll(EnumSet.of(RpTarget.Capability.ONBOARDING_API,
                RpTarget.Capability.LIST_CREDENTIALS, RpTarget.Capability.DELETE_CREDENTIAL)));
    }

    @Test
    void everyBuiltInProfileLoadsAndHasTheFourSteps() {
        for (String name : EndpointProfiles.BUILT_IN) {
            EndpointProfile profile = EndpointProfiles.builtIn(name).orElseThrow();
            assertEquals(name, profile.name());
            EndpointProfile.CEREMONY.forEach(profile::required);
        }
    }

    @Test
    void aProfileFromTextKeepsItsMethodsAndPathsAndImpliesNothing() {
        EndpointProfile profile = EndpointProfiles.parse("mine.yaml", "name: mine\n" + FOUR);

        assertEquals(new Route("GET", "/auth/begin"), profile.required(Endpoint.AUTHENTICATION_OPTIONS).route());
        assertEquals(Encoding.NONE, profile.required(Endpoint.AUTHENTICATION_OPTIONS).encoding());
        assertEquals(Encoding.JSON, profile.required(Endpoint.AUTHENTICATION_RESULT).encoding());
        assertEquals(Set.of(RpTarget.Capability.MANY_USERS), profile.capabilities());
        UnsupportedOperationException missing = assertThrows(UnsupportedOperationException.class,
                () -> profile.required(Endpoint.LOG_IN));
        assertEquals("the endpoint profile mine (mine.yaml) has no logIn step", missing.getMessage());
    }

    @Test
    void aFileNameResolvesToTheProfileInItAndABuiltInNameToTheBuiltIn(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mine.yaml");
        Files.writeString(file, "name: mine\n" + FOUR);

        assertEquals("mine", EndpointProfiles.resolve(file.toString()).name());
        assertEquals("yubico-demo", EndpointProfiles.resolve("yubico-demo").name());
        IllegalArgumentException neither = assertThrows(IllegalArgumentException.class,
                () -> EndpointProfiles.resolve(dir.resolve("nothing.yaml").toString()));
        assertTrue(neither.getMessage().contains("neither a built-in profile"), neither.getMessage());
    }

    @Test
    void theReadmesProfileExampleIsAValidProfileOfAtMostFifteenLines() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        String section = readme.substring(readme.indexOf("## Test your own RP"));
        String yaml = section.substring(section.indexOf("```yaml\n") + 8, section.indexOf("```\n", section.indexOf("```yaml")));

        EndpointProfile profile = EndpointProfiles.parse("README.md", yaml);

        assertTrue(yaml.lines().count() <= 15, yaml);
        assertEquals(java.util.List.of(Endpoint.SIGN_UP), profile.prepare());
        assertEquals("/publicKey", profile.required(Endpoint.REGISTRATION_OPTIONS).reading().options().text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "name: x\\ncolour: red|2|unknown field 'colour'",
        "steps: {}|1|missing required field 'name'",
        "name: My RP|1|a profile name is lower-case letters",
        "name: x\\ncapabilities: [time-travel]|2|unknown capability 'time-travel'",
        "name: x\\ncapabilities: [many-users]|2|unknown capability 'many-users'",
        "name: x\\nusers: several|2|unknown users 'several'",
        "name: x\\nusername: bob|2|username and password name the one user of a 'users: single' server",
        "name: x|1|missing required field 'steps'",
        "name: x\\nsteps:\\n  registrationOptions: FETCH /x|3|method must be one of",
        "name: x\\nsteps:\\n  registrationOptions: POST x|3|path must start with '/'",
        "name: x\\nsteps:\\n  registrationOptions: POST /a b|3|expected 'METHOD /path'",
        "name: x\\nsteps:\\n  signIn: POST /x|3|unknown step 'signIn'",
        "name: x\\nsteps:\\n  registrationOptions: POST /x|3|steps must include registrationResult",
        "name: x\\nsteps:\\n  registrationOptions: {request: GET /x, body: {a: 1}}|3|GET sends no body",
        "name: x\\nsteps:\\n  registrationOptions: {request: POST /x, encoding: form}|3|has no body",
        "name: x\\nsteps:\\n  registrationOptions: {request: POST /x, body: '${user}'}|3|unknown placeholder ${user}",
        "name: x\\nsteps:\\n  registrationOptions: {request: POST /x, body: '${signIn/id}'}|3|names no step",
        "name: x\\nsteps:\\n  registrationOptions: {request: POST /x, body: 'a ${b'}|3|a placeholder is ${name}",
        "name: x\\nsteps:\\n  registrationOptions:\\n    request: POST /x\\n    options: publicKey|5|starts with '/'",
        "name: x\\nsteps:\\n  registrationOptions:\\n    request: POST /x\\n    sucess: {}|5|unknown field 'sucess'",
        "name: x\\nsteps:\\n  registrationOptions:\\n    request: POST /x\\n    success: {status: 999}|5|HTTP status code",
        "name: x\\nsteps:\\n  registrationResult: {request: POST /x, body: {a: b}}|3|must send the credential",
        "name: x\\nprepare: [signUp]\\nsteps: {registrationOptions: GET /a, registrationResult: POST /b, "
                + "authenticationOptions: GET /c, authenticationResult: POST /d}|2|not a step of this profile",
        "name: x\\ncsrf: {cookie: A, page: GET /login}|2|one of the two",
        "name: x\\ncsrf: {page: GET /login}|2|needs 'pattern'",
        "name: x\\ncsrf:\\n  page: GET /login\\n  pattern: 'no group'|4|needs a group",
        "name: x\\ncsrf:\\n  page: GET /login\\n  pattern: '(['|4|not a regular expression",
        "'name: [x'|1|not valid YAML",
    })
    void aWrongProfileIsAFileLineError(String yaml, int line, String message) {
        CatalogueException error = assertThrows(CatalogueException.class,
                () -> EndpointProfiles.parse("bad.yaml", yaml.replace("\\n", "\n")));

        assertTrue(error.getMessage().startsWith("bad.yaml:" + line + ": "), error.getMessage());
        assertTrue(error.getMessage().contains(message), error.getMessage());
    }
}
