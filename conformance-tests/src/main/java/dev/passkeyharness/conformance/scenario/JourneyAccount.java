package dev.passkeyharness.conformance.scenario;

import dev.passkeyharness.conformance.catalogue.Scenario;
import dev.passkeyharness.conformance.catalogue.Seeds;
import java.util.Base64;
import java.util.Locale;
import java.util.SplittableRandom;

/** The account a scenario's person signs up with: the same email and password for the same run seed. */
public final class JourneyAccount {

    private static final int MAX_SLUG = 40;

    private JourneyAccount() {
    }

    /** An address unique to the scenario and the run seed. */
    public static String email(Scenario scenario, long seed) {
        String slug = scenario.id().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        slug = slug.length() > MAX_SLUG ? slug.substring(0, MAX_SLUG) : slug;
        return slug + "-" + Long.toHexString(Seeds.derive(seed, "email") & 0xffffffffL) + "@passkey-harness.test";
    }

    /** Strong, and the same for the same run seed. */
    public static String password(long seed) {
        byte[] bytes = new byte[24];
        SplittableRandom random = new SplittableRandom(Seeds.derive(seed, "password"));
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) random.nextInt(256);
        }
        return "Ph-" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes) + "-9a";
    }

    public static String displayName(String email) {
        return "Harness " + email.substring(0, email.indexOf('@'));
    }
}
