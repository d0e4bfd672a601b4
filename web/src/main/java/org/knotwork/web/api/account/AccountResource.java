package org.knotwork.web.api.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.knotwork.platform.RuleViolationException;
import org.knotwork.security.AccountService;
import org.knotwork.security.CurrentUser;
import org.knotwork.security.SecondFactorPolicy;
import org.knotwork.security.SecondFactorService;
import org.knotwork.security.SecuritySettings;
import org.knotwork.security.Sessions;
import org.knotwork.web.api.json.TakesNoBody;
import org.knotwork.web.api.security.DuringSignIn;
import org.knotwork.web.security.SessionCookie;

/**
 * The signed-in user's own account, whatever their role: change the password, set up or remove an authenticator
 * app, renew recovery codes, see and end their sessions. The calls marked {@link DuringSignIn} are also open while
 * a sign-in waits for a forced password change or a required second factor.
 */
@Path("account")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountResource {

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AccountService account;

    @Inject
    private SecondFactorService secondFactors;

    @Inject
    private SecondFactorPolicy secondFactorPolicy;

    @Inject
    private Sessions sessions;

    @Inject
    private SecuritySettings settings;

    @Context
    private HttpServletRequest request;

    @Context
    private HttpServletResponse response;

    /** Changes the password; the user's other sessions end. Answers the step the session is at now. */
    @PUT
    @Path("password")
    @DuringSignIn
    public Response changePassword(PasswordChangeForm form) {
        requireBody(form);
        AccountService.Changed changed = account.changePassword(
                currentUser.user(), SessionCookie.token(request), form.currentPassword, form.newPassword);
        renewCookie(changed);
        return Response.ok(new Step(changed.step().name())).build();
    }

    /** How far a sign-in has come after a change. */
    public record Step(String step) {}

    @GET
    @Path("second-factor")
    @DuringSignIn
    public AccountViews.SecondFactorStatus secondFactor() {
        SecondFactorService.Status status = secondFactors.status(currentUser.id());
        return new AccountViews.SecondFactorStatus(
                status.enrolled(), status.recoveryCodesLeft(), secondFactorPolicy.requires(currentUser.roles()));
    }

    /** Starts setting up an authenticator app: a new secret, as a QR code to scan. */
    @POST
    @Path("second-factor")
    @DuringSignIn
    public AccountViews.Enrolment startSecondFactor() {
        SecondFactorService.Enrolment enrolment = secondFactors.start(currentUser.id(), currentUser.username());
        return new AccountViews.Enrolment(enrolment.secret(), enrolment.uri(), QrCodeImage.dataUrl(enrolment.uri()));
    }

    /** The app's first code confirms it; answers the recovery codes, which are never shown again. */
    @POST
    @Path("second-factor/confirmation")
    @DuringSignIn
    public AccountViews.RecoveryCodes confirmSecondFactor(CodeForm form) {
        requireBody(form);
        AccountService.Enrolled enrolled =
                account.confirmSecondFactor(currentUser.user(), SessionCookie.token(request), form.code);
        renewCookie(enrolled.session());
        return new AccountViews.RecoveryCodes(
                enrolled.recoveryCodes(), enrolled.session().step().name());
    }

    /** Removes the user's own authenticator app, where the practice does not require one; needs a current code. */
    @POST
    @Path("second-factor/removal")
    public Response removeSecondFactor(CodeForm form) {
        requireBody(form);
        account.removeSecondFactor(currentUser.user(), form.code);
        return Response.noContent().build();
    }

    /** New recovery codes; the earlier ones stop working. */
    @POST
    @Path("recovery-codes")
    public AccountViews.RecoveryCodes renewRecoveryCodes() {
        return new AccountViews.RecoveryCodes(
                secondFactors.renewRecoveryCodes(currentUser.id()),
                currentUser.step().name());
    }

    @GET
    @Path("sessions")
    public List<AccountViews.Session> sessions() {
        UUID current = currentUser.sessionId();
        return sessions.of(currentUser.id(), s -> AccountViews.Session.of(s, current));
    }

    /** Ends one of the user's sessions, on another computer, say; ending the current one is signing out. */
    @DELETE
    @TakesNoBody
    @Path("sessions/{id}")
    public Response endSession(@PathParam("id") UUID id) {
        sessions.endOwn(currentUser.id(), id);
        if (id.equals(currentUser.sessionId())) {
            SessionCookie.clear(request, response, settings.alwaysSecureCookie());
        }
        return Response.noContent().build();
    }

    private void renewCookie(AccountService.Changed changed) {
        if (changed.token() != null) {
            SessionCookie.set(request, response, changed.token(), settings.alwaysSecureCookie());
        }
    }

    private static void requireBody(Object form) {
        if (form == null) {
            throw new RuleViolationException("Send the details as a JSON body.");
        }
    }
}
