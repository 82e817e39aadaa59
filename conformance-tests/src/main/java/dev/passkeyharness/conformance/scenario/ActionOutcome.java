package dev.passkeyharness.conformance.scenario;

import java.util.Objects;

/** How an action step ended: the RP (and the browser) went along with it, or one of them refused it. */
public sealed interface ActionOutcome {

    record Accepted() implements ActionOutcome {
    }

    /**
     * @param by "the browser" or "the RP"
     * @param name the DOMException name, or the RP's rule id (else its HTTP status)
     * @param detail the browser's or the RP's message
     */
    record Refused(String by, String name, String detail) implements ActionOutcome {
        public Refused {
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(name, "name");
            detail = detail == null ? "" : detail;
        }

        @Override
        public String toString() {
            return "refused by " + by + ": " + name + (detail.isEmpty() ? "" : " (" + detail + ")");
        }
    }
}
