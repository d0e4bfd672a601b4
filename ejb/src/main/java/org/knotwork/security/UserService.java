package org.knotwork.security;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.knotwork.audit.AuditAction;
import org.knotwork.audit.AuditOutcome;
import org.knotwork.audit.AuditTrail;
import org.knotwork.platform.ConflictException;
import org.knotwork.platform.OptimisticLocking;
import org.knotwork.platform.RecordNotFoundException;

/** Gives people access, changes what they may do and ends their access; the rules live on {@link User}. */
@Stateless
public class UserService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Passwords passwords;

    @Inject
    private Clock clock;

    @Inject
    private AuditTrail audit;

    @Inject
    private Sessions sessions;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private SecondFactorService secondFactors;

    /** Any number, the same on every instance: the lock that makes creating the first administrator happen once. */
    private static final long FIRST_ADMINISTRATOR_LOCK = 0x6b6e6f74_0001L;

    /** The lock under which roles are given and taken and access ended ({@link #lockTheUsersRoles}). */
    private static final long USERS_ROLES_LOCK = 0x6b6e6f74_0002L;

    /** Any number, the same on every instance: with the username's hash, the lock under which it is taken. */
    private static final int USERNAME_LOCK = 0x6b6e6f74;

    /**
     * Creates a user with a first password that whoever created them knows, so it must be changed at the first sign-in
     * (ASVS 2.3.1); the roles follow {@link RoleGrants}.
     */
    public <V> V create(@NotNull NewUser newUser, @NotNull Function<User, V> view) {
        lockTheUsersRoles();
        RoleGrants.requireMayChange(
                currentUser.id(), currentUser.roles(), null, Set.of(), newUser.roles(), anActiveOwnerExists());
        return createWithFirstPassword(newUser, view);
    }

    private <V> V createWithFirstPassword(NewUser newUser, Function<User, V> view) {
        Passwords.requireStrong(newUser.password(), newUser.username());
        // "Add user" pressed twice, or two people adding one name at once: the second waits here for the first's
        // transaction, then finds the name taken, instead of failing on the unique index at commit (a 500).
        em.createNativeQuery("select pg_advisory_xact_lock(?1, hashtext(?2))")
                .setParameter(1, USERNAME_LOCK)
                .setParameter(2, User.normalise(newUser.username()))
                .getSingleResult();
        if (findByUsername(newUser.username()).isPresent()) {
            throw new ConflictException("That username is taken; choose another.");
        }
        User user = User.create(
                newUser.username(),
                newUser.displayName(),
                passwords.hash(newUser.password()),
                newUser.roles(),
                clock.instant());
        user.requirePasswordChange();
        em.persist(user);
        audit.record(AuditAction.USER_CREATED, "USER", user.id(), null, AuditOutcome.SUCCESS, "roles " + user.roles());
        return view.apply(user);
    }

    public <V> V read(@NotNull UUID id, @NotNull Function<User, V> view) {
        return view.apply(find(id));
    }

    /** The active user with this username, as {@code view} shows them. */
    public <V> Optional<V> active(String username, @NotNull Function<User, V> view) {
        return findActive(username).map(view);
    }

    /**
     * Creates the first administrator if there is nobody yet, under a database lock: of instances starting together
     * on an empty database, one creates the user (and its one audit line), the others find it there. True when this
     * call created them.
     */
    public boolean createFirstAdministrator(@NotNull NewUser administrator) {
        em.createNativeQuery("select pg_advisory_xact_lock(?1)")
                .setParameter(1, FIRST_ADMINISTRATOR_LOCK)
                .getSingleResult();
        if (anyoneExists()) {
            return false;
        }
        createWithFirstPassword(administrator, User::id);
        return true;
    }

    /**
     * An administrator sets a new password for someone who forgot theirs; they must choose their own at their next
     * sign-in, and every session they had ends.
     */
    public <V> V resetPassword(@NotNull UUID id, String password, @NotNull Function<User, V> view) {
        OptimisticLocking.lockRow(em, User.class, id);
        User user = find(id);
        RoleGrants.requireMayActOn(currentUser.roles(), user.id(), user.roles(), "set the password");
        Passwords.requireStrong(password, user.username());
        user.resetPassword(passwords.hash(password), clock.instant());
        sessions.endAllOf(user.id(), null, "password reset");
        audit.record(AuditAction.PASSWORD_RESET, "USER", user.id(), null, AuditOutcome.SUCCESS, "to change at sign-in");
        return view.apply(user);
    }

    /** Removes a user's second factor (a lost phone); they set up a new one at sign-in if their role needs one. */
    public <V> V resetSecondFactor(@NotNull UUID id, @NotNull Function<User, V> view) {
        User user = find(id);
        RoleGrants.requireMayActOn(currentUser.roles(), user.id(), user.roles(), "remove the second factor");
        secondFactors.reset(user.id(), "reset by someone who manages users");
        sessions.endAllOf(user.id(), null, "second factor reset");
        return view.apply(user);
    }

    /** The user, for another service in its transaction (or sign-in, which reads their roles). */
    public User find(@NotNull UUID id) {
        User user = em.find(User.class, id);
        if (user == null) {
            throw new RecordNotFoundException("There is no user with id " + id + ".");
        }
        return user;
    }

    /** Everyone who has or had access, by username; their roles in one more query, however many. */
    public <V> List<V> list(@NotNull Function<User, V> view) {
        return em.createQuery("select u from User u order by u.username", User.class).getResultList().stream()
                .map(view)
                .toList();
    }

    /** The names these users are shown by (who signed a note, who amended it); unknown ids are left out. */
    public Map<UUID, String> displayNames(@NotNull Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        // One array parameter, not an IN list: Hibernate caches the translation of a query whose parameters are
        // single-valued only, and translated an IN list's query anew at every session save.
        return em.createQuery("select u.id, u.displayName from User u where array_contains(:ids, u.id)", Object[].class)
                .setParameter("ids", ids.toArray(UUID[]::new))
                .getResultStream()
                .collect(Collectors.toMap(row -> (UUID) row[0], row -> (String) row[1]));
    }

    /** The user who may sign in with this username (any case), if there is one and they are active. */
    public Optional<User> findActive(String username) {
        return findByUsername(username).filter(User::isActive);
    }

    /**
     * Replaces the user's roles with what {@code edit} makes of the current ones, and ends their sessions (except the
     * caller's own, when they change their own). The same roles again change nothing. Refused (409) when the user was
     * saved since the caller read {@code expectedVersion}: a roles page loaded earlier never takes back a role given
     * since.
     */
    public <V> V changeRoles(
            @NotNull UUID id,
            long expectedVersion,
            @NotNull UnaryOperator<Set<Role>> edit,
            @NotNull Function<User, V> view) {
        lockTheUsersRoles();
        OptimisticLocking.lockRow(em, User.class, id);
        User user = find(id);
        OptimisticLocking.requireVersion("This user", expectedVersion, user.version());
        Set<Role> roles = edit.apply(user.roles());
        Set<Role> before = user.roles();
        if (roles != null) {
            RoleGrants.requireMayChange(
                    currentUser.id(), currentUser.roles(), user.id(), before, roles, anActiveOwnerExists());
        }
        if (before.equals(roles)) {
            // The same roles: nothing changes, so no line says it did and nobody is signed out.
            return view.apply(user);
        }
        user.changeRoles(roles, clock.instant());
        OptimisticLocking.flush(em, "This user");
        requireAnActiveAdministrator(user);
        // What a session may do was decided with the old roles (a second factor, say): the user signs in again.
        sessions.endAllOf(user.id(), currentUser.sessionIdOrNull(), "roles changed");
        audit.record(
                AuditAction.ROLES_CHANGED,
                "USER",
                user.id(),
                null,
                AuditOutcome.SUCCESS,
                "from " + before + " to " + user.roles());
        return view.apply(user);
    }

    public <V> V deactivate(@NotNull UUID id, @NotNull Function<User, V> view) {
        lockTheUsersRoles();
        OptimisticLocking.lockRow(em, User.class, id);
        User user = find(id);
        RoleGrants.requireMayActOn(currentUser.roles(), user.id(), user.roles(), "end the access");
        user.deactivate(clock.instant());
        requireAnActiveAdministrator(user);
        sessions.endAllOf(user.id(), null, "user deactivated");
        audit.record(AuditAction.USER_DEACTIVATED, "USER", user.id(), null, AuditOutcome.SUCCESS, null);
        return view.apply(user);
    }

    public boolean anyoneExists() {
        return em.createQuery("select count(u) from User u", Long.class).getSingleResult() > 0;
    }

    private Optional<User> findByUsername(String username) {
        return em.createQuery("select u from User u where u.username = :username", User.class)
                .setParameter("username", User.normalise(username))
                .getResultStream()
                .findFirst();
    }

    /**
     * Changes of roles and deactivations wait for one another, on every instance: two administrators ending each
     * other's access at once would otherwise both see the other still active, and leave the practice none.
     */
    private void lockTheUsersRoles() {
        em.createNativeQuery("select pg_advisory_xact_lock(?1)")
                .setParameter(1, USERS_ROLES_LOCK)
                .getSingleResult();
    }

    private boolean anActiveOwnerExists() {
        return em.createQuery("select u from User u where u.active = true", User.class)
                .getResultStream()
                .anyMatch(u -> u.roles().contains(Role.OWNER));
    }

    /**
     * The practice keeps an active administrator: without one, nobody could manage settings or administrators again,
     * and the practice's first owner could not be made. Checked after the change, under the changed user's row lock.
     */
    private void requireAnActiveAdministrator(User changed) {
        em.flush();
        boolean someone = em.createQuery("select u from User u where u.active = true", User.class)
                .getResultStream()
                .anyMatch(u -> u.roles().contains(Role.ADMIN));
        if (!someone) {
            throw new ConflictException(changed.displayName()
                    + " is the practice's last active administrator: give someone else the role of administrator"
                    + " first.");
        }
    }
}
