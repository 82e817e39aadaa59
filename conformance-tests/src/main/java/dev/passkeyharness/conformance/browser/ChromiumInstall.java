package dev.passkeyharness.conformance.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where Chromium and its chromedriver are. Both are set explicitly, so Selenium never looks for (or downloads) a
 * driver of its own.
 */
public record ChromiumInstall(Path browser, Path driver) {

    /** Debian's {@code chromium} and {@code chromium-driver} packages. */
    public static final ChromiumInstall DEBIAN = new ChromiumInstall(Path.of("/usr/bin/chromium"),
            Path.of("/usr/bin/chromedriver"));

    /** How to get them on Debian or Ubuntu (as root). */
    public static final String INSTALL_COMMAND = "apt-get update && apt-get install -y chromium chromium-driver";

    public ChromiumInstall {
        Objects.requireNonNull(browser, "browser");
        Objects.requireNonNull(driver, "driver");
    }

    /** Empty when both are there and executable; else what is missing and how to install it. */
    public Optional<String> missing() {
        for (Path path : new Path[] {browser, driver}) {
            if (!Files.isExecutable(path)) {
                return Optional.of(path + " is missing; install Chromium and its driver with: " + INSTALL_COMMAND);
            }
        }
        return Optional.empty();
    }
}
