package org.hisops.db.oracle.emulated.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.hisops.db.oracle.catalogue.OracleCatalogue;

/**
 * The Data Guard role transitions of the emulated Oracle (emulated, not Oracle): the ALTER DATABASE statements of a
 * switchover, a failover and Redo Apply change the scenario's V$DATABASE (DATABASE_ROLE, OPEN_MODE,
 * SWITCHOVER_STATUS) and V$MANAGED_STANDBY (MRP0) rows as 10.2 and 11.2 would, and refuse a statement in the wrong
 * state with the error Oracle gives. A pair's other database ({@code dataguard.partner}) gets its part (the standby
 * sees TO PRIMARY once the primary has committed to be a standby). The SQL*Plus steps between (SHUTDOWN, STARTUP
 * MOUNT) are not statements a JDBC client sends: the emulated instance is mounted at once, as if the DBA had done
 * them. The changed state lasts until the emulation stops (or {@link #reset()}).
 */
final class RoleTransitions {

    /** Instance state after a transition, by scenario name (the scenario file gives the state before). */
    private static final Map<String, Scenario.State> STATES = new ConcurrentHashMap<>();

    private RoleTransitions() {
    }

    static Scenario.State state(Scenario scenario) {
        return STATES.getOrDefault(scenario.name(), scenario.state());
    }

    static void reset() {
        STATES.clear();
    }

    private static String normalize(String sql) {
        return StatementKind.withoutCommentsAndLiterals(sql).strip().replaceAll(";$", "").replaceAll("\\s+", " ")
                .toUpperCase(Locale.ROOT);
    }

    /** Whether the statement is a role transition this class emulates. */
    static boolean handles(String sql) {
        String t = normalize(sql);
        return t.startsWith("ALTER DATABASE COMMIT TO SWITCHOVER ")
                || t.startsWith("ALTER DATABASE RECOVER MANAGED STANDBY DATABASE") || t.equals("ALTER DATABASE OPEN");
    }

    private record Db(String role, String openMode, String status) {
    }

    static synchronized void apply(Scenario scenario, OracleCatalogue catalogue, boolean sysdba, String sql)
            throws SQLException {
        if (!sysdba) {
            throw OracleError.INSUFFICIENT_PRIVILEGES.exception(); // role transitions need SYSDBA
        }
        String t = normalize(sql);
        try (Connection c = EmulatedDatabase.of(scenario, catalogue).admin()) {
            Db me = read(c);
            if (t.startsWith("ALTER DATABASE COMMIT TO SWITCHOVER TO PHYSICAL STANDBY")) {
                toStandby(scenario, catalogue, c, me, t.contains("WITH SESSION SHUTDOWN"));
            } else if (t.startsWith("ALTER DATABASE COMMIT TO SWITCHOVER TO PRIMARY")) {
                if (!me.role().equals("PHYSICAL STANDBY")) {
                    throw OracleError.NOT_STANDBY_CONTROLFILE.exception();
                }
                if (!me.status().equals("TO PRIMARY") && !me.status().equals("SESSIONS ACTIVE")) {
                    throw OracleError.MEDIA_RECOVERY_REQUIRED.exception();
                }
                update(c, "PRIMARY", "MOUNTED", "NOT ALLOWED");
                execute(c, "DELETE FROM V$MANAGED_STANDBY WHERE PROCESS LIKE 'MRP%'");
            } else if (t.equals("ALTER DATABASE OPEN")) {
                if (state(scenario) == Scenario.State.OPEN) {
                    throw OracleError.ALREADY_OPEN.exception();
                }
                Db partner = partner(scenario, catalogue);
                update(c, me.role(), me.role().equals("PRIMARY") ? "READ WRITE" : "READ ONLY",
                        me.role().equals("PRIMARY") && partner != null && partner.role().equals("PHYSICAL STANDBY")
                                ? "TO STANDBY" : "NOT ALLOWED");
                STATES.put(scenario.name(), Scenario.State.OPEN);
            } else {
                recover(c, me, t.substring("ALTER DATABASE RECOVER MANAGED STANDBY DATABASE".length()).strip());
            }
        }
    }

