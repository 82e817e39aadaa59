package dev.passkeyharness.conformance.cli;

import static org.junit.jupiter.api.Assertions.fail;

import dev.passkeyharness.authenticator.data.Ceremony;
import dev.passkeyharness.authenticator.tamper.TamperAction;
import dev.passkeyharness.authenticator.tamper.TamperStage;
import dev.passkeyharness.authenticator.tamper.Tampering;
import dev.passkeyharness.conformance.ceremony.CeremonyDriver;
import dev.passkeyharness.conformance.ceremony.CeremonyException;
import dev.passkeyharness.conformance.ceremony.CeremonyRequest;
import dev.passkeyharness.conformance.ceremony.TamperingCatalogue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Stand-ins for the seams, to test the CLI's own behaviour: argument checks, exit codes, state handling. */
final class FakeDrivers {

    static final Tampering CHALLENGE = new Tampering("clientData.challenge.flip", TamperStage.CLIENT_DATA,
            Set.of(Ceremony.REGISTRATION, Ceremony.AUTHENTICATION), "Flips a bit of the challenge",
            "WebAuthn L3 §7.1 step 8", new TamperAction.EditClientData(d -> d));
    static final Tampering SIGNATURE = new Tampering("signature.truncate", TamperStage.SIGNATURE,
            Set.of(Ceremony.AUTHENTICATION), "Drops the signature's last byte", "WebAuthn L3 §7.2 step 20",
            new TamperAction.EditSignature(b -> b));
    static final TamperingCatalogue CATALOGUE = () -> List.of(CHALLENGE, SIGNATURE);

    private FakeDrivers() {
    }

    /** A driver that must not be reached: the input should have been refused first. */
    static CliContext unreachable() {
        return new CliContext(new CeremonyDriver() {
            @Override
            public String create(CeremonyRequest request) {
                return fail("the ceremony ran although the input was bad");
            }

            @Override
            public String get(CeremonyRequest request) {
                return fail("the ceremony ran although the input was bad");
            }
        }, CATALOGUE);
    }

    /** A driver whose every ceremony fails with the given DOMException name. */
    static CliContext refusing(String domExceptionName) {
        return new CliContext(new CeremonyDriver() {
            @Override
            public String create(CeremonyRequest request) throws CeremonyException {
                throw new CeremonyException(domExceptionName, "refused by the fake client");
            }

            @Override
            public String get(CeremonyRequest request) throws CeremonyException {
                throw new CeremonyException(domExceptionName, "refused by the fake client");
            }
        }, CATALOGUE);
    }

    /** A driver that records each request and answers with fixed JSON. */
    static final class Recording implements CeremonyDriver {
        final List<CeremonyRequest> requests = new ArrayList<>();

        @Override
        public String create(CeremonyRequest request) {
            requests.add(request);
            return "{\"type\":\"public-key\",\"id\":\"created\"}";
        }

        @Override
        public String get(CeremonyRequest request) {
            requests.add(request);
            return "{\"type\":\"public-key\",\"id\":\"asserted\"}";
        }

        CliContext context() {
            return new CliContext(this, CATALOGUE);
        }
    }
}
