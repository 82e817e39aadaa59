package dev.passkeyharness.conformance.junit;

import dev.passkeyharness.authenticator.client.WebAuthnClient;
import dev.passkeyharness.authenticator.ctap.Ctap2Authenticator;
import dev.passkeyharness.authenticator.device.DeviceNames;
import dev.passkeyharness.authenticator.device.DeviceSpec;
import dev.passkeyharness.authenticator.device.DeviceSpecException;
import dev.passkeyharness.authenticator.device.SimulatedDevice;
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

    /** One simulated device and the browser in front of it, made once per name. */
    private record Device(Ctap2Authenticator authenticator, WebAuthnClient client) {

        static Device of(VirtualPasskey spec) {
            SimulatedDevice device;
            try {
                DeviceSpec resolved = DeviceNames.spec(spec.profile(), blankAsNull(spec.alg()),
                        blankAsNull(spec.attestation())).withUser(DeviceNames.user(spec.user()))
                        .withTamperings(DeviceNames.tamperings(List.of(spec.tamper())));
                device = SimulatedDevice.of(spec.seed() >= 0 ? resolved.withSeed(spec.seed()) : resolved);
            } catch (DeviceSpecException e) {
                throw new ParameterResolutionException(e.getMessage(), e);
            }
            return new Device(device.authenticator(), device.client(spec.origin()));
        }

        private static String blankAsNull(String value) {
            return value.isEmpty() ? null : value;
        }
    }
}
