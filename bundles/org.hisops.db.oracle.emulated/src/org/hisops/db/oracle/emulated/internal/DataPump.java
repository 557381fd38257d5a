package org.hisops.db.oracle.emulated.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hisops.db.oracle.catalogue.OracleCatalogue;

/**
 * The DBMS_DATAPUMP calls HisOps sends, carried out by the emulated Oracle (emulated, not Oracle): a block that OPENs
 * an EXPORT job, ADD_FILEs its log and dump files, filters schemas, sets FLASHBACK_SCN and the degree, STARTs and
 * DETACHes; and a block that ATTACHes to a job and STOP_JOBs it. Only the named-notation calls of those two blocks
 * are understood; any other PL/SQL is refused as before.
 * <p>
 * What is emulated: the job is a row of DBA_DATAPUMP_JOBS (STATE EXECUTING) and its work a row of V$SESSION_LONGOPS
 * (OPNAME = the job name, UNITS MB, TOTALWORK = the table and LOB segments of the schemas in DBA_SEGMENTS). Each
 * query that reads DBA_DATAPUMP_JOBS moves every executing job a quarter of its work on, so a job progresses over
 * polls and not over time (tests never depend on timing); at the end its row leaves DBA_DATAPUMP_JOBS, as Oracle
 * drops a finished job's master table. STOP_JOB with KEEP_MASTER 0 removes the row at once and leaves the work where
 * it was. Errors as Oracle raises them: a log file in a directory object that does not exist, or that the user may
 * not write, ORA-39002/ORA-39070/ORA-39087; the same for a dump file ORA-39001/ORA-39000/ORA-39087; a job name in
 * use ORA-31634; ATTACH to an unknown job ORA-31626. Not emulated: files, the rows themselves, EXP_FULL_DATABASE
 * (HisOps checks it before it starts a job).
 */
final class DataPump {

    private static final Pattern CALL = Pattern.compile("(?is)(?:\\w+\\s*:=\\s*)?DBMS_DATAPUMP\\.(\\w+)\\s*\\((.*)\\)\\s*");
    private static final Pattern ARGUMENT = Pattern.compile("(?is)(\\w+)\\s*=>\\s*('(?:[^']|'')*'|[\\w$.]+)");
    private static final int STEPS = 4;

    private DataPump() {
    }

    static boolean handles(String sql) {
        String t = sql.toUpperCase(Locale.ROOT);
        return t.contains("DBMS_DATAPUMP.") && t.strip().startsWith("DECLARE");
    }

    /** Whether a query reads DBA_DATAPUMP_JOBS (it then sees the jobs one step further). */
    static boolean polls(String sql) {
        return StatementKind.withoutCommentsAndLiterals(sql).toUpperCase(Locale.ROOT).contains("DBA_DATAPUMP_JOBS");
    }

