package dev.passkeyharness.conformance.browser;

import dev.passkeyharness.authenticator.device.DeviceNames;
import dev.passkeyharness.conformance.catalogue.AuthenticatorSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.virtualauthenticator.Credential;
import org.openqa.selenium.virtualauthenticator.HasVirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;

/**
 * The person's devices in one browser journey, as Chrome virtual authenticators. At most one is attached to the tab,
 * so Chrome cannot pick another: detaching a device puts its credentials (and counters) aside until it is attached
 * again.
 */
final class VirtualDevices {

    private final HasVirtualAuthenticator browser;
    private final Map<String, AuthenticatorSpec> specs;
    private final Map<String, List<Credential>> shelved = new HashMap<>();
    private String attachedName;
    private VirtualAuthenticator attached;

    VirtualDevices(HasVirtualAuthenticator browser, Map<String, AuthenticatorSpec> specs) {
        this.browser = browser;
        this.specs = Map.copyOf(specs);
    }

    /** Makes {@code name} the tab's only authenticator. */
    void attach(String name) {
        AuthenticatorSpec spec = specs.get(name);
        if (spec == null) {
            throw new IllegalArgumentException("unknown authenticator '" + name + "'");
        }
        if (name.equals(attachedName)) {
            return;
        }
        detach();
        attached = browser.addVirtualAuthenticator(VirtualDeviceOptions.of(DeviceNames.profile(spec.profile()), spec.user()));
        attachedName = name;
        shelved.getOrDefault(name, List.of()).forEach(attached::addCredential);
    }

    /** The credential IDs the attached device holds, base64url. */
    java.util.Set<String> attachedCredentialIds() {
        java.util.Set<String> ids = new java.util.HashSet<>();
        if (attached != null) {
            attached.getCredentials().forEach(c -> ids.add(
                    java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(c.getId())));
        }
        return ids;
    }

    /** Removes the attached device from the tab, keeping its credentials and counters for its next attach. */
    void detach() {
        if (attached != null) {
            shelved.put(attachedName, new ArrayList<>(attached.getCredentials()));
            browser.removeVirtualAuthenticator(attached);
            attached = null;
            attachedName = null;
        }
    }
}
