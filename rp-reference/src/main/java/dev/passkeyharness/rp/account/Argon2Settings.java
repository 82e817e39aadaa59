package dev.passkeyharness.rp.account;

/** The Argon2id cost parameters: memory in KiB, passes, and lanes (RFC 9106 §3.1: m, t, p). */
public record Argon2Settings(int memoryKiB, int iterations, int parallelism) {

    /**
     * OWASP's minimum for Argon2id: m=19 MiB, t=2, p=1. RFC 9106 §4's second recommended option (m=64 MiB, t=3)
     * costs too much per log-in for a test harness that signs up hundreds of accounts in one run.
     */
    public static final Argon2Settings OWASP = new Argon2Settings(19_456, 2, 1);

    // Bounds for settings read back from an encoded hash, so a hostile string cannot make verify() allocate
    // gigabytes or spin for minutes.
    static final int MAX_MEMORY_KIB = 1 << 20;
    static final int MAX_ITERATIONS = 64;
    static final int MAX_PARALLELISM = 16;

    public Argon2Settings {
        if (parallelism < 1 || parallelism > MAX_PARALLELISM) {
            throw new IllegalArgumentException("parallelism must be 1.." + MAX_PARALLELISM + ", got " + parallelism);
        }
        // RFC 9106 §3.1: m is at least 8p KiB
        if (memoryKiB < 8 * parallelism || memoryKiB > MAX_MEMORY_KIB) {
            throw new IllegalArgumentException("memoryKiB must be " + 8 * parallelism + ".." + MAX_MEMORY_KIB
                    + ", got " + memoryKiB);
        }
        if (iterations < 1 || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("iterations must be 1.." + MAX_ITERATIONS + ", got " + iterations);
        }
    }
}
