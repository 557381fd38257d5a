package org.hisops.inspection.core.internal;

import static org.hisops.checks.api.Severity.ERROR;
import static org.hisops.checks.api.Severity.INFO;
import static org.hisops.checks.api.Severity.WARNING;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.hisops.checks.api.CheckContext;
import org.hisops.checks.api.Finding;
import org.hisops.checks.api.Row;

/** PostgreSQL / KingbaseES streaming replication and base backups, read on the server itself. */
final class ReplicationEvaluators {

    private static final long MB = 1024L * 1024L;

    private ReplicationEvaluators() {
    }

    private static boolean yes(Row r, String column) {
        Object v = r.get(column);
        return Boolean.TRUE.equals(v) || "t".equals(r.text(column)) || "true".equals(r.text(column));
    }

    /**
     * On a standby: its WAL receiver must be streaming. On a primary: each WAL sender streaming and within the lag
     * thresholds (bytes and time); each physical slot without a sender is a standby stopped or cut off (ERROR). A
     * server with neither senders nor physical slots has no replication to inspect.
     */
    static List<Finding> replication(CheckContext c) throws SQLException {
        Row role = c.query("inspection.pg.replication.role").get(0);
        if (yes(role, "IN_RECOVERY")) {
            String status = role.text("RECEIVER_STATUS");
            return "streaming".equals(status) ? List.of()
                    : List.of(Finding.of(ERROR, "finding.pg.standby.not.receiving", "wal receiver",
                            status == null ? "-" : status));
        }
        double lagMb = Threshold.REPLICATION_LAG_MB.of(c);
        double lagSeconds = Threshold.REPLICATION_LAG_SECONDS.of(c);
        List<Row> senders = c.query("inspection.pg.replication.senders");
        List<Row> idleSlots = c.query("inspection.pg.replication.idle.slots");
        if (senders.isEmpty() && role.number("PHYSICAL_SLOTS", 0) == 0) {
            throw c.notApplicable("na.no.replication");
        }
        List<Finding> findings = new ArrayList<>();
        Set<String> streaming = new HashSet<>();
        for (Row r : senders) {
            String name = r.text("APPLICATION_NAME");
            streaming.add(name);
            String state = r.text("STATE");
            long bytes = r.number("REPLAY_BYTES", 0);
            long seconds = r.number("REPLAY_SECONDS", 0);
            boolean late = false;
            if (!"streaming".equals(state)) {
                findings.add(Finding.of(WARNING, "finding.pg.sender.state", name, name, state));
                late = true;
            }
            if (bytes / (double) MB >= lagMb) {
                findings.add(Finding.of(WARNING, "finding.pg.replication.lag.bytes", name, name, bytes / MB,
                        Threshold.text(lagMb)));
                late = true;
            }
            if (seconds >= lagSeconds) {
                findings.add(Finding.of(WARNING, "finding.pg.replication.lag.time", name, name, seconds,
                        Threshold.text(lagSeconds)));
                late = true;
            }
            if (!late) {
                findings.add(Finding.of(INFO, "finding.pg.replication.streaming", name, name, r.text("SYNC_STATE"),
                        bytes / MB, seconds));
            }
        }
        for (Row r : idleSlots) {
            String slot = r.text("SLOT_NAME");
            if (!streaming.contains(slot)) {
                findings.add(Finding.of(ERROR, "finding.pg.standby.stopped", slot, slot));
            }
        }
        return findings;
    }

    /**
     * The newest base backup's age from its backup history file in pg_wal; none, or older than the backup age
     * threshold, is an ERROR. Not applicable on a standby (it writes no history file) or with archive_mode off (the
     * server deletes the file at once: the site's backup tool's own catalogue is then the only record).
     */
    static List<Finding> baseBackup(CheckContext c) throws SQLException {
        double maxHours = Threshold.BACKUP_AGE_HOURS.of(c);
        Row r = c.query("inspection.pg.base.backup").get(0);
        if (yes(r, "IN_RECOVERY")) {
            throw c.notApplicable("na.backup.standby");
        }
        if ("off".equals(r.text("ARCHIVE_MODE"))) {
            throw c.notApplicable("na.backup.archive.off");
        }
        String name = r.text("NAME");
        if (name == null) {
            return List.of(Finding.of(ERROR, "finding.pg.base.backup.none", "base backup"));
        }
        double hours = r.number("AGE_SECONDS", 0) / 3600.0;
        if (hours > maxHours) {
            return List.of(Finding.of(ERROR, "finding.pg.base.backup.old", "base backup",
                    String.format(Locale.ROOT, "%.1f", hours), name, InspectionEvaluators.text(r.get("MODIFICATION")),
                    Threshold.text(maxHours)));
        }
        return List.of();
    }
}
