package dev.passkeyharness.conformance.runner.step;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.passkeyharness.conformance.target.Answer;
import dev.passkeyharness.conformance.target.Exchange;
import dev.passkeyharness.conformance.target.OptionsRequest;
import dev.passkeyharness.conformance.target.RpSession;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** After a refused registration, an API that lists the user's passkeys must not list the refused credential. */
class StoredCredentialsFollowUpTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aListedRefusedCredentialIsFound() {
        RpSession session = listing("{\"status\":\"ok\",\"passkeys\":[{\"id\":\"kept\"},{\"id\":\"refused\"}]}");
        assertEquals(Optional.of("refused"), FollowUps.listedAmong(session, Set.of("refused", "other")));
    }

    @Test
    void aListWithoutTheRefusedCredentialIsClean() {
        RpSession session = listing("{\"status\":\"ok\",\"passkeys\":[{\"id\":\"kept\"}]}");
        assertTrue(FollowUps.listedAmong(session, Set.of("refused")).isEmpty());
    }

    @Test
    void anApiThatCannotListOrARefusedListingProvesNothing() {
        RpSession conformanceApi = listing(null);
        RpSession refusedListing = listing("{\"status\":\"failed\",\"passkeys\":[{\"id\":\"refused\"}]}");
        assertTrue(FollowUps.listedAmong(conformanceApi, Set.of("refused")).isEmpty());
        assertTrue(FollowUps.listedAmong(refusedListing, Set.of("refused")).isEmpty());
    }

    /** A session whose only answer is the list of stored credentials ({@code null}: it cannot list them). */
    private static RpSession listing(String body) {
        return new RpSession() {
            @Override
            public Optional<Answer> storedCredentials() {
                return body == null ? Optional.empty()
                        : Optional.of(new Answer(200, JSON.readTree(body), new Exchange("GET", "/api/passkeys", "", 200,
                                body, 1)));
            }

            @Override
            public Answer prepareUser(String username, String displayName) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Answer registrationOptions(OptionsRequest request) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Answer registrationResult(String registrationResponseJson) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Answer authenticationOptions(String username, String userVerification) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Answer authenticationResult(String authenticationResponseJson) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<Exchange> exchanges() {
                return List.of();
            }
        };
    }
}
