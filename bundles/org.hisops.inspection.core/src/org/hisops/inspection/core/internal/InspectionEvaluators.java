package org.hisops.inspection.core.internal;

import static org.hisops.checks.api.Severity.ERROR;
import static org.hisops.checks.api.Severity.INFO;
import static org.hisops.checks.api.Severity.WARNING;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.hisops.checks.api.CheckContext;
import org.hisops.checks.api.Finding;
import org.hisops.checks.api.Row;
import org.hisops.checks.api.Severity;

/**
 * The inspection checks' judgement. Thresholds are {@link Threshold}s: a default the author used on monthly hospital
 * inspections, overridable per site; each finding names the threshold it was judged by. Findings carry figures as
 * text (MB, %, hours) so a stored run reads back the same.
 */
final class InspectionEvaluators {

    private static final long MB = 1024L * 1024L;
    private static final Set<String> DATABASE_BACKUPS = Set.of("DB FULL", "DB INCR");

    private InspectionEvaluators() {
    }

    static List<Finding> tablespaces(CheckContext c) throws SQLException {
        double warning = Threshold.SPACE_WARNING_PERCENT.of(c);
        double error = Threshold.SPACE_ERROR_PERCENT.of(c);
        List<Finding> findings = new ArrayList<>();
        for (Row r : c.query("inspection.ora.tablespaces")) {
            long allocated = r.number("ALLOCATED_BYTES", 0);
            long reachable = Math.max(allocated, r.number("REACHABLE_BYTES", 0));
            long used = allocated - r.number("FREE_BYTES", 0);
            int percent = percent(used, reachable);
            Severity s = percent >= error ? ERROR : percent >= warning ? WARNING : null;
            if (s != null) {
                String name = r.text("TABLESPACE_NAME");
                findings.add(Finding.of(s, "finding.tablespace.full", name, name, percent, used / MB, reachable / MB,
                        Threshold.text(s == ERROR ? error : warning)));
            }
        }
        return findings;
    }

    static List<Finding> temp(CheckContext c) throws SQLException {
        double limit = Threshold.TEMP_PERCENT.of(c);
        List<Finding> findings = new ArrayList<>();
        for (Row r : c.query("inspection.ora.temp")) {
            long used = r.number("USED_BYTES", 0);
            long total = used + r.number("FREE_BYTES", 0);
            int percent = percent(used, total);
            if (percent >= limit) {
                String name = r.text("TABLESPACE_NAME");
                findings.add(Finding.of(WARNING, "finding.temp.full", name, name, percent, total / MB,
                        Threshold.text(limit)));
            }
        }
        return findings;
    }

    static List<Finding> recoveryArea(CheckContext c) throws SQLException {
        double warning = Threshold.RECOVERY_WARNING_PERCENT.of(c);
        double error = Threshold.RECOVERY_ERROR_PERCENT.of(c);
        List<Finding> findings = new ArrayList<>();
        for (Row r : c.query("inspection.ora.recovery.area")) {
            long limit = r.number("SPACE_LIMIT", 0);
            if (r.text("NAME") == null || limit == 0) {
                continue; // no recovery area: the archive destinations are judged by their own check
            }
            long used = r.number("SPACE_USED", 0) - r.number("SPACE_RECLAIMABLE", 0);
            int percent = percent(used, limit);
            Severity s = percent >= error ? ERROR : percent >= warning ? WARNING : null;
            if (s != null) {
                findings.add(Finding.of(s, "finding.recovery.area.full", r.text("NAME"), r.text("NAME"), percent,
                        used / MB, limit / MB, Threshold.text(s == ERROR ? error : warning)));
            }
        }
        return findings;
    }

    static List<Finding> archiveDestinations(CheckContext c) throws SQLException {
        List<Finding> findings = new ArrayList<>();
        for (Row r : c.query("inspection.ora.archive.dest")) {
            String status = r.text("STATUS");
            if (Set.of("ERROR", "FULL", "BAD PARAM").contains(status)) {
                findings.add(Finding.of(ERROR, "finding.archive.dest.status", r.text("DEST_NAME"), r.text("DEST_NAME"),
                        status, r.text("TARGET")));
            }
        }
        return findings;
    }