    static void apply(Scenario scenario, OracleCatalogue catalogue, String user, boolean sysdba, boolean readOnly,
            String block) throws SQLException {
        if (readOnly) {
            throw OracleError.READ_ONLY_TRANSACTION.exception();
        }
        String owner = user.toUpperCase(Locale.ROOT);
        String body = block.replaceFirst("(?is)^\\s*DECLARE.*?BEGIN", "").replaceFirst("(?is)END\\s*;?\\s*$", "");
        List<String> calls = statements(body);
        try (Connection c = EmulatedDatabase.of(scenario, catalogue).admin()) {
            c.setAutoCommit(false);
            Job job = null;
            for (String call : calls) {
                Matcher m = CALL.matcher(call);
                if (!m.matches()) {
                    throw unsupported(call);
                }
                String name = m.group(1).toUpperCase(Locale.ROOT);
                java.util.Map<String, String> args = arguments(m.group(2));
                switch (name) {
                    case "OPEN" -> {
                        job = new Job(owner, text(args.get("job_name")), text(args.get("operation")),
                                text(args.get("job_mode")));
                        if (exists(c, owner, job.name)) {
                            throw OracleError.DATAPUMP_JOB_EXISTS.exception();
                        }
                    }
                    case "ADD_FILE" -> {
                        String directory = text(args.get("directory"));
                        boolean log = String.valueOf(args.get("filetype")).toUpperCase(Locale.ROOT)
                                .endsWith("KU$_FILE_TYPE_LOG_FILE");
                        if (!writable(c, directory, owner, sysdba)) {
                            throw (log ? OracleError.DATAPUMP_LOG_DIRECTORY : OracleError.DATAPUMP_DUMP_DIRECTORY)
                                    .exception(directory);
                        }
                    }
                    case "METADATA_FILTER" -> {
                        if ("SCHEMA_EXPR".equalsIgnoreCase(text(args.get("name"))) && job != null) {
                            Matcher s = Pattern.compile("'([^']+)'").matcher(text(args.get("value")));
                            while (s.find()) {
                                job.schemas.add(s.group(1));
                            }
                        }
                    }
                    case "SET_PARAMETER", "DETACH" -> {
                        // FLASHBACK_SCN and detaching change nothing the emulated dictionary shows.
                    }
                    case "SET_PARALLEL" -> job.degree = Integer.parseInt(args.get("degree"));
                    case "START_JOB" -> start(c, scenario, job);
                    case "ATTACH" -> {
                        job = new Job(text(args.get("job_owner")), text(args.get("job_name")), "", "");
                        if (!exists(c, job.owner, job.name)) {
                            throw OracleError.DATAPUMP_NO_SUCH_JOB.exception();
                        }
                    }
                    case "STOP_JOB" -> {
                        try (PreparedStatement s = c.prepareStatement(
                                "DELETE FROM DBA_DATAPUMP_JOBS WHERE OWNER_NAME = ? AND JOB_NAME = ?")) {
                            s.setString(1, job.owner);
                            s.setString(2, job.name);
                            s.executeUpdate();
                        }
                    }
                    default -> throw unsupported(call);
                }
            }
            c.commit();
        }
    }

