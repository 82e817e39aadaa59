package dev.passkeyharness.conformance.catalogue;

/** How much a failed check counts: only a failed REQUIRED check fails the run. */
public enum Level {
    REQUIRED,
    OPTIONAL,
    ADVISORY
}
