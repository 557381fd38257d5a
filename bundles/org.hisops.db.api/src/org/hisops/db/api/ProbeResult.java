package org.hisops.db.api;

import java.time.Duration;

/**
 * What "Test connection" found.
 *
 * @param engine the engine the server says it is (KingbaseES is told from PostgreSQL by its version text)
 * @param version the exact server version
 * @param banner the server's version text (V$VERSION banner, version())
 * @param databaseName database name (Oracle NAME / DB_UNIQUE_NAME, PostgreSQL current_database())
 * @param instanceName Oracle instance name; PostgreSQL: the server address and port
 * @param openMode Oracle OPEN_MODE (READ WRITE, MOUNTED, READ ONLY, READ ONLY WITH APPLY); PostgreSQL READ WRITE or
 *            READ ONLY (hot standby)
 * @param databaseRole PRIMARY, PHYSICAL STANDBY, LOGICAL STANDBY, SNAPSHOT STANDBY (Oracle); PRIMARY or STANDBY
 * @param connectTime how long the connection took
 * @param roundTrip median time of a trivial statement
 * @param driver the driver that reached it (e.g. "Oracle JDBC 11.2.0.4")
 * @param emulated whether this is the Oracle stand-in
 */
public record ProbeResult(Engine engine, DbVersion version, String banner, String databaseName, String instanceName,
        String openMode, String databaseRole, Duration connectTime, Duration roundTrip, String driver,
        boolean emulated) {
}
