package org.knotwork.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Formula;
import org.knotwork.platform.Page;
import org.knotwork.platform.RuleViolationException;
import org.knotwork.platform.VisibleText;

/**
 * A person who signs in to Knotwork. Never deleted, only deactivated: notes and the audit trail keep naming their
 * author. The password is held only as a salted PBKDF2 hash made by {@link Passwords}.
 */
@Entity
@Table(name = "users")
public class User {

    /** Also a check constraint in the schema. */
    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,59}");

    @Id
    private UUID id;

    @Version
    private int version;

    private String username;

    @Column(name = "display_name")
    private String displayName;

    @Column(name = "password_hash")
    private String passwordHash;

    private boolean active;

    @Column(name = "must_change_password")
    private boolean mustChangePassword;

    /** Kept by {@link SignInAttempts} for the typed name, real or not; read here for those who manage users. */
    @Formula("(select a.locked_until from sign_in_attempts a where a.username = username and a.locked_until > now())")
    private Instant lockedUntil;

    // Batched, so the users list loads every user's roles in one query instead of one each.
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = Page.MAX_SIZE)
    @CollectionTable(name = "user_roles", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected User() {}

    /** Gives someone access to the practice. The username is kept in lower case: sign-in ignores case. */
    public static User create(String username, String displayName, String passwordHash, Set<Role> roles, Instant now) {
        String name = normalise(username);
        if (!USERNAME.matcher(name).matches()) {
            throw new RuleViolationException(
                    "username", "A username is 2 to 60 letters, digits or . _ @ -, starting with a letter or digit.");
        }
        if (!VisibleText.present(displayName)) {
            throw new RuleViolationException("displayName", "A display name is required.");
        }
        User user = new User();
        user.id = UUID.randomUUID();
        user.username = name;
        user.displayName = displayName.strip();
        user.passwordHash = passwordHash;
        user.active = true;
        user.createdAt = now;
        user.changeRoles(roles, now);
        return user;
    }

    /** How a typed username is compared with the stored one. */
    public static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    /** A new password the user chose: nothing more to change at sign-in. */
    public void changePassword(String newPasswordHash, Instant now) {
        passwordHash = newPasswordHash;
        mustChangePassword = false;
        updatedAt = now;
    }

    /**
     * A password an administrator set for the user, who must replace it at their next sign-in: someone else knows
     * it.
     */
    public void resetPassword(String newPasswordHash, Instant now) {
        passwordHash = newPasswordHash;
        mustChangePassword = true;
        updatedAt = now;
    }

    /** The first administrator's password was configured or printed in a log; its owner must choose another. */
    void requirePasswordChange() {
        mustChangePassword = true;
    }

    public void grant(Role role, Instant now) {
        Set<Role> more = EnumSet.copyOf(roles());
        more.add(role);
        changeRoles(more, now);
    }

    public void revoke(Role role, Instant now) {
        Set<Role> fewer = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        fewer.remove(role);
        changeRoles(fewer, now);
    }

    /** Replaces the user's roles; someone without any role could sign in but do nothing, so that is refused. */
    public void changeRoles(Set<Role> newRoles, Instant now) {
        if (newRoles == null || newRoles.isEmpty()) {
            throw new RuleViolationException("roles", "A user needs at least one role.");
        }
        roles.clear();
        roles.addAll(newRoles);
        updatedAt = now;
    }

    /** Ends the user's access for good; their name stays on everything they recorded. */
    public void deactivate(Instant now) {
        if (active) {
            active = false;
            updatedAt = now;
        }
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Whether this user may manage users: the practice must always keep one such active user. */
    public boolean managesUsers() {
        return active && roles.stream().anyMatch(Role::managesUsers);
    }

    public UUID id() {
        return id;
    }

    public int version() {
        return version;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    String passwordHash() {
        return passwordHash;
    }

    public boolean isActive() {
        return active;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    /** Until when sign-in is locked after too many wrong passwords, or null; as loaded. */
    public Instant lockedUntil() {
        return lockedUntil;
    }

    public Set<Role> roles() {
        return roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
