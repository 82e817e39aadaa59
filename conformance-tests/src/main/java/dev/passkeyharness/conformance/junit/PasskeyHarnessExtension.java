package dev.passkeyharness.conformance.junit;

import dev.passkeyharness.authenticator.attestation.AttestationFormat;
import dev.passkeyharness.authenticator.client.WebAuthnClient;
import dev.passkeyharness.authenticator.crypto.CoseAlgorithm;
import dev.passkeyharness.authenticator.ctap.Ctap2Authenticator;
import dev.passkeyharness.authenticator.ctap.Ctap2AuthenticatorBuilder;
import dev.passkeyharness.authenticator.profile.AuthenticatorProfile;
import dev.passkeyharness.authenticator.profile.Profiles;
import dev.passkeyharness.authenticator.tamper.TamperSet;
import dev.passkeyharness.authenticator.tamper.Tampering;
import dev.passkeyharness.authenticator.tamper.Tamperings;
import dev.passkeyharness.authenticator.user.SimulatedUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension that gives RP developers a ready simulated passkey in their own tests: parameters of type
 * {@code WebAuthnClient} or {@code Ctap2Authenticator} annotated with {@link VirtualPasskey}. A fresh device per
 * test; parameters with the same {@code name} share it.
 */
public final class PasskeyHarnessExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(PasskeyHarnessExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return parameter.isAnnotated(VirtualPasskey.class)
                && (type == WebAuthnClient.class || type == Ctap2Authenticator.class);
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        VirtualPasskey spec = parameter.findAnnotation(VirtualPasskey.class).orElseThrow();
        @SuppressWarnings("unchecked")
        Map<String, Device> devices = context.getStore(NAMESPACE)
                .computeIfAbsent("devices", key -> new ConcurrentHashMap<String, Device>(), Map.class);
        Device device = devices.computeIfAbsent(spec.name(), name -> Device.of(spec));
        return parameter.getParameter().getType() == WebAuthnClient.class ? device.client() : device.authenticator();
    }

    /** One simulated device and the browser in front of it. */
    private record Device(Ctap2Authenticator authenticator, WebAuthnClient client) {

        static Device of(VirtualPasskey spec) {
            TamperSet tamperings = new TamperSet(tamperings(spec.tamper()));
            Ctap2AuthenticatorBuilder builder = Ctap2Authenticator.builder()
                    .profile(profile(spec))
                    .user(user(spec.user()))
                    .tamperings(tamperings);
            if (spec.seed() >= 0) {
                builder.seed(spec.seed());
            }
            Ctap2Authenticator authenticator = builder.build();
            return new Device(authenticator,
                    WebAuthnClient.builder(authenticator, spec.origin()).tamperings(tamperings).build());
        }

        private static AuthenticatorProfile profile(VirtualPasskey spec) {
            AuthenticatorProfile profile = Profiles.byName(spec.profile()).orElseThrow(
                    () -> new ParameterResolutionException("unknown profile '" + spec.profile() + "'"));
            try {
                if (!spec.attestation().isEmpty()) {
                    profile = profile.withAttestation(AttestationFormat.fromCliName(spec.attestation()));
                }
                if (!spec.alg().isEmpty()) {
                    CoseAlgorithm alg = CoseAlgorithm.fromName(spec.alg()).orElseThrow(
                            () -> new ParameterResolutionException("unknown algorithm '" + spec.alg() + "'"));
                    profile = profile.withAlgorithms(List.of(alg));
                }
            } catch (IllegalArgumentException e) {
                throw new ParameterResolutionException(e.getMessage(), e);
            }
            return profile;
        }

        private static SimulatedUser user(String name) {
            try {
                return SimulatedUser.fromCliName(name);
            } catch (IllegalArgumentException e) {
                throw new ParameterResolutionException(e.getMessage(), e);
            }
        }

        private static List<Tampering> tamperings(String[] names) {
            List<Tampering> out = new ArrayList<>();
            for (String name : names) {
                out.add(Tamperings.byName(name).orElseThrow(
                        () -> new ParameterResolutionException("unknown tampering '" + name + "'")));
            }
            return out;
        }
    }
}