    /** Switch frequency: a WARNING for each hour above the limit. */
    static List<Finding> logSwitches(CheckContext c) throws SQLException {
        double limit = Threshold.LOG_SWITCHES_PER_HOUR.of(c);
        List<Finding> findings = new ArrayList<>();
        for (Row r : c.query("inspection.ora.log.switches")) {
            long switches = r.number("SWITCHES", 0);
            if (switches > limit) {
                findings.add(Finding.of(WARNING, "finding.log.switches", "hour", r.text("LOG_HOUR"), switches,
                        Threshold.text(limit)));
            }
        }
        return findings;
    }

    /**
     * Archive generation per hour (switches times the online log size): always reported as INFO with the day's total
     * and the busiest hour, the figures the monthly report charts.
     */
    static List<Finding> archiveGeneration(CheckContext c) throws SQLException {
        long logBytes = 0;
        for (Row r : c.query("inspection.ora.log.size")) {
            logBytes = Math.max(logBytes, r.number("LOG_BYTES", 0));
        }
        long total = 0;
        long peak = 0;
        String peakHour = "";
        for (Row r : c.query("inspection.ora.log.switches")) {
            long switches = r.number("SWITCHES", 0);
            total += switches;
            if (switches > peak) {
                peak = switches;
                peakHour = r.text("LOG_HOUR");
            }
        }
        return List.of(Finding.of(INFO, "finding.archive.generation", "archive", total * logBytes / MB,
                peak * logBytes / MB, peakHour));
    }

    static List<Finding> rmanBackups(CheckContext c) throws SQLException {
        double maxAge = Threshold.BACKUP_AGE_HOURS.of(c);
        List<Finding> findings = new ArrayList<>();
        List<Row> jobs = c.query("inspection.ora.rman.jobs");
        Instant now = jobs.isEmpty() ? instant(c.query("inspection.ora.server.time").get(0).get("SERVER_TIME"))
                : instant(jobs.get(0).get("SERVER_TIME"));
        Instant lastGood = null;
        for (Row r : jobs) {
            String status = r.text("STATUS");
            String type = r.text("INPUT_TYPE");
            if (status != null && status.startsWith("FAILED")) {
                findings.add(Finding.of(WARNING, "finding.rman.failed", "rman " + type, type,
                        text(r.get("START_TIME"))));
            } else if (DATABASE_BACKUPS.contains(type) && status != null && status.startsWith("COMPLETED")) {
                Instant end = instant(r.get("END_TIME"));
                if (end != null && (lastGood == null || end.isAfter(lastGood))) {
                    lastGood = end;
                }
            }
        }
        if (lastGood == null) {
            findings.add(Finding.of(ERROR, "finding.rman.none", "rman backup", 8));
        } else if (now != null) {
            double hours = Duration.between(lastGood, now).toMinutes() / 60.0;
            if (hours > maxAge) {
                findings.add(Finding.of(ERROR, "finding.rman.old", "rman backup",
                        String.format(Locale.ROOT, "%.1f", hours), text(lastGood), Threshold.text(maxAge)));
            }
        }
        return findings;
    }

    static List<Finding> invalidObjects(CheckContext c) throws SQLException {
        return c.query("inspection.ora.invalid.objects").stream()
                .map(r -> Finding.of(WARNING, "finding.invalid.objects", r.text("OWNER") + "." + r.text("OBJECT_TYPE"),
                        r.text("OWNER"), r.text("OBJECT_TYPE"), r.number("OBJECTS", 0), r.text("FIRST_NAME"))
                        .withFixup("@?/rdbms/admin/utlrp.sql"))
                .toList();
    }

