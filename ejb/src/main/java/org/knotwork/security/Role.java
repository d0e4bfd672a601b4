package org.knotwork.security;

/**
 * What a person does in the practice. A user holds one or more: a practice owner who also treats is OWNER and
 * THERAPIST. Stored and exchanged as named here; the database accepts only these names.
 */
public enum Role {
    /** Charts clients, sessions and notes. */
    THERAPIST("Therapist", "Therapists"),
    /** Reads everything in the practice and manages the people who use it. */
    OWNER("Practice owner", "Practice owners"),
    /** Manages users and reference data; does not chart and does not read clinical records. */
    ADMIN("Administrator", "Administrators");

    /** The names as compile-time constants, for {@code @RolesAllowed}. */
    public static final class Names {
        public static final String THERAPIST = "THERAPIST";
        public static final String OWNER = "OWNER";
        public static final String ADMIN = "ADMIN";

        private Names() {}
    }

    private final String label;
    private final String plural;

    Role(String label, String plural) {
        this.label = label;
        this.plural = plural;
    }

    /** One person's role: "Practice owner". */
    public String label() {
        return label;
    }

    /** Everyone holding the role: "Practice owners". */
    public String plural() {
        return plural;
    }

    /** Whether this role may create users, change their roles and deactivate them. */
    public boolean managesUsers() {
        return this == OWNER || this == ADMIN;
    }

    /**
     * Whether this role opens clients' records (therapists chart, owners read everything): only an owner gives it,
     * takes it, or acts on the account of someone who holds it ({@link RoleGrants}).
     */
    public boolean opensClinicalRecords() {
        return this == OWNER || this == THERAPIST;
    }
}
