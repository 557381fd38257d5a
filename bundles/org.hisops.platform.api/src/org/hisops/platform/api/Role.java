package org.hisops.platform.api;

/** What the person at the keyboard may do. Everyone is an operator; an administrator has signed in with the password. */
public enum Role {
    /** Reads, runs checks, sees the switches; changes nothing that the installation or a database depends on. */
    OPERATOR,
    /** Changes switches, sites, trusted vendors and bundles, and runs dangerous actions after confirmation. */
    ADMINISTRATOR;

    /** The key of this role's name in the platform's translations. */
    public String nameKey() {
        return "role." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
