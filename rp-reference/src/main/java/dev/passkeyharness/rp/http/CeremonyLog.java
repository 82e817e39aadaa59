package dev.passkeyharness.rp.http;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One log line per ceremony: which, for whom, the outcome and the rule that decided it. */
final class CeremonyLog {

    private static final Logger LOG = LoggerFactory.getLogger("passkey-harness.rp.ceremony");

    private CeremonyLog() {
    }

    static void accepted(String ceremony, String user) {
        LOG.info("ceremony={} user={} outcome=accepted", ceremony, user);
    }

    static void rejected(String ceremony, String user, String rule, String message) {
        LOG.info("ceremony={} user={} outcome=rejected rule={} reason=\"{}\"", ceremony, user, rule,
                message.replace('"', '\''));
    }
}
