package dev.passkeyharness.rp.http;

import dev.passkeyharness.rp.model.Account;
import dev.passkeyharness.rp.model.AccountRealm;
import dev.passkeyharness.rp.model.Passkey;
import dev.passkeyharness.rp.store.AccountRepository;
import dev.passkeyharness.rp.store.Database;
import dev.passkeyharness.rp.store.DuplicateCredentialException;
import dev.passkeyharness.rp.store.PasskeyRepository;
import dev.passkeyharness.rp.webauthn.AllowedCredential;
import dev.passkeyharness.rp.webauthn.AssertionRequest;
import dev.passkeyharness.rp.webauthn.AuthenticationResult;
import dev.passkeyharness.rp.webauthn.AuthenticationVerifier;
import dev.passkeyharness.rp.webauthn.CeremonyContext;
import dev.passkeyharness.rp.webauthn.CeremonyOptions;
import dev.passkeyharness.rp.webauthn.ChallengeStore;
import dev.passkeyharness.rp.webauthn.CreationRequest;
import dev.passkeyharness.rp.webauthn.ImaginaryCredentials;
import dev.passkeyharness.rp.webauthn.RegistrationResult;
import dev.passkeyharness.rp.webauthn.RegistrationVerifier;
import dev.passkeyharness.rp.webauthn.RelyingPartyPolicy;
import dev.passkeyharness.rp.webauthn.Rule;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * The registration and authentication ceremonies as both APIs run them: options bound to the session's challenge,
 * verification, and storage of the result in one transaction. A refused ceremony stores nothing. Each API has its own
 * instance, over one realm of accounts with its own challenges: a user, a credential or a challenge of the other realm
 * is unknown here.
 */
public final class PasskeyCeremonies {

    private final RelyingPartyPolicy policy;
    private final AccountRealm realm;
    private final Database database;
    private final AccountRepository accounts;
    private final PasskeyRepository passkeys;
    private final ChallengeStore challenges;
    private final CeremonyOptions options;
    private final RegistrationVerifier registrationVerifier;
    private final AuthenticationVerifier authenticationVerifier;
    private final Clock clock;
    private final ImaginaryCredentials imaginary = new ImaginaryCredentials(new SecureRandom());

    public PasskeyCeremonies(RelyingPartyPolicy policy, AccountRealm realm, Database database, ChallengeStore challenges,
            Clock clock) {
        this.policy = policy;
        this.realm = realm;
        this.database = database;
        this.accounts = new AccountRepository();
        this.passkeys = new PasskeyRepository();
        this.challenges = challenges;
        this.options = new CeremonyOptions(policy);
        this.registrationVerifier = new RegistrationVerifier(clock);
        this.authenticationVerifier = new AuthenticationVerifier(clock);
        this.clock = clock;
    }

    /** PublicKeyCredentialCreationOptionsJSON for {@code account}, excluding the passkeys it already has. */
    public ObjectNode registrationOptions(String sessionKey, String client, Account account, CreationRequest request) {
        if (account.realm() != realm) {
            throw new IllegalArgumentException("account " + account.id() + " is not in the " + realm.column() + " realm");
        }
        List<Passkey> existing = database.inTransaction(c -> passkeys.listForAccount(c, account.id()));
        ChallengeStore.Issued issued = challenges.issue(sessionKey, client, ChallengeStore.Purpose.REGISTRATION,
                new CeremonyContext.Registration(account.id(), account.userHandle(),
                        CeremonyOptions.userVerification(policy, request.userVerification())));
        return options.creation(issued, account, existing, request);
    }

    /** WebAuthn L3 §7.1, then the new passkey stored; a refusal throws a 400 naming the rule. */
    public Passkey finishRegistration(String sessionKey, String responseJson, String username) {
        RegistrationResult result = registrationVerifier.verify(responseJson, challenges, sessionKey, policy,
                id -> database.inTransaction(c -> passkeys.find(c, id)).isPresent());
        if (result instanceof RegistrationResult.Rejected rejected) {
            throw refused("registration", username, rejected.rule(), rejected.message());
        }
        RegistrationResult.Accepted accepted = (RegistrationResult.Accepted) result;
        try {
            Passkey stored = database.inTransaction(c -> {
                int count = passkeys.listForAccount(c, accepted.accountId()).size();
                Passkey passkey = accepted.toPasskey(clock.instant(), defaultName(count));
                passkeys.insert(c, passkey);
                return passkey;
            });
            CeremonyLog.accepted("registration", username);
            return stored;
        } catch (DuplicateCredentialException e) {
            throw refused("registration", username, Rule.DUPLICATE_CREDENTIAL, "this credential ID is already registered");
        }
    }

