package org.knotwork.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;

/**
 * Jakarta Security's view of the {@code users} table: a username and password are valid when {@link SignIn} says
 * so, and the caller's groups are their role names.
 */
@ApplicationScoped
public class UserIdentityStore implements IdentityStore {

    @Inject
    private SignIn signIn;

    @Inject
    private SignInAttempt attempt;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        SignInOutcome outcome = signIn.attempt(credential.getCaller(), credential.getPasswordAsString());
        attempt.record(outcome);
        if (!outcome.isSignedIn()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(
                outcome.username(), outcome.roles().stream().map(Role::name).collect(Collectors.toSet()));
    }
}
