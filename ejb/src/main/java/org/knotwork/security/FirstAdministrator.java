package org.knotwork.security;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * On the very first start there is nobody to sign in and create users, so Knotwork creates {@code admin}. Its
 * password comes from {@code knotwork.admin.initial-password}, or is made up and shown once in the log; either way
 * others may have seen it, so it must be changed at the first sign-in. Instances starting together on an empty
 * database create it once ({@link UserService#createFirstAdministrator}).
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class FirstAdministrator {

    static final String USERNAME = "admin";

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @Inject
    private UserService users;

    @Inject
    @ConfigProperty(name = "knotwork.admin.initial-password")
    private Optional<String> initialPassword;

    @PostConstruct
    void createIfNobodyExists() {
        if (users.anyoneExists()) {
            return;
        }
        String password = initialPassword.filter(p -> !p.isBlank()).orElseGet(Passwords::random);
        if (!users.createFirstAdministrator(new NewUser(USERNAME, "Administrator", password, Set.of(Role.ADMIN)))) {
            return;
        }
        if (initialPassword.isPresent()) {
            LOG.info("No users yet: created user admin with the password from knotwork.admin.initial-password;"
                    + " it must be changed at the first sign-in.");
        } else {
            // Shown once, now: nobody else could sign in to create the practice's users.
            LOG.warning("No users yet: created user admin with the password " + password
                    + " . Sign in, choose a new password and create the practice's first owner, who adds its therapists;"
                    + " this password is not shown again.");
        }
    }
}
