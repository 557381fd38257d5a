package org.hisops.inspection.core.internal;

import static org.hisops.checks.api.Severity.ERROR;
import static org.hisops.checks.api.Severity.INFO;
import static org.hisops.checks.api.Severity.WARNING;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.hisops.checks.api.CheckContext;
import org.hisops.checks.api.Finding;
import org.hisops.checks.api.Row;

/** Oracle checks of what the instance is doing: unusable indexes, lock waits, wait events. */
final class ActivityEvaluators {

    /** Wait classes whose weight points at something the DBA or the application can fix. */
    private static final Set<String> FIXABLE_WAIT_CLASSES = Set.of("Application", "Configuration", "Concurrency");
    private static final int TOP_EVENTS = 5;

    private ActivityEvaluators() {
    }

    /**
     * Unusable indexes and index partitions: a unique one is an ERROR (DML on its table fails with ORA-01502), any
     * other a WARNING (the optimizer ignores it). The fixup rebuilds ONLINE, which needs Enterprise Edition.
     */
    static List<Finding> unusableIndexes(CheckContext c) throws SQLException {
        List<Finding> findings = new ArrayList<>();
        for (Row r : c.query("inspection.ora.unusable.indexes")) {
            String index = r.text("OWNER") + "." + r.text("INDEX_NAME");
            boolean unique = "UNIQUE".equals(r.text("UNIQUENESS"));
            findings.add(Finding.of(unique ? ERROR : WARNING, "finding.index.unusable", index, index,
                    r.text("TABLE_OWNER") + "." + r.text("TABLE_NAME"), r.text("UNIQUENESS"))
                    .withFixup("ALTER INDEX " + index + " REBUILD ONLINE"));
        }
        for (Row r : c.query("inspection.ora.unusable.index.partitions")) {
            String index = r.text("INDEX_OWNER") + "." + r.text("INDEX_NAME");
            String partition = r.text("PARTITION_NAME");
            boolean unique = "UNIQUE".equals(r.text("UNIQUENESS"));
            findings.add(Finding.of(unique ? ERROR : WARNING, "finding.index.partition.unusable",
                    index + ":" + partition, index, partition, r.text("TABLE_NAME"), r.text("UNIQUENESS"))
                    .withFixup("ALTER INDEX " + index + " REBUILD PARTITION " + partition + " ONLINE"));
        }
        return findings;
    }

    /**
     * A session waiting on another's lock longer than the threshold is a WARNING, ten times as long an ERROR. The
     * fixup names the blocker's KILL SESSION, to be run only after the application owner agreed.
     */
    static List<Finding> blockingSessions(CheckContext c) throws SQLException {
        double limit = Threshold.BLOCKED_SECONDS.of(c);
        List<Finding> findings = new ArrayList<>();
        for (Row r : c.query("inspection.ora.blocking.sessions")) {
            long waited = r.number("WAIT_SECONDS", 0);
            if (waited < limit) {
                continue;
            }
            String blocker = r.text("BLOCKER_SID") + "," + r.text("BLOCKER_SERIAL");
            findings.add(Finding.of(waited >= 10 * limit ? ERROR : WARNING, "finding.session.blocked",
                    "sid " + r.text("WAITER_SID"), r.text("WAITER_SID"), user(r.text("WAITER_USER")), blocker,
                    user(r.text("BLOCKER_USER")), r.text("BLOCKER_STATUS"), r.text("LOCK_TYPE"), waited,
                    Threshold.text(limit)).withFixup("ALTER SYSTEM KILL SESSION '" + blocker + "' IMMEDIATE"));
        }
        return findings;
    }

    private static String user(String name) {
        return name == null ? "-" : name;
    }

    /**
     * The top events of the non-idle wait time since start-up as INFO (the report's picture of where the time
     * goes); an Application, Configuration or Concurrency event above the share threshold as a WARNING.
     */
    static List<Finding> waitEvents(CheckContext c) throws SQLException {
        double share = Threshold.WAIT_SHARE_PERCENT.of(c);
        List<Row> rows = c.query("inspection.ora.wait.events");
        long total = 0;
        for (Row r : rows) {
            total += r.number("TIME_WAITED_MICRO", 0);
        }
        List<Finding> findings = new ArrayList<>();
        int rank = 0;
        for (Row r : rows) {
            long waited = r.number("TIME_WAITED_MICRO", 0);
            int percent = InspectionEvaluators.percent(waited, total);
            String event = r.text("EVENT");
            String waitClass = r.text("WAIT_CLASS");
            boolean heavy = FIXABLE_WAIT_CLASSES.contains(waitClass) && percent >= share;
            if (heavy) {
                findings.add(Finding.of(WARNING, "finding.wait.event.heavy", event, event, waitClass, percent,
                        waited / 1_000_000, Threshold.text(share)));
            } else if (rank < TOP_EVENTS) {
                findings.add(Finding.of(INFO, "finding.wait.event", event, rank + 1, event, waitClass, percent,
                        waited / 1_000_000, r.number("TOTAL_WAITS", 0)));
            }
            rank++;
        }
        return findings;
    }
}
