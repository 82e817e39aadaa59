package dev.passkeyharness.bench.report;

/** What a benchmark stands for in its operation's comparison. */
public enum Role {
    /** Our code: the authenticator, the reference RP. */
    OURS,
    /** Another library doing the same operation, for a library-to-library comparison. */
    PEER,
    /** The raw cryptography the operation cannot avoid. */
    BASELINE,
    /** Measured for information, compared with the baseline and the peer when they exist. */
    OTHER
}