    private static void toStandby(Scenario scenario, OracleCatalogue catalogue, Connection c, Db me,
            boolean shutdownSessions) throws SQLException {
        if (!me.role().equals("PRIMARY")) {
            throw OracleError.TARGET_NOT_SYNCHRONIZED.exception();
        }
        if (me.status().equals("SESSIONS ACTIVE") && !shutdownSessions) {
            throw OracleError.SESSIONS_CONNECTED.exception();
        }
        if (!me.status().equals("TO STANDBY") && !me.status().equals("SESSIONS ACTIVE")) {
            throw OracleError.TARGET_NOT_SYNCHRONIZED.exception();
        }
        Scenario partner = partnerScenario(scenario);
        if (partner != null) {
            if (state(partner) == Scenario.State.DOWN) {
                throw OracleError.TARGET_NOT_SYNCHRONIZED.exception();
            }
            try (Connection p = EmulatedDatabase.of(partner, catalogue).admin()) {
                // A standby with a gap or without Redo Apply cannot take the end-of-redo: the switchover stops.
                if (count(p, "SELECT COUNT(*) FROM V$MANAGED_STANDBY WHERE PROCESS LIKE 'MRP%'") == 0
                        || count(p, "SELECT COUNT(*) FROM V$ARCHIVE_GAP") > 0) {
                    throw OracleError.TARGET_NOT_SYNCHRONIZED.exception();
                }
                Db other = read(p);
                update(p, other.role(), other.openMode(), "TO PRIMARY");
            }
        }
        update(c, "PHYSICAL STANDBY", "MOUNTED", "RECOVERY NEEDED");
        STATES.put(scenario.name(), Scenario.State.MOUNTED);
    }

    private static void recover(Connection c, Db me, String rest) throws SQLException {
        if (!me.role().equals("PHYSICAL STANDBY")) {
            throw OracleError.NOT_STANDBY_CONTROLFILE.exception();
        }
        boolean running = count(c, "SELECT COUNT(*) FROM V$MANAGED_STANDBY WHERE PROCESS LIKE 'MRP%'") > 0;
        if (rest.startsWith("CANCEL")) {
            if (!running) {
                throw OracleError.RECOVERY_NOT_ACTIVE.exception();
            }
            execute(c, "DELETE FROM V$MANAGED_STANDBY WHERE PROCESS LIKE 'MRP%'");
        } else if (rest.startsWith("FINISH")) {
            // Terminal recovery applies what was received and ends Redo Apply; the standby may then become primary.
            execute(c, "DELETE FROM V$MANAGED_STANDBY WHERE PROCESS LIKE 'MRP%'");
            update(c, me.role(), me.openMode(), "TO PRIMARY");
        } else {
            if (running) {
                throw OracleError.RECOVERY_ACTIVE.exception();
            }
            execute(c, "INSERT INTO V$MANAGED_STANDBY (PROCESS, STATUS, CLIENT_PROCESS) VALUES ('MRP0', "
                    + "'APPLYING_LOG', 'N/A')");
            if (me.status().equals("RECOVERY NEEDED")) {
                update(c, me.role(), me.openMode(), "NOT ALLOWED");
            }
        }
    }

    private static Scenario partnerScenario(Scenario scenario) {
        return scenario.partner() == null || scenario.partner().isEmpty() ? null : Scenario.load(scenario.partner());
    }

    private static Db partner(Scenario scenario, OracleCatalogue catalogue) throws SQLException {
        Scenario partner = partnerScenario(scenario);
        if (partner == null) {
            return null;
        }
        try (Connection p = EmulatedDatabase.of(partner, catalogue).admin()) {
            return read(p);
        }
    }

    private static Db read(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT DATABASE_ROLE, OPEN_MODE, SWITCHOVER_STATUS FROM V$DATABASE")) {
            if (!r.next()) {
                throw OracleError.ORACLE_NOT_AVAILABLE.exception();
            }
            return new Db(r.getString(1), r.getString(2), r.getString(3));
        }
    }

    private static void update(Connection c, String role, String openMode, String status) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE V$DATABASE SET DATABASE_ROLE = ?, OPEN_MODE = ?, SWITCHOVER_STATUS = ?")) {
            s.setString(1, role);
            s.setString(2, openMode);
            s.setString(3, status);
            s.executeUpdate();
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
