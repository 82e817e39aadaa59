package dev.passkeyharness.authenticator.user;

/** How the simulated person answers the authenticator's prompts. */
public enum SimulatedUser {
    /** Touches the device and passes user verification when asked. */
    APPROVE,
    /** Refuses: the authenticator answers CTAP2_ERR_OPERATION_DENIED, the browser NotAllowedError. */
    DECLINE,
    /** Touches the device but cannot verify (no biometric or PIN enrolled): UV is unavailable. */
    NO_UV;

    public static SimulatedUser fromCliName(String name) {
        return switch (name) {
            case "approve" -> APPROVE;
            case "decline" -> DECLINE;
            case "no-uv" -> NO_UV;
            default -> throw new IllegalArgumentException("unknown user behaviour '" + name + "' (approve, decline, no-uv)");
        };
    }
}
