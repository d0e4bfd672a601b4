package org.knotwork.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.UUID;
import org.knotwork.platform.ConflictException;

/**
 * A user's authenticator-app secret. Set up in two moves: the secret is made and shown (QR code), then a code from
 * the app confirms that the app holds it; only a confirmed secret is asked for at sign-in.
 */
@Entity
@Table(name = "second_factors")
public class SecondFactor {

    @Id
    @Column(name = "user_id")
    private UUID userId;

    private String secret;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "last_used_step")
    private Long lastUsedStep;

    protected SecondFactor() {}

    /** A fresh 160-bit secret (RFC 4226 recommends 160 bits for HMAC-SHA1), not yet confirmed. */
    static SecondFactor start(UUID userId, Instant now) {
        byte[] key = new byte[20];
        new SecureRandom().nextBytes(key);
        SecondFactor factor = new SecondFactor();
        factor.userId = userId;
        factor.secret = Base32.encode(key);
        factor.createdAt = now;
        return factor;
    }

    /** Starting again before confirming makes a new secret; a confirmed one must be reset first. */
    void restart(Instant now) {
        if (isConfirmed()) {
            throw new ConflictException(
                    "An authenticator app is already set up for this account. Remove it first to set up another.");
        }
        SecondFactor fresh = start(userId, now);
        secret = fresh.secret;
        createdAt = now;
    }

    /** The app showed the right code for {@code step}: from now on sign-in asks for a code. */
    void confirm(long step, Instant now) {
        confirmedAt = now;
        lastUsedStep = step;
    }

    public boolean isConfirmed() {
        return confirmedAt != null;
    }

    byte[] key() {
        return Base32.decode(secret);
    }

    String secret() {
        return secret;
    }

    public Instant confirmedAt() {
        return confirmedAt;
    }
}
