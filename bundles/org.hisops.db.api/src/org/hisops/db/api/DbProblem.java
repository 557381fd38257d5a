package org.hisops.db.api;

/**
 * What went wrong when reaching or querying a database, in the terms a DBA acts on. The UI shows each with a
 * localised title and what to do ({@code problem.<name>.title} / {@code .action} in {@code org.hisops.db.api}'s
 * translations); {@link DatabaseException#serverCode()} keeps the server's own code (ORA-01017, 28P01, ...).
 */
public enum DbProblem {
    /** ORA-01017, 28P01. */
    WRONG_PASSWORD,
    /** ORA-28000. */
    ACCOUNT_LOCKED,
    /** ORA-28001: the password has expired. */
    PASSWORD_EXPIRED,
    /** PostgreSQL 28000: the server's host-based rules refuse this user, host or database. */
    ACCESS_REJECTED,
    /** ORA-12541, or nothing accepts connections on the Oracle listener port. */
    LISTENER_DOWN,
    /** ORA-12514 / ORA-12505: the listener does not know the service or SID; PostgreSQL 3D000: no such database. */
    UNKNOWN_SERVICE,
    /** ORA-01033, PostgreSQL 57P03: the instance is starting up or shutting down. */
    STARTING_OR_STOPPING,
    /** ORA-01219 / ORA-01109: the database is mounted but not open, so only V$ views can be read (as SYSDBA). */
    NOT_OPEN,
    /** ORA-01034: no instance is running. */
    INSTANCE_DOWN,
    /** ORA-01031, ORA-01017 on a SYSDBA connection without the password file entry, PostgreSQL 42501. */
    INSUFFICIENT_PRIVILEGE,
    /** ORA-00942 / PostgreSQL 42P01: a view or table is missing or not granted (for V$ views: SELECT_CATALOG_ROLE). */
    NO_SUCH_VIEW,
    /** The host name does not resolve. */
    UNKNOWN_HOST,
    /** The host answers but refuses the port (PostgreSQL not listening there, a firewall rejecting). */
    CONNECTION_REFUSED,
    /** A connection attempt or a statement took longer than the endpoint's timeout and was cancelled. */
    TIMEOUT,
    /** The user cancelled the work. */
    CANCELLED,
    /** The connection broke while in use: the server was killed or restarted, or the network dropped. */
    CONNECTION_LOST,
    /** A change was attempted in a read-only session (HisOps reads with read-only sessions). */
    READ_ONLY,
    /** No installed driver can reach this engine and version. */
    NO_DRIVER,
    /** No password is stored for the endpoint. */
    NO_CREDENTIALS,
    /** Anything else: the server's message is shown as it is. */
    OTHER;

    /** The translation key of the title. */
    public String titleKey() {
        return "problem." + name().toLowerCase(java.util.Locale.ROOT) + ".title";
    }

    /** The translation key of what to do. */
    public String actionKey() {
        return "problem." + name().toLowerCase(java.util.Locale.ROOT) + ".action";
    }
}
