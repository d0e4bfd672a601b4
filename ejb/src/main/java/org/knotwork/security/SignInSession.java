package org.knotwork.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.knotwork.audit.AuditOrigin;

/**
 * One signed-in browser (or one sign-in under way). Identified in the database by the hash of its token, shown to
 * people by its id; the token itself is never stored. {@link SessionLookup} reads it on every request.
 */
@Entity
@Table(name = "sign_in_sessions")
public class SignInSession {

    @Id
    @Column(name = "token_hash")
    private String tokenHash;

    private UUID id;

    @Column(name = "user_id")
    private UUID userId;

    @Enumerated(EnumType.STRING)
    private SessionStep step;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "last_seen_at")
    private Instant lastSeenAt;

    private String address;

    @Column(name = "user_agent")
    private String userAgent;

    protected SignInSession() {}

    static SignInSession open(
            String tokenHash, UUID userId, SessionStep step, Instant now, String address, String userAgent) {
        SignInSession session = new SignInSession();
        session.tokenHash = tokenHash;
        session.id = UUID.randomUUID();
        session.userId = userId;
        session.step = step;
        session.createdAt = now;
        session.lastSeenAt = now;
        session.address = clip(address == null ? AuditOrigin.UNKNOWN_ADDRESS : address, 100);
        session.userAgent = userAgent == null ? null : clip(userAgent, 200);
        return session;
    }

    private static String clip(String text, int length) {
        return text.length() > length ? text.substring(0, length) : text;
    }

    public boolean isOpenAt(Instant now, SessionTimeouts timeouts) {
        return timeouts.isOpenAt(now, createdAt, lastSeenAt, step);
    }

    public UUID id() {
        return id;
    }

    String tokenHash() {
        return tokenHash;
    }

    public UUID userId() {
        return userId;
    }

    public SessionStep step() {
        return step;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastSeenAt() {
        return lastSeenAt;
    }

    public String address() {
        return address;
    }

    public String userAgent() {
        return userAgent;
    }
}
