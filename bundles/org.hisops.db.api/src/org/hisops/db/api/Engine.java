package org.hisops.db.api;

/** The database products HisOps reaches. */
public enum Engine {
    /** Oracle Database, 10.2 and later (10g through the 11.2.0.4 driver, 11.2 and later through the 19c driver). */
    ORACLE,
    /** PostgreSQL. */
    POSTGRESQL,
    /** KingbaseES (人大金仓), reached in its PostgreSQL-compatible mode unless a vendor driver is installed. */
    KINGBASE;

    /** Whether the engine speaks the PostgreSQL protocol and catalog (statements for POSTGRESQL apply). */
    public boolean postgresFamily() {
        return this != ORACLE;
    }

    /** The usual listener port. */
    public int defaultPort() {
        return switch (this) {
            case ORACLE -> 1521;
            case POSTGRESQL -> 5432;
            case KINGBASE -> 54321;
        };
    }
}
