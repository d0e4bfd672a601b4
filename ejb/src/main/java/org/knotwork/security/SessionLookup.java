package org.knotwork.security;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.knotwork.platform.KnotworkDatabase;

/**
 * Finds the session a request's token belongs to: the cost every signed-in request pays, so it is one statement
 * over primary keys (session by token hash, its user, the user's roles), outside any transaction. The last-seen
 * time is written only when it has grown stale ({@link SessionTimeouts#needsRefresh}); an ended or timed-out
 * session's row is deleted.
 */
@ApplicationScoped
public class SessionLookup {

    private static final String FIND = """
            select s.id, s.step, s.created_at, s.last_seen_at, u.id as user_id, u.username, u.display_name,
                   array(select r.role from user_roles r where r.user_id = u.id) as roles
            from sign_in_sessions s join users u on u.id = s.user_id
            where s.token_hash = ? and u.active
            """;

    @Resource(lookup = KnotworkDatabase.JNDI_NAME)
    private DataSource dataSource;

    @Inject
    private SecuritySettings settings;

    @Inject
    private Clock clock;

    /** The session of this token if it is open, its idle clock moved on; empty for any other token. */
    public Optional<SignedInUser> find(String token) {
        if (!SessionTokens.isWellFormed(token)) {
            return Optional.empty();
        }
        String hash = SessionTokens.hash(token);
        Instant now = clock.instant();
        SessionTimeouts timeouts = settings.sessionTimeouts();
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement find = connection.prepareStatement(FIND)) {
                find.setString(1, hash);
                try (ResultSet row = find.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                    SessionStep step = SessionStep.valueOf(row.getString("step"));
                    Instant created = row.getTimestamp("created_at").toInstant();
                    Instant lastSeen = row.getTimestamp("last_seen_at").toInstant();
                    if (!timeouts.isOpenAt(now, created, lastSeen, step)) {
                        execute(connection, "delete from sign_in_sessions where token_hash = ?", hash, null);
                        return Optional.empty();
                    }
                    if (timeouts.needsRefresh(now, lastSeen)) {
                        execute(
                                connection,
                                "update sign_in_sessions set last_seen_at = ? where token_hash = ? and last_seen_at < ?",
                                hash,
                                now);
                    }
                    return Optional.of(new SignedInUser(
                            row.getObject("id", UUID.class),
                            step,
                            row.getObject("user_id", UUID.class),
                            row.getString("username"),
                            row.getString("display_name"),
                            roles(row.getArray("roles"))));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not look up the session", e);
        }
    }

    private static void execute(Connection connection, String sql, String hash, Instant now) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (now == null) {
                statement.setString(1, hash);
            } else {
                statement.setTimestamp(1, Timestamp.from(now));
                statement.setString(2, hash);
                statement.setTimestamp(3, Timestamp.from(now));
            }
            statement.executeUpdate();
        }
    }

    private static Set<Role> roles(Array array) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Object name : (Object[]) array.getArray()) {
            roles.add(Role.valueOf((String) name));
        }
        return roles;
    }
}
