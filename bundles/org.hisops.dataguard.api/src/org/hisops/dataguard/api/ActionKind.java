package org.hisops.dataguard.api;

import org.hisops.db.api.Engine;

/**
 * The role and apply actions HisOps runs on a replicated system. Oracle actions run over SYSDBA connections,
 * PostgreSQL actions over SQL; each comes as a {@link Runbook} first.
 *
 * @since 1.1
 */
public enum ActionKind {
    /** Planned role change: the primary becomes a physical standby, the standby the primary (no data loss). */
    ORACLE_SWITCHOVER(false),
    /** The primary is lost: the physical standby applies what it received and becomes the primary. */
    ORACLE_FAILOVER(false),
    /** Starts Redo Apply (real-time apply) on the physical standby. */
    ORACLE_START_APPLY(false),
    /** Stops Redo Apply on the physical standby. */
    ORACLE_STOP_APPLY(false),
    /** Promotes the standby ({@code pg_promote()}); the old primary must be down or stopped. */
    PG_PROMOTE(true),
    /** Pauses WAL replay on the standby; WAL still arrives. */
    PG_PAUSE_REPLAY(true),
    /** Resumes WAL replay on the standby. */
    PG_RESUME_REPLAY(true);

    private final boolean postgres;

    ActionKind(boolean postgres) {
        this.postgres = postgres;
    }

    /** Whether the action applies to this engine. */
    public boolean appliesTo(Engine engine) {
        return postgres ? engine.postgresFamily() : engine == Engine.ORACLE;
    }

    /** Whether the action changes which database is the primary. */
    public boolean changesRoles() {
        return this == ORACLE_SWITCHOVER || this == ORACLE_FAILOVER || this == PG_PROMOTE;
    }

    /** Translation key of the action's name. */
    public String nameKey() {
        return "action." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