    /** PublicKeyCredentialRequestOptionsJSON: username-first when the request names an account, else discoverable. */
    public ObjectNode authenticationOptions(String sessionKey, String client, AssertionRequest request) {
        Optional<Account> account = request.discoverable() ? Optional.empty()
                : database.inTransaction(c -> accounts.findByUsername(c, realm, request.username()));
        List<AllowedCredential> allowed = AllowedCredential.of(account
                .map(a -> database.inTransaction(c -> passkeys.listForAccount(c, a.id()))).orElse(List.of()));
        if (realm == AccountRealm.ONBOARDING && !request.discoverable() && allowed.isEmpty()) {
            // Refusing, or answering with an empty list, would tell a stranger which emails have passkeys here. The
            // conformance API's test tools are told plainly (its routes refuse an unknown username).
            return issueRequest(sessionKey, client, null, imaginary.forUsername(request.username()), request);
        }
        return issueRequest(sessionKey, client, account.map(Account::id).orElse(null), allowed, request);
    }

    /** WebAuthn L3 §7.2, then the passkey's counter, backup state and last use stored; returns the account. */
    public Account finishAuthentication(String sessionKey, String responseJson) {
        AuthenticationResult result = authenticationVerifier.verify(responseJson, challenges, sessionKey, policy,
                id -> database.inTransaction(c -> passkeys.findInRealm(c, realm, id)),
                handle -> database.inTransaction(c -> accounts.findByUserHandle(c, realm, handle)).map(Account::id));
        if (result instanceof AuthenticationResult.Rejected rejected) {
            throw refused("authentication", "-", rejected.rule(), rejected.message());
        }
        AuthenticationResult.Accepted accepted = (AuthenticationResult.Accepted) result;
        Passkey signedIn = accepted.passkey();
        Optional<Account> account = database.inTransaction(c -> {
            PasskeyRepository.SignInRecord record = passkeys.recordSignIn(c, signedIn);
            if (record == PasskeyRepository.SignInRecord.COUNTER_NOT_ABOVE) {
                // WebAuthn L3 §7.2 step 22, lost to a concurrent sign-in with the same counter
                throw refused("authentication", "-", Rule.COUNTER, "signCount " + signedIn.signCount()
                        + " is not above the stored counter: possibly cloned authenticator");
            }
            return record == PasskeyRepository.SignInRecord.RECORDED ? accounts.findById(c, accepted.accountId())
                    : Optional.<Account>empty();
        });
        if (account.isEmpty()) {
            // deleted between verification and now
            throw refused("authentication", "-", Rule.UNKNOWN_CREDENTIAL, "no credential " + signedIn.credentialId()
                    + " is registered");
        }
        CeremonyLog.accepted("authentication", account.get().username());
        return account.get();
    }

    private ObjectNode issueRequest(String sessionKey, String client, Long accountId, List<AllowedCredential> allowed,
            AssertionRequest request) {
        ChallengeStore.Issued issued = challenges.issue(sessionKey, client, ChallengeStore.Purpose.AUTHENTICATION,
                new CeremonyContext.Authentication(accountId, allowed.stream().map(AllowedCredential::id).toList(),
                        CeremonyOptions.userVerification(policy, request.userVerification())));
        return options.request(issued, allowed, request);
    }

    private static String defaultName(int existing) {
        return existing == 0 ? "Passkey" : "Passkey " + (existing + 1);
    }

    private static ApiException refused(String ceremony, String user, Rule rule, String message) {
        CeremonyLog.rejected(ceremony, user, rule.id(), message);
        return new ApiException(400, rule.id() + ": " + message + " (" + rule.specReference() + ")", rule.id());
    }
}
