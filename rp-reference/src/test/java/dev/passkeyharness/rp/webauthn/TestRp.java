package dev.passkeyharness.rp.webauthn;

import dev.passkeyharness.authenticator.client.WebAuthnClient;
import dev.passkeyharness.authenticator.client.WebAuthnClientException;
import dev.passkeyharness.authenticator.ctap.Ctap2AuthenticatorBuilder;
import dev.passkeyharness.authenticator.data.Bytes;
import dev.passkeyharness.rp.MutableClock;
import dev.passkeyharness.rp.model.Account;
import dev.passkeyharness.rp.model.AccountRealm;
import dev.passkeyharness.rp.model.Passkey;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The RP's verification with its storage played by maps: no HTTP, no database. */
final class TestRp {

    final MutableClock clock = new MutableClock(Ctap2AuthenticatorBuilder.SEEDED_EPOCH.plus(Duration.ofHours(1)));
    final RelyingPartyPolicy policy;
    final ChallengeStore store;
    final CeremonyOptions options;
    final RegistrationVerifier registrations = new RegistrationVerifier(clock);
    final AuthenticationVerifier authentications = new AuthenticationVerifier(clock);
    final Map<Long, Account> accounts = new LinkedHashMap<>();
    final Map<String, Passkey> passkeys = new LinkedHashMap<>();
    private final SecureRandom random = new SecureRandom();

    TestRp(RelyingPartyPolicy policy) {
        this.policy = policy;
        this.store = new ChallengeStore(clock, policy);
        this.options = new CeremonyOptions(policy);
    }

    static RelyingPartyPolicy defaultPolicy() {
        return RelyingPartyPolicy.of("example.com", "Example", java.util.Set.of(Device.ORIGIN));
    }

    Account account(String username) {
        byte[] handle = new byte[32];
        random.nextBytes(handle);
        Account a = new Account(accounts.size() + 1, AccountRealm.CONFORMANCE, username, username, Bytes.of(handle).base64Url(), null, clock.instant());
        accounts.put(a.id(), a);
        return a;
    }

    String session(Account account) {
        return "session-" + account.id();
    }

    /** Options issued in {@code session}, answered by {@code client}: the RegistrationResponseJSON. */
    String registrationResponse(WebAuthnClient client, Account account, String session, CreationRequest request)
            throws WebAuthnClientException {
        ChallengeStore.Issued issued = store.issue(session, "192.0.2.1", ChallengeStore.Purpose.REGISTRATION,
                new CeremonyContext.Registration(account.id(), account.userHandle(),
                        CeremonyOptions.userVerification(policy, request.userVerification())));
        String json = options.creation(issued, account, passkeysOf(account), request).toString();
        return client.create(json).toJson();
    }

    RegistrationResult verifyRegistration(String response, String session, Account account) {
        RegistrationResult result = registrations.verify(response, store, session, policy, passkeys::containsKey);
        if (result instanceof RegistrationResult.Accepted a) {
            passkeys.put(a.credentialId(), a.toPasskey(clock.instant(), "passkey"));
        }
        return result;
    }

    RegistrationResult register(WebAuthnClient client, Account account) throws WebAuthnClientException {
        return register(client, account, CreationRequest.defaults(account.username(), account.displayName()));
    }

    RegistrationResult register(WebAuthnClient client, Account account, CreationRequest request)
            throws WebAuthnClientException {
        return verifyRegistration(registrationResponse(client, account, session(account), request), session(account),
                account);
    }

    /** Options for {@code account} (username-first) or for anyone (null: discoverable); the AuthenticationResponseJSON. */
    String authenticationResponse(WebAuthnClient client, Account account, String session) throws WebAuthnClientException {
        List<Passkey> allowed = account == null ? List.of() : passkeysOf(account);
        return authenticationResponse(client, account, allowed, allowed, session);
    }

    /** As above with the remembered and the sent allowCredentials given apart, as a misbehaving client might see them. */
    String authenticationResponse(WebAuthnClient client, Account account, List<Passkey> remembered, List<Passkey> sent,
            String session) throws WebAuthnClientException {
        ChallengeStore.Issued issued = store.issue(session, "192.0.2.1", ChallengeStore.Purpose.AUTHENTICATION,
                new CeremonyContext.Authentication(account == null ? null : account.id(),
                        remembered.stream().map(Passkey::credentialId).toList(), policy.userVerification()));
        ChallengeStore.Issued shown = new ChallengeStore.Issued(issued.sessionKey(), issued.purpose(),
                issued.challenge(), issued.expiresAt(), new CeremonyContext.Authentication(null,
                        sent.stream().map(Passkey::credentialId).toList(), policy.userVerification()));
        String json = options.request(shown, AllowedCredential.of(sent), null).toString();
        return client.get(json).toJson();
    }

    AuthenticationResult verifyAuthentication(String response, String session) {
        AuthenticationResult result = authentications.verify(response, store, session, policy,
                id -> Optional.ofNullable(passkeys.get(id)), this::accountIdFor);
        if (result instanceof AuthenticationResult.Accepted a) {
            passkeys.put(a.passkey().credentialId(), a.passkey());
        }
        return result;
    }

    AuthenticationResult signIn(WebAuthnClient client, Account account) throws WebAuthnClientException {
        String session = account == null ? "session-anonymous" : session(account);
        return verifyAuthentication(authenticationResponse(client, account, session), session);
    }

    List<Passkey> passkeysOf(Account account) {
        return passkeys.values().stream().filter(p -> p.accountId() == account.id()).toList();
    }

    Optional<Long> accountIdFor(String userHandle) {
        return accounts.values().stream().filter(a -> a.userHandle().equals(userHandle)).map(Account::id).findFirst();
    }
}
