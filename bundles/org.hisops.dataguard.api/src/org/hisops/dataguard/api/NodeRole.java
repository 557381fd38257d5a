package org.hisops.dataguard.api;

/** What a database of a system turned out to be when it was read. */
public enum NodeRole {
    /** Open read write, the source of redo/WAL. */
    PRIMARY,
    /** A physical standby (Oracle) or a server in recovery (PostgreSQL). */
    STANDBY,
    /** Not read (unreachable) or a role HisOps does not follow (logical or snapshot standby). */
    UNKNOWN
}
