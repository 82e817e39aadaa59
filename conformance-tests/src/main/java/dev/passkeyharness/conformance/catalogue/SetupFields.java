package dev.passkeyharness.conformance.catalogue;

import dev.passkeyharness.authenticator.attestation.AttestationFormat;
import dev.passkeyharness.authenticator.client.ResidentKeyRequirement;
import dev.passkeyharness.authenticator.client.UserVerificationRequirement;
import dev.passkeyharness.authenticator.crypto.CoseAlgorithm;
import dev.passkeyharness.authenticator.metadata.MetadataModels;
import dev.passkeyharness.authenticator.profile.AuthenticatorProfile;
import dev.passkeyharness.authenticator.profile.Profiles;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import tools.jackson.databind.node.ObjectNode;

/** A check's {@code setup} mapping: each field's name and values, read from YAML and written to JSON in one place. */
final class SetupFields {

    static final Choice<AuthenticatorProfile> PROFILE = new Choice<>("profile", Profiles.all(),
            AuthenticatorProfile::name);
    /** COSE algorithms a check may ask for (IANA COSE Algorithms registry); the authenticator makes all of them. */
    static final Choice<CoseAlgorithm> ALGORITHM = new Choice<>("algorithm", Stream.of("ES256", "ES384", "ES512",
            "EdDSA", "RS256", "PS256", "ES256K", "RS1", "RS384", "RS512", "PS384", "PS512")
            .map(name -> CoseAlgorithm.fromName(name).orElseThrow()).toList(), CoseAlgorithm::jwaName);
    static final Choice<AttestationFormat> ATTESTATION = new Choice<>("attestation",
            List.of(AttestationFormat.values()), AttestationFormat::cliName);
    static final Choice<UserVerificationRequirement> USER_VERIFICATION = Choice.of("userVerification",
            UserVerificationRequirement.values(), false);
    static final Choice<ResidentKeyRequirement> RESIDENT_KEY = Choice.of("residentKey",
            ResidentKeyRequirement.values(), false);
    static final Choice<AttestationConveyance> ATTESTATION_CONVEYANCE = Choice.of("attestationConveyance",
            AttestationConveyance.values(), false);
    static final String SIGN_INS_BEFORE = "signInsBefore";
    static final Choice<Procedure> PROCEDURE = Choice.of("procedure", Procedure.values(), false);
    /** Test metadata models, and "listed": the profile's own AAGUID as the run's metadata lists it. */
    static final Choice<MetadataEntry> METADATA = new Choice<>("metadata", Stream.<MetadataEntry>concat(
            Stream.of(new MetadataEntry.Listed()), MetadataModels.ALL.stream().map(MetadataEntry.Model::new)).toList(),
            SetupFields::metadataName);

    static final Set<String> NAMES = Set.of(PROFILE.field(), ALGORITHM.field(), ATTESTATION.field(),
            USER_VERIFICATION.field(), RESIDENT_KEY.field(), ATTESTATION_CONVEYANCE.field(), SIGN_INS_BEFORE,
            PROCEDURE.field(), METADATA.field());

    private SetupFields() {
    }

    static Setup read(YamlFields fields, YamlNode node) {
        YamlNode.Mapping setup = fields.mapping(node, "setup");
        fields.onlyKnown(setup, NAMES, "setup");
        return new Setup(
                PROFILE.read(fields, setup, Setup.DEFAULT.profile()),
                ALGORITHM.read(fields, setup),
                ATTESTATION.read(fields, setup),
                USER_VERIFICATION.read(fields, setup),
                RESIDENT_KEY.read(fields, setup),
                ATTESTATION_CONVEYANCE.read(fields, setup),
                signInsBefore(fields, setup),
                PROCEDURE.read(fields, setup, Procedure.STANDARD),
                METADATA.read(fields, setup));
    }

    /** Every field of {@code setup}, the optional ones only when set, in the order transcripts carry them. */
    static void write(Setup setup, ObjectNode node) {
        PROFILE.write(node, setup.profile());
        ALGORITHM.write(node, setup.algorithm());
        ATTESTATION.write(node, setup.attestation());
        USER_VERIFICATION.write(node, setup.userVerification());
        RESIDENT_KEY.write(node, setup.residentKey());
        ATTESTATION_CONVEYANCE.write(node, setup.attestationConveyance());
        node.put(SIGN_INS_BEFORE, setup.signInsBefore());
        PROCEDURE.write(node, setup.procedure());
        METADATA.write(node, setup.metadata());
    }

    private static int signInsBefore(YamlFields fields, YamlNode.Mapping setup) {
        YamlNode.Member member = setup.members().get(SIGN_INS_BEFORE);
        if (member == null) {
            return 0;
        }
        if (!(member.value() instanceof YamlNode.Scalar s) || !s.value().isIntegralNumber()
                || s.value().asLong() < 0 || s.value().asLong() > Setup.MAX_SIGN_INS_BEFORE) {
            throw fields.error(member.value().line(), SIGN_INS_BEFORE + " must be a whole number from 0 to "
                    + Setup.MAX_SIGN_INS_BEFORE + ", not " + YamlFields.describe(member.value()));
        }
        return s.value().asInt();
    }

    private static String metadataName(MetadataEntry entry) {
        if (entry instanceof MetadataEntry.Model m) {
            return m.model().name();
        }
        return "listed";
    }
}
