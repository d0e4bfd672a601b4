package org.knotwork.security;

import java.util.Set;

/** Who is to be given access: the password is the first one, which its owner should change. */
public record NewUser(String username, String displayName, String password, Set<Role> roles) {

    public NewUser {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    @Override
    public String toString() {
        return "NewUser[" + username + ", " + roles + "]";
    }
}