    /**
     * Application accounts locked or expired (WARNING), OPEN accounts expiring within two weeks (WARNING). Accounts
     * Oracle installs locked are left out (data/oracle-accounts.txt).
     */
    static List<Finding> accounts(CheckContext c) throws SQLException {
        Set<String> oracle = Set.copyOf(c.dataFile("data/oracle-accounts.txt").lines().map(String::trim)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList());
        double expiryDays = Threshold.PASSWORD_EXPIRY_DAYS.of(c);
        List<Finding> findings = new ArrayList<>();
        for (Row r : c.query("inspection.ora.accounts")) {
            String user = r.text("USERNAME");
            if (oracle.contains(user)) {
                continue;
            }
            String status = r.text("ACCOUNT_STATUS");
            if (!"OPEN".equals(status)) {
                findings.add(Finding.of(WARNING, "finding.account.status", user, user, status));
                continue;
            }
            Instant expiry = instant(r.get("EXPIRY_DATE"));
            Instant now = instant(r.get("SERVER_TIME"));
            if (expiry != null && now != null) {
                long days = Duration.between(now, expiry).toDays();
                if (days <= expiryDays) {
                    findings.add(Finding.of(WARNING, "finding.account.expiring", user, user, days, text(expiry),
                            Threshold.text(expiryDays)));
                }
            }
        }
        return findings;
    }

    /** 11.2: an OPEN account with its default password is an ERROR, a locked one INFO. */
    static List<Finding> defaultPasswords(CheckContext c) throws SQLException {
        return c.query("inspection.ora.default.passwords").stream().map(r -> {
            String user = r.text("USERNAME");
            boolean open = "OPEN".equals(r.text("ACCOUNT_STATUS"));
            return open ? Finding.of(ERROR, "finding.default.password.open", user, user)
                    .withFixup("ALTER USER " + user + " PASSWORD EXPIRE")
                    : Finding.of(INFO, "finding.default.password.locked", user, user, r.text("ACCOUNT_STATUS"));
        }).toList();
    }

    static List<Finding> failedJobs(CheckContext c) throws SQLException {
        return c.query("inspection.ora.failed.jobs").stream()
                .map(r -> Finding.of(WARNING, "finding.job.failed", r.text("OWNER") + "." + r.text("JOB_NAME"),
                        r.text("OWNER"), r.text("JOB_NAME"), r.number("FAILURES", 0), r.text("LAST_FAILURE")))
                .toList();
    }

    // PostgreSQL / KingbaseES

    static List<Finding> databaseSizes(CheckContext c) throws SQLException {
        return c.query("inspection.pg.database.size").stream().map(r -> Finding.of(INFO, "finding.pg.database.size",
                r.text("DATNAME"), r.text("DATNAME"), r.number("SIZE_BYTES", 0) / MB)).toList();
    }

    static List<Finding> longTransactions(CheckContext c) throws SQLException {
        double threshold = Threshold.LONG_TRANSACTION_SECONDS.of(c);
        return c.query("inspection.pg.long.transactions", threshold).stream()
                .map(r -> Finding.of(WARNING, "finding.pg.long.transaction",
                        r.text("USENAME") + "@" + r.text("DATNAME"), r.text("PID"), r.text("USENAME"),
                        r.text("DATNAME"), r.text("STATE"), r.number("SECONDS", 0), Threshold.text(threshold)))
                .toList();
    }

    static List<Finding> connections(CheckContext c) throws SQLException {
        double warning = Threshold.CONNECTIONS_WARNING_PERCENT.of(c);
        double error = Threshold.CONNECTIONS_ERROR_PERCENT.of(c);
        Row r = c.query("inspection.pg.connections").get(0);
        long usable = r.number("MAX_CONNECTIONS", 0) - r.number("RESERVED", 0);
        long used = r.number("USED", 0);
        int percent = percent(used, usable);
        Severity s = percent >= error ? ERROR : percent >= warning ? WARNING : null;
        return s == null ? List.of() : List.of(Finding.of(s, "finding.pg.connections", "connections", used, usable,
                percent, Threshold.text(s == ERROR ? error : warning)));
    }

