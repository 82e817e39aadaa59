package dev.passkeyharness.conformance.foreign.yubico;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.yubico.webauthn.data.AuthenticatorSelectionCriteria;
import com.yubico.webauthn.data.ResidentKeyRequirement;
import com.yubico.webauthn.data.UserVerificationRequirement;
import dev.passkeyharness.conformance.catalogue.BuiltInCatalogue;
import dev.passkeyharness.conformance.foreign.Expectations;
import dev.passkeyharness.conformance.runner.CatalogueRunner;
import dev.passkeyharness.conformance.runner.RunReport;
import dev.passkeyharness.conformance.runner.judge.CheckResult;
import dev.passkeyharness.conformance.runner.judge.Verdict;
import dev.passkeyharness.conformance.target.Answer;
import dev.passkeyharness.conformance.target.OptionsRequest;
import dev.passkeyharness.conformance.target.RpSession;
import dev.passkeyharness.conformance.target.RpTarget;
import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The catalogue against an RP's service layer in-process, with no HTTP: {@link Ceremonies} (Yubico's
 * java-webauthn-server with its defaults) is the service, and a small {@link RpTarget} calls its
 * startRegistration/finishRegistration/startAssertion/finishAssertion directly. Every FAIL is one the same library
 * has behind the conformance API (its expected-failures.yaml), and the correct ceremonies pass.
 */
class InProcessTargetTest {

    private static final String ORIGIN = "https://localhost";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The service layer as a target: what a developer writes to connect the catalogue to their own methods. */
    static final class ServiceLayerTarget implements RpTarget {

        private final Ceremonies service;

        ServiceLayerTarget() {
            InMemoryCredentialRepository credentials = new InMemoryCredentialRepository(new SecureRandom());
            this.service = new Ceremonies(YubicoServer.relyingParty(ORIGIN, credentials, Optional.empty()),
                    credentials);
        }

        @Override
        public String description() {
            return "Yubico service layer, in-process";
        }

        @Override
        public String origin() {
            return ORIGIN;
        }

        @Override
        public Set<Capability> capabilities() {
            return EnumSet.of(Capability.MANY_USERS, Capability.USERNAME_FIRST, Capability.DISCOVERABLE_SIGN_IN);
        }

        @Override
        public RpSession newSession() {
            String session = UUID.randomUUID().toString();
            return new RpSession() {
                @Override
                public Answer prepareUser(String username, String displayName) {
                    return Answer.ok("{}");
                }

                @Override
                public Answer registrationOptions(OptionsRequest request) {
                    AuthenticatorSelectionCriteria.AuthenticatorSelectionCriteriaBuilder selection =
                            AuthenticatorSelectionCriteria.builder();
                    if (request.residentKey() != null) {
                        selection.residentKey(ResidentKeyRequirement.valueOf(request.residentKey()
                                .toUpperCase(java.util.Locale.ROOT)));
                    }
                    if (request.userVerification() != null) {
                        selection.userVerification(UserVerificationRequirement.valueOf(request.userVerification()
                                .toUpperCase(java.util.Locale.ROOT)));
                    }
                    return answer(() -> publicKey(service.startRegistration(session, new CreationRequest(
                            request.username(), request.displayName(), selection.build(), null, null))
                            .toCredentialsCreateJson()));
                }

                @Override
                public Answer registrationResult(String registrationResponseJson) {
                    return answer(() -> {
                        service.finishRegistration(session, registrationResponseJson);
                        return "{}";
                    });
                }

                @Override
                public Answer authenticationOptions(String username, String userVerification) {
                    return answer(() -> publicKey(service.startAssertion(session, new GetRequest(username,
                            userVerification == null ? null : UserVerificationRequirement.valueOf(
                                    userVerification.toUpperCase(java.util.Locale.ROOT)), null))
                            .toCredentialsGetJson()));
                }

                @Override
                public Answer authenticationResult(String authenticationResponseJson) {
                    return answer(() -> {
                        service.finishAssertion(session, authenticationResponseJson);
                        return "{}";
                    });
                }
            };
        }

        @Override
        public void close() {
        }

        /** The service's verdict: its JSON, or its refusal with the reason. */
        private static Answer answer(Step step) {
            try {
                return Answer.ok(step.run());
            } catch (RefusedException e) {
                return Answer.refused(e.getMessage());
            } catch (IOException e) {
                throw new IllegalStateException("the library could not write its options", e);
            }
        }

        private static String publicKey(String credentialsJson) {
            return JSON.readTree(credentialsJson).path("publicKey").toString();
        }

        @FunctionalInterface
        private interface Step {
            String run() throws IOException;
        }
    }

    @Test
    void theCatalogueRunsAgainstTheServiceLayerWithoutHttp() {
        RunReport report;
        try (RpTarget target = new ServiceLayerTarget()) {
            report = new CatalogueRunner(1).run(BuiltInCatalogue.load(), target, 12, CatalogueRunner.SILENT);
        }
        Expectations expected = Expectations.read(Path.of("src", "test", "fixtures", "yubico", "expected-failures.yaml"));

        String unexplained = report.results().stream().filter(r -> r.verdict() == Verdict.FAIL)
                .filter(r -> !expected.failures().containsKey(r.check().id()))
                .map(r -> r.check().id() + ": " + r.message()).collect(Collectors.joining("\n  "));
        assertEquals("", unexplained, "FAILs the library does not have behind the conformance API");
        assertEquals(0, report.count(Verdict.ERROR), report.results().stream().filter(CheckResult::errored)
                .map(r -> r.check().id() + ": " + r.message()).collect(Collectors.joining("\n")));
        for (String positive : new String[] {"positive.registration.security-key",
            "positive.authentication.security-key", "webauthn.authentication.signature-zeroed"}) {
            assertEquals(Verdict.PASS, report.results().stream().filter(r -> r.check().id().equals(positive))
                    .findFirst().orElseThrow().verdict(), positive);
        }
        assertTrue(report.count(Verdict.PASS) > 200, "passed " + report.count(Verdict.PASS));
        assertTrue(report.results().stream().allMatch(r -> r.exchanges().isEmpty()), "no HTTP exchange");
    }
}
