package org.knotwork.web.api.account;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.knotwork.security.SignInSession;

/** What the account calls answer. */
public final class AccountViews {

    private AccountViews() {}

    /** The user's second factor: set up or not, recovery codes left, and whether their role requires one. */
    public record SecondFactorStatus(boolean enrolled, int recoveryCodesLeft, boolean required) {}

    /** A new secret to put in the app: as a QR code (PNG data URL), as its URI, and as letters to type. */
    public record Enrolment(String secret, String uri, String qrCode) {}

    /** Recovery codes, shown this once, and the step the session is at now. */
    public record RecoveryCodes(List<String> recoveryCodes, String step) {}

    /** One of the user's signed-in sessions; {@code current} is the one making this request. */
    public record Session(
            UUID id, Instant createdAt, Instant lastSeenAt, String address, String userAgent, boolean current) {

        static Session of(SignInSession session, UUID current) {
            return new Session(
                    session.id(),
                    session.createdAt(),
                    session.lastSeenAt(),
                    session.address(),
                    session.userAgent(),
                    session.id().equals(current));
        }
    }
}
