package dev.passkeyharness.conformance.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.passkeyharness.authenticator.attestation.AttestationFormat;
import dev.passkeyharness.authenticator.client.ResidentKeyRequirement;
import dev.passkeyharness.authenticator.client.UserVerificationRequirement;
import dev.passkeyharness.authenticator.crypto.CoseAlgorithm;
import dev.passkeyharness.authenticator.metadata.MetadataModels;
import dev.passkeyharness.authenticator.profile.Profiles;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ObjectNode;

class CheckDocumentTest {

    static Stream<Check> builtInChecks() {
        return Stream.concat(BuiltInCatalogue.load().stream(), new BuiltInChecks().load().stream());
    }

    /** The transcript form is written from the same fields the catalogue reads: every check survives the trip. */
    @ParameterizedTest
    @MethodSource("builtInChecks")
    void everyCatalogueCheckReadsBackFromItsDocumentUnchanged(Check check) {
        ObjectNode json = CheckDocument.toJson(check);

        Check back = CheckDocument.parse("transcript.json", YamlTreeReader.read("transcript.json", json.toString()));

        assertEquals(withSource(check, "transcript.json:1"), back);
        assertEquals(json, CheckDocument.toJson(back));
    }

    @Test
    void everySetupValueReadsBackFromItsDocument() {
        List<Setup> setups = List.of(
                new Setup(Profiles.U2F_LEGACY, CoseAlgorithm.EDDSA, AttestationFormat.PACKED_SELF,
                        UserVerificationRequirement.DISCOURAGED, ResidentKeyRequirement.PREFERRED,
                        AttestationConveyance.ENTERPRISE, 5, Procedure.OTHER_USERS_CREDENTIAL,
                        new MetadataEntry.Model(MetadataModels.ALL.get(0))),
                new Setup(Profiles.APPLE, CoseAlgorithm.RS1, null, UserVerificationRequirement.REQUIRED, null,
                        AttestationConveyance.INDIRECT, 0, Procedure.WRONG_ENDPOINT, new MetadataEntry.Listed()));
        for (Setup setup : setups) {
            Check check = new Check.Authentication(new CheckHeader("setup", "setup", "test", Level.ADVISORY,
                    "transcript.json:1"), setup, List.of(), List.of(), Expectation.REJECTED, "signature");

            Check back = CheckDocument.parse("transcript.json",
                    YamlTreeReader.read("transcript.json", CheckDocument.toJson(check).toString()));

            assertEquals(check, back);
        }
    }

    @Test
    void aScenarioCheckHasNoDocument() {
        Scenario scenario = new Scenario("journey.x", "x", "test", Level.REQUIRED, java.util.Map.of(),
                List.of(new Step.LogIn()), "journeys.yaml:1");

        assertThrows(IllegalArgumentException.class, () -> CheckDocument.toJson(scenario.toCheck()));
    }

    private static Check withSource(Check check, String source) {
        CheckHeader h = check.header();
        CheckHeader header = new CheckHeader(h.id(), h.title(), h.specRef(), h.level(), source);
        if (check instanceof Check.Options o) {
            return new Check.Options(header, o.setup(), o.assertions(), o.expected(), o.expectedRule());
        }
        if (check instanceof Check.Registration r) {
            return new Check.Registration(header, r.setup(), r.tamperings(), r.edits(), r.expected(), r.expectedRule());
        }
        Check.Authentication a = (Check.Authentication) check;
        return new Check.Authentication(header, a.setup(), a.tamperings(), a.edits(), a.expected(), a.expectedRule());
    }
}