    /** Before a query of DBA_DATAPUMP_JOBS: every executing job one step on; a finished one leaves the view. */
    static void poll(Scenario scenario, OracleCatalogue catalogue) throws SQLException {
        try (Connection c = EmulatedDatabase.of(scenario, catalogue).admin()) {
            List<String[]> running = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT OWNER_NAME, JOB_NAME FROM DBA_DATAPUMP_JOBS WHERE STATE = 'EXECUTING'");
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    running.add(new String[] { rs.getString(1), rs.getString(2) });
                }
            }
            for (String[] job : running) {
                try (PreparedStatement s = c.prepareStatement("UPDATE V$SESSION_LONGOPS SET SOFAR = LEAST(TOTALWORK, "
                        + "SOFAR + CEIL(TOTALWORK / " + STEPS + ")), LAST_UPDATE_TIME = LAST_UPDATE_TIME + INTERVAL '60' "
                        + "SECOND WHERE OPNAME = ?")) {
                    s.setString(1, job[1]);
                    s.executeUpdate();
                }
                try (PreparedStatement s = c.prepareStatement("DELETE FROM DBA_DATAPUMP_JOBS WHERE OWNER_NAME = ? AND "
                        + "JOB_NAME = ? AND EXISTS (SELECT 1 FROM V$SESSION_LONGOPS WHERE OPNAME = ? AND SOFAR >= "
                        + "TOTALWORK)")) {
                    s.setString(1, job[0]);
                    s.setString(2, job[1]);
                    s.setString(3, job[1]);
                    s.executeUpdate();
                }
            }
        }
    }

    private static void start(Connection c, Scenario scenario, Job job) throws SQLException {
        long bytes = 0;
        String owners = job.schemas.isEmpty() ? "" : " AND OWNER IN (" + String.join(",",
                job.schemas.stream().map(x -> "?").toList()) + ")";
        try (PreparedStatement s = c.prepareStatement("SELECT COALESCE(SUM(BYTES), 0) FROM DBA_SEGMENTS WHERE "
                + "(SEGMENT_TYPE LIKE 'TABLE%' OR SEGMENT_TYPE LIKE 'LOB%') AND SEGMENT_TYPE <> 'LOBINDEX'" + owners)) {
            for (int i = 0; i < job.schemas.size(); i++) {
                s.setString(i + 1, job.schemas.get(i));
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                bytes = rs.getLong(1);
            }
        }
        LocalDateTime now = scenario.clock() != null ? scenario.clock() : LocalDateTime.now().withNano(0);
        try (PreparedStatement s = c.prepareStatement("INSERT INTO DBA_DATAPUMP_JOBS (OWNER_NAME, JOB_NAME, OPERATION, "
                + "JOB_MODE, STATE, DEGREE, ATTACHED_SESSIONS, DATAPUMP_SESSIONS) VALUES (?, ?, ?, ?, 'EXECUTING', ?, 0, ?)")) {
            s.setString(1, job.owner);
            s.setString(2, job.name);
            s.setString(3, job.operation);
            s.setString(4, job.mode);
            s.setInt(5, job.degree);
            s.setInt(6, job.degree + 1);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("DELETE FROM V$SESSION_LONGOPS WHERE OPNAME = ?")) {
            s.setString(1, job.name);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO V$SESSION_LONGOPS (OPNAME, TARGET_DESC, SOFAR, "
                + "TOTALWORK, UNITS, START_TIME, LAST_UPDATE_TIME) VALUES (?, ?, 0, ?, 'MB', ?, ?)")) {
            s.setString(1, job.name);
            s.setString(2, job.operation);
            s.setLong(3, Math.max(1, (bytes + (1 << 20) - 1) >> 20));
            s.setTimestamp(4, Timestamp.valueOf(now));
            s.setTimestamp(5, Timestamp.valueOf(now));
            s.executeUpdate();
        }
    }

    private static boolean exists(Connection c, String owner, String name) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT 1 FROM DBA_DATAPUMP_JOBS WHERE OWNER_NAME = ? AND JOB_NAME = ?")) {
            s.setString(1, owner);
            s.setString(2, name);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** The directory exists and the user (or PUBLIC, or a role of his) holds WRITE on it; SYSDBA may use any. */
    private static boolean writable(Connection c, String directory, String owner, boolean sysdba) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM DBA_DIRECTORIES WHERE DIRECTORY_NAME = ?")) {
            s.setString(1, directory);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return false;
                }
            }
        }
        if (sysdba) {
            return true;
        }
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM DBA_TAB_PRIVS WHERE OWNER = 'SYS' AND TABLE_NAME = ? "
                + "AND PRIVILEGE = 'WRITE' AND (GRANTEE IN (?, 'PUBLIC') OR GRANTEE IN (SELECT GRANTED_ROLE FROM "
                + "DBA_ROLE_PRIVS WHERE GRANTEE = ?))")) {
            s.setString(1, directory);
            s.setString(2, owner);
            s.setString(3, owner);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static List<String> statements(String body) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean literal = false;
        for (char ch : body.toCharArray()) {
            if (ch == '\'') {
                literal = !literal;
            }
            if (ch == ';' && !literal) {
                if (!current.toString().isBlank()) {
                    out.add(current.toString().strip());
                }
                current.setLength(0);
            } else {
                current.append(ch);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }

    private static java.util.Map<String, String> arguments(String text) {
        java.util.Map<String, String> args = new java.util.HashMap<>();
        Matcher m = ARGUMENT.matcher(text);
        while (m.find()) {
            args.put(m.group(1).toLowerCase(Locale.ROOT), m.group(2));
        }
        return args;
    }

    /** A PL/SQL string literal's value ('' stands for '). */
    private static String text(String literal) {
        if (literal == null) {
            return "";
        }
        String t = literal.strip();
        return t.startsWith("'") && t.endsWith("'") ? t.substring(1, t.length() - 1).replace("''", "'") : t;
    }

    private static SQLException unsupported(String call) {
        return new SQLException("the emulated Oracle server (H2) cannot run this PL/SQL: " + call, "0A000", 0);
    }

    private static final class Job {
        final String owner;
        final String name;
        final String operation;
        final String mode;
        final List<String> schemas = new ArrayList<>();
        int degree = 1;

        Job(String owner, String name, String operation, String mode) {
            this.owner = owner;
            this.name = name;
            this.operation = operation;
            this.mode = mode;
        }
    }
}
