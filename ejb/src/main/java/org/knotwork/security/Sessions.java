package org.knotwork.security;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.knotwork.audit.AuditAction;
import org.knotwork.audit.AuditOutcome;
import org.knotwork.audit.AuditTrail;
import org.knotwork.platform.RecordNotFoundException;

/**
 * Signed-in sessions as rows of {@code sign_in_sessions}: opened at sign-in, moved on step by step, listed for their
 * user, ended by signing out, by the user from another browser, by those who manage users, and whenever a user's
 * password or roles change. Every instance reads the same rows, so any instance serves any request.
 */
@Stateless
public class Sessions {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private SecuritySettings settings;

    @Inject
    private AuditTrail audit;

    /** Opens a session at {@code step} and answers its token: the only moment the token exists outside a cookie. */
    public String open(UUID userId, SessionStep step, String address, String userAgent) {
        Instant now = clock.instant();
        removeTimedOut(now);
        String token = SessionTokens.newToken();
        em.persist(SignInSession.open(SessionTokens.hash(token), userId, step, now, address, userAgent));
        return token;
    }

    /** The open session of a token, whatever its step, as {@code view} shows it. */
    public <V> Optional<V> find(String token, Function<SignInSession, V> view) {
        return find(token).map(view);
    }

    /** The open session of a token, whatever its step. */
    public Optional<SignInSession> find(String token) {
        if (!SessionTokens.isWellFormed(token)) {
            return Optional.empty();
        }
        SignInSession session = em.find(SignInSession.class, SessionTokens.hash(token));
        return Optional.ofNullable(session).filter(s -> s.isOpenAt(clock.instant(), settings.sessionTimeouts()));
    }

    /**
     * Moves a session to its next step under a new token (ASVS 3.2.1: a new token whenever the user proves more),
     * and answers the new token.
     */
    public String advance(String token, SessionStep next) {
        String renewed = SessionTokens.newToken();
        em.createNativeQuery("update sign_in_sessions set token_hash = ?1, step = ?2, last_seen_at = ?3"
                        + " where token_hash = ?4")
                .setParameter(1, SessionTokens.hash(renewed))
                .setParameter(2, next.name())
                .setParameter(3, clock.instant().atOffset(ZoneOffset.UTC))
                .setParameter(4, SessionTokens.hash(token))
                .executeUpdate();
        return renewed;
    }

    /** The user's open sessions, most recently used first, each as {@code view} shows it. */
    public <V> List<V> of(UUID userId, Function<SignInSession, V> view) {
        Instant now = clock.instant();
        return em.createQuery(
                        "select s from SignInSession s where s.userId = :user order by s.lastSeenAt desc",
                        SignInSession.class)
                .setParameter("user", userId)
                .getResultStream()
                .filter(s -> s.isOpenAt(now, settings.sessionTimeouts()))
                .map(view)
                .toList();
    }

    /** Signing out: the token's session ends. */
    public void endByToken(String token) {
        if (SessionTokens.isWellFormed(token)) {
            em.createNativeQuery("delete from sign_in_sessions where token_hash = ?1")
                    .setParameter(1, SessionTokens.hash(token))
                    .executeUpdate();
        }
    }

    /** Ends one of the user's own sessions (signed in on another computer, say). */
    public void endOwn(UUID userId, UUID sessionId) {
        int ended = em.createNativeQuery("delete from sign_in_sessions where id = ?1 and user_id = ?2")
                .setParameter(1, sessionId)
                .setParameter(2, userId)
                .executeUpdate();
        if (ended == 0) {
            throw new RecordNotFoundException("You have no session with id " + sessionId + ".");
        }
        audit.record(AuditAction.SESSION_ENDED, "SESSION", sessionId, null, AuditOutcome.SUCCESS, "by its user");
    }

    /** Ends every session of the user except {@code keep} (may be null); answers how many ended. */
    public int endAllOf(UUID userId, UUID keep, String why) {
        int ended = keep == null
                ? em.createNativeQuery("delete from sign_in_sessions where user_id = ?1")
                        .setParameter(1, userId)
                        .executeUpdate()
                : em.createNativeQuery("delete from sign_in_sessions where user_id = ?1 and id <> ?2")
                        .setParameter(1, userId)
                        .setParameter(2, keep)
                        .executeUpdate();
        if (ended > 0) {
            audit.record(
                    AuditAction.SESSION_ENDED, "USER", userId, null, AuditOutcome.SUCCESS, ended + " ended: " + why);
        }
        return ended;
    }

    private void removeTimedOut(Instant now) {
        SessionTimeouts timeouts = settings.sessionTimeouts();
        em.createNativeQuery("delete from sign_in_sessions where last_seen_at < ?1 or created_at < ?2")
                .setParameter(1, now.minus(timeouts.idle()).atOffset(ZoneOffset.UTC))
                .setParameter(2, now.minus(timeouts.absolute()).atOffset(ZoneOffset.UTC))
                .executeUpdate();
    }
}
