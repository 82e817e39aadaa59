package dev.passkeyharness.conformance.cli;

import dev.passkeyharness.authenticator.attestation.AttestationFormat;
import dev.passkeyharness.authenticator.crypto.CoseAlgorithm;
import dev.passkeyharness.authenticator.device.DeviceNames;
import dev.passkeyharness.authenticator.device.DeviceSpecException;
import dev.passkeyharness.authenticator.profile.AuthenticatorProfile;
import dev.passkeyharness.authenticator.user.SimulatedUser;
import java.net.InetSocketAddress;
import java.util.function.Supplier;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Turns option values into the authenticator's types; an unknown name is a parameter error (exit 2). */
final class Converters {

    private Converters() {
    }

    static final class Profile implements ITypeConverter<AuthenticatorProfile> {
        @Override
        public AuthenticatorProfile convert(String value) {
            return resolve(() -> DeviceNames.profile(value));
        }
    }

    static final class Algorithm implements ITypeConverter<CoseAlgorithm> {
        @Override
        public CoseAlgorithm convert(String value) {
            return resolve(() -> DeviceNames.algorithm(value));
        }
    }

    static final class Attestation implements ITypeConverter<AttestationFormat> {
        @Override
        public AttestationFormat convert(String value) {
            return resolve(() -> DeviceNames.attestation(value));
        }
    }

    static final class User implements ITypeConverter<SimulatedUser> {
        @Override
        public SimulatedUser convert(String value) {
            return resolve(() -> DeviceNames.user(value));
        }
    }

    /** {@code [HOST:]PORT} for a carrier to bind to. */
    static final class Listen implements ITypeConverter<InetSocketAddress> {
        @Override
        public InetSocketAddress convert(String value) {
            try {
                return ListenAddress.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    private static <T> T resolve(Supplier<T> resolution) {
        try {
            return resolution.get();
        } catch (DeviceSpecException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
