package dev.passkeyharness.rp.journey;

import dev.passkeyharness.rp.ReferenceRp;
import dev.passkeyharness.rp.RpSettings;
import dev.passkeyharness.rp.account.Argon2Settings;

/** The reference RP in a process of its own, for tests that kill it: {@code ServedRp PORT JDBC_URL}. */
public final class ServedRp {

    static final String READY = "ready";

    private ServedRp() {
    }

    public static void main(String[] args) throws InterruptedException {
        ReferenceRp.start(RpSettings.defaults().withPort(Integer.parseInt(args[0])).withDatabase(args[1])
                // the passwords of a test run guard nothing
                .withPasswordHashing(new Argon2Settings(64, 1, 1)));
        System.out.println(READY);
        System.out.flush();
        Thread.currentThread().join();
    }
}
