package dev.passkeyharness.rp.account;

/** What a new password must satisfy: a length in Unicode code points, as NIST SP 800-63B §3.1.1.2 counts it. */
public record PasswordPolicy(int minLength, int maxLength) {

    /** At least 8 characters (NIST SP 800-63B), at most 1024 so hashing cost stays bounded. */
    public static final PasswordPolicy DEFAULT = new PasswordPolicy(8, 1024);

    public PasswordPolicy {
        if (minLength < 1 || maxLength < minLength) {
            throw new IllegalArgumentException("need 1 <= minLength <= maxLength, got " + minLength + ", " + maxLength);
        }
    }

    /** @throws WeakPasswordException if the password is missing, too short or too long */
    public void check(String password) {
        if (password == null) {
            throw new WeakPasswordException("a password is required");
        }
        int length = password.codePointCount(0, password.length());
        if (length < minLength) {
            throw new WeakPasswordException("a password has at least " + minLength + " characters, this one has "
                    + length);
        }
        if (length > maxLength) {
            throw new WeakPasswordException("a password has at most " + maxLength + " characters, this one has "
                    + length);
        }
    }
}
