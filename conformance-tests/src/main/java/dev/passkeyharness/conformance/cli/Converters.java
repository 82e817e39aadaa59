package dev.passkeyharness.conformance.cli;

import dev.passkeyharness.authenticator.attestation.AttestationFormat;
import dev.passkeyharness.authenticator.crypto.CoseAlgorithm;
import dev.passkeyharness.authenticator.profile.AuthenticatorProfile;
import dev.passkeyharness.authenticator.profile.Profiles;
import dev.passkeyharness.authenticator.user.SimulatedUser;
import java.util.Arrays;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Turns option values into the authenticator's types; an unknown name is a parameter error (exit 2). */
final class Converters {

    private Converters() {
    }

    static final class Profile implements ITypeConverter<AuthenticatorProfile> {
        @Override
        public AuthenticatorProfile convert(String value) {
            return Profiles.byName(value).orElseThrow(() -> new TypeConversionException("unknown profile '" + value
                    + "'; expected one of " + Profiles.all().stream().map(AuthenticatorProfile::name)
                            .collect(Collectors.joining(", "))));
        }
    }

    static final class Algorithm implements ITypeConverter<CoseAlgorithm> {
        @Override
        public CoseAlgorithm convert(String value) {
            return CoseAlgorithm.fromName(value).orElseThrow(() -> new TypeConversionException("unknown algorithm '"
                    + value + "'; expected one of " + Arrays.stream(CoseAlgorithm.values()).map(CoseAlgorithm::jwaName)
                            .collect(Collectors.joining(", "))));
        }
    }

    static final class Attestation implements ITypeConverter<AttestationFormat> {
        @Override
        public AttestationFormat convert(String value) {
            try {
                return AttestationFormat.fromCliName(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    static final class User implements ITypeConverter<SimulatedUser> {
        @Override
        public SimulatedUser convert(String value) {
            try {
                return SimulatedUser.fromCliName(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
