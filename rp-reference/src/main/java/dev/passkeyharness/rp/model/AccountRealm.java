package dev.passkeyharness.rp.model;

/**
 * Which API's users an account belongs to. The two never meet: a username, a user handle or a credential of one realm
 * is unknown to the other, so an unauthenticated test API cannot reach a real user's account.
 */
public enum AccountRealm {
    /** Users who signed up with an email and password through the onboarding API and pages. */
    ONBOARDING("onboarding"),
    /** Password-less users of the FIDO2 conformance API, made on a test tool's first request for a username. */
    CONFORMANCE("conformance");

    private final String column;

    AccountRealm(String column) {
        this.column = column;
    }

    /** The value stored in {@code account.realm}. */
    public String column() {
        return column;
    }

    public static AccountRealm fromColumn(String value) {
        for (AccountRealm realm : values()) {
            if (realm.column.equals(value)) {
                return realm;
            }
        }
        throw new IllegalArgumentException("unknown account realm '" + value + "'");
    }
}