    static List<Finding> archiver(CheckContext c) throws SQLException {
        Row r = c.query("inspection.pg.archiver").get(0);
        if ("off".equals(r.text("ARCHIVE_MODE"))) {
            return List.of(Finding.of(WARNING, "finding.pg.archive.off", "archive_mode"));
        }
        Instant failed = instant(r.get("LAST_FAILED_TIME"));
        Instant archived = instant(r.get("LAST_ARCHIVED_TIME"));
        if (failed != null && (archived == null || failed.isAfter(archived))) {
            return List.of(Finding.of(ERROR, "finding.pg.archive.failing", "archive_command",
                    r.text("LAST_FAILED_WAL"), r.number("FAILED_COUNT", 0), text(archived)));
        }
        return List.of();
    }

    static List<Finding> replicationSlots(CheckContext c) throws SQLException {
        double errorMb = Threshold.SLOT_RETAINED_WAL_MB.of(c);
        List<Finding> findings = new ArrayList<>();
        for (Row r : c.query("inspection.pg.replication.slots")) {
            if (!Boolean.TRUE.equals(r.get("ACTIVE")) && !"t".equals(r.text("ACTIVE"))) {
                long retained = r.number("RETAINED_BYTES", 0);
                findings.add(Finding.of(retained / (double) MB >= errorMb ? ERROR : WARNING,
                        "finding.pg.slot.inactive", r.text("SLOT_NAME"), r.text("SLOT_NAME"), retained / MB,
                        Threshold.text(errorMb)));
            }
        }
        return findings;
    }

    /** Many dead rows in a table of some size: VACUUM is not keeping up (bloat grows). */
    static List<Finding> deadTuples(CheckContext c) throws SQLException {
        double limit = Threshold.DEAD_ROWS_PERCENT.of(c);
        double minimum = Threshold.DEAD_ROWS_MINIMUM.of(c);
        List<Finding> findings = new ArrayList<>();
        for (Row r : c.query("inspection.pg.dead.tuples", (long) minimum)) {
            long live = r.number("N_LIVE_TUP", 0);
            long dead = r.number("N_DEAD_TUP", 0);
            int percent = percent(dead, live + dead);
            if (percent >= limit && dead > minimum) {
                String table = r.text("SCHEMANAME") + "." + r.text("RELNAME");
                findings.add(Finding.of(WARNING, "finding.pg.dead.tuples", table, table, dead, percent,
                        Threshold.text(limit))
                        .withFixup("VACUUM (VERBOSE, ANALYZE) " + table));
            }
        }
        return findings;
    }

    /** Requested checkpoints outnumbering timed ones mean max_wal_size is too small for the write load. */
    static List<Finding> checkpoints(CheckContext c) throws SQLException {
        double minimum = Threshold.REQUESTED_CHECKPOINTS_MINIMUM.of(c);
        Row r = c.query("inspection.pg.checkpoints").get(0);
        long timed = r.number("TIMED", 0);
        long requested = r.number("REQUESTED", 0);
        return requested > timed && requested >= minimum
                ? List.of(Finding.of(WARNING, "finding.pg.checkpoints", "checkpoints", requested, timed,
                        Threshold.text(minimum)))
                : List.of();
    }

    static int percent(long part, long whole) {
        return whole <= 0 ? 0 : (int) Math.round(part * 100.0 / whole);
    }

    static Instant instant(Object value) {
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof LocalDateTime l) {
            return l.atZone(ZoneId.systemDefault()).toInstant();
        }
        if (value instanceof java.util.Date d) {
            return d.toInstant();
        }
        return null;
    }

    /** A time as the inspector reads it: minutes, the machine's time zone. */
    static String text(Object value) {
        Instant i = value instanceof Instant in ? in : instant(value);
        if (i == null) {
            return value == null ? "-" : value.toString();
        }
        return LocalDateTime.ofInstant(i, ZoneId.systemDefault()).withSecond(0).withNano(0).toString().replace('T',
                ' ');
    }
}
