package dev.passkeyharness.authenticator.hid;

/** The device version number CTAPHID_INIT reports: major, minor and build, one byte each. */
public record DeviceVersion(int major, int minor, int build) {

    public DeviceVersion {
        for (int part : new int[] {major, minor, build}) {
            if (part < 0 || part > 0xFF) {
                throw new IllegalArgumentException("a device version part is one byte, not " + part);
            }
        }
    }
}
