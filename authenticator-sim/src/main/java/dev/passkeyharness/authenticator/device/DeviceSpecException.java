package dev.passkeyharness.authenticator.device;

import java.util.List;
import java.util.Objects;

/**
 * A simulated device could not be specified: a name that resolves to nothing, or a combination the device cannot be
 * (an attestation format that attests none of the profile's algorithms). The message names the bad value and, for
 * an unknown name, the allowed ones.
 */
public final class DeviceSpecException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Which part of the specification the bad value was given for. */
    public enum Part {
        PROFILE("profile"),
        ALGORITHM("algorithm"),
        ATTESTATION("attestation format"),
        METADATA_MODEL("metadata model"),
        TAMPERING("tampering"),
        USER("user behaviour");

        private final String noun;

        Part(String noun) {
            this.noun = noun;
        }

        public String noun() {
            return noun;
        }
    }

    private final Part part;
    private final String value;
    private final List<String> allowed;

    private DeviceSpecException(Part part, String value, List<String> allowed, String message, Throwable cause) {
        super(message, cause);
        this.part = Objects.requireNonNull(part, "part");
        this.value = Objects.requireNonNull(value, "value");
        this.allowed = List.copyOf(allowed);
    }

    /** {@code value} names no {@code part}; {@code allowed} are the names that do. */
    static DeviceSpecException unknown(Part part, String value, List<String> allowed) {
        return new DeviceSpecException(part, value, allowed,
                "unknown " + part.noun() + " '" + value + "'; expected one of " + String.join(", ", allowed), null);
    }

    /** {@code value} is refused for {@code part}, for the reason {@code cause} gives. */
    static DeviceSpecException refused(Part part, String value, List<String> allowed, IllegalArgumentException cause) {
        return new DeviceSpecException(part, value, allowed, cause.getMessage(), cause);
    }

    public Part part() {
        return part;
    }

    /** The value as given. */
    public String value() {
        return value;
    }

    /** The values {@link #part()} accepts here; empty where no other value would make the combination possible. */
    public List<String> allowed() {
        return allowed;
    }
}
