package org.hisops.dataguard.ops.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.hisops.dataguard.api.ActionKind;
import org.hisops.dataguard.api.ActionProgress;
import org.hisops.dataguard.api.ActionResult;
import org.hisops.dataguard.api.DataGuardActions;
import org.hisops.dataguard.api.DrillEvent;
import org.hisops.dataguard.api.DrillFailure;
import org.hisops.dataguard.api.DrillKind;
import org.hisops.dataguard.api.DrillPlan;
import org.hisops.dataguard.api.DrillRecord;
import org.hisops.dataguard.api.LagFigures;
import org.hisops.dataguard.api.ReplicationMonitor;
import org.hisops.dataguard.api.Runbook;
import org.hisops.dataguard.api.RunbookStep;
import org.hisops.dataguard.api.SiteStatus;
import org.hisops.dataguard.api.StandbyStatus;
import org.hisops.dataguard.api.StepResult;
import org.hisops.dataguard.api.SystemStatus;
import org.hisops.db.api.Cancellation;
import org.hisops.db.api.DatabaseException;
import org.hisops.db.api.DatabaseSessions;
import org.hisops.db.api.Endpoint;
import org.hisops.db.api.EndpointDirectory;
import org.hisops.platform.api.AccessControl;
import org.hisops.platform.api.AccessDeniedException;
import org.hisops.platform.api.AuditLog;
import org.hisops.platform.api.AuditOutcome;

/**
 * One drill on a PostgreSQL pair: lag at the start, a marker transaction and the key tables' counts on the primary,
 * a writer committing numbered transactions, the failure, the promotion through {@link DataGuardActions}, then the
 * first accepted write on the new primary (RTO) and the data check (marker, counts, acknowledged commits missing =
 * RPO). Each step is a timeline event.
 */
final class DrillRunner {

    static final String AUDIT_DRILL = "dataguard.drill";
    /** Commits the writer must have acknowledged before the failure (and after a network cut). */
    static final int WARM_UP_COMMITS = 20;

    private final ReplicationMonitor monitor;
    private final EndpointDirectory directory;
    private final DatabaseSessions sessions;
    private final DataGuardActions actions;
    private final AccessControl access;
    private final Supplier<AuditLog> audit;
    private final Clock clock;

    DrillRunner(ReplicationMonitor monitor, EndpointDirectory directory, DatabaseSessions sessions,
            DataGuardActions actions, AccessControl access, Supplier<AuditLog> audit, Clock clock) {
        this.monitor = monitor;
        this.directory = directory;
        this.sessions = sessions;
        this.actions = actions;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** Returns null when refused before anything happened (role); the refusal is audited. */
    DrillRecord run(DrillPlan plan, DrillFailure failure, ActionProgress given, Cancellation cancellation)
            throws AccessDeniedException, DatabaseException, InterruptedException {
        access.requireAdministrator(AUDIT_DRILL);
        ActionProgress progress = given == null ? ActionProgress.NONE : given;
        String id = UUID.randomUUID().toString();
        Instant started = clock.instant();
        List<DrillEvent> timeline = new ArrayList<>();
        Endpoint standby = directory.find(plan.standbyId()).orElseThrow(() -> new IllegalArgumentException(
                "no endpoint " + plan.standbyId()));

        SiteStatus before = monitor.refresh(plan.siteId());
        SystemStatus system = before.systems().stream().filter(s -> s.node(plan.standbyId()).isPresent())
                .findFirst().orElseThrow(() -> new IllegalArgumentException(plan.standbyId() + " not in a system"));
        StandbyStatus link = system.standby(plan.standbyId()).orElse(null);
        LagFigures lag = link == null ? LagFigures.UNKNOWN : link.figures();
        String primaryId = link != null && link.primaryId() != null ? link.primaryId()
                : system.topology().primary().id();
        Endpoint primary = directory.find(primaryId).orElseThrow();
        event(timeline, "drill.event.start", plan.kind() + " " + primaryId + " -> " + plan.standbyId());
        event(timeline, "drill.event.lag", describe(lag));
        audit(plan, AuditOutcome.SUCCESS, id + " started: " + plan.kind());

        // The promotion's own checks, before anything is broken: a wrong name stops the drill here.
        Runbook preview = actions.plan(plan.siteId(), plan.standbyId(), ActionKind.PG_PROMOTE);
        if (!preview.confirmation().equals(plan.confirmation() == null ? null : plan.confirmation().strip())) {
            audit(plan, AuditOutcome.REFUSED, id + " confirmation does not match");
            event(timeline, "drill.event.refused", "confirmation");
            return save(plan, id, system, primaryId, started, lag, timeline, false, Map.of(), Map.of(), null, 0, 0,
                    Duration.ZERO, ActionResult.Outcome.REFUSED, standby);
        }

        sessions.change(primary, "drill setup", s -> {
            s.execute(s.sql("dataguard.ops.drill.schema").text());
            s.execute(s.sql("dataguard.ops.drill.table").text());
            s.query(s.sql("dataguard.ops.drill.write").text(), primary.statementTimeoutSeconds(), rs -> rs.getLong(1),
                    id, 0L);
            return null;
        }, cancellation);
        event(timeline, "drill.event.marker", id);
        // The marker proves the data check: it must have reached the standby before anything is broken.
        long markerDeadline = System.nanoTime() + 30_000_000_000L;
        boolean replicated = found(standby, id, cancellation).contains(0L);
        while (!replicated && System.nanoTime() < markerDeadline && !cancellation.isCancelled()) {
            Thread.sleep(100);
            replicated = found(standby, id, cancellation).contains(0L);
        }
        event(timeline, "drill.event.marker.replicated", Boolean.toString(replicated));
        Map<String, Long> countsBefore = counts(primary, plan.keyTables(), cancellation);
        event(timeline, "drill.event.counts.before", countsBefore.toString());

        DrillWriter writer = null;
        if (plan.writeLoad()) {
            writer = new DrillWriter(sessions, primary, id);
            writer.start();
            writer.awaitCommits(WARM_UP_COMMITS, 30_000);
            event(timeline, "drill.event.writer", Long.toString(writer.acknowledged()));
        }
        if (plan.kind() == DrillKind.NETWORK_CUT) {
            runFailure(() -> failure.cutNetwork());
            event(timeline, "drill.event.cut", "");
            if (writer != null) {
                // Commits acknowledged after the cut never reached the standby of an asynchronous pair; a
                // synchronous primary holds them back instead (then this waits its bound and goes on).
                writer.awaitCommits(writer.acknowledged() + WARM_UP_COMMITS, 5_000);
                event(timeline, "drill.event.writer", Long.toString(writer.acknowledged()));
            }
        }
        runFailure(() -> failure.losePrimary(plan.kind()));
        // The RTO clock starts when the primary is gone (the call returned), not when the kill was asked for.
        Instant failed = clock.instant();
        event(timeline, "drill.event.failure", plan.kind().name());
        String writerEnd = "";
        if (writer != null) {
            writerEnd = writer.stopAndJoin(30_000);
            event(timeline, "drill.event.writer.end", writer.acknowledged() + " " + writerEnd);
        }

        SiteStatus seen = monitor.refresh(plan.siteId());
        boolean primaryDown = seen.systems().stream().flatMap(s -> s.node(primaryId).stream())
                .noneMatch(n -> n.reachable());
        event(timeline, "drill.event.detected", primaryDown ? "primary unreachable" : "primary still answers");

        Runbook runbook = actions.plan(plan.siteId(), plan.standbyId(), ActionKind.PG_PROMOTE);
        ActionResult promoted = actions.run(runbook, plan.confirmation(), new ActionProgress() {
            @Override
            public void started(RunbookStep step) {
                progress.started(step);
            }

            @Override
            public void finished(StepResult result) {
                event(timeline, "drill.event.step", "#" + result.step().number() + " " + result.step().text()
                        + " -> " + result.outcome() + (result.detail().isEmpty() ? "" : " " + result.detail()));
                progress.finished(result);
            }
        }, cancellation);
        event(timeline, "drill.event.promoted", promoted.outcome().name()
                + (promoted.refusalKey() == null ? "" : " " + promoted.refusalKey()));

        Duration rto = null;
        if (promoted.done()) {
            Instant writable = firstWrite(standby, id, cancellation);
            if (writable != null) {
                rto = Duration.ofMillis(Duration.between(failed, writable).toMillis());
                event(timeline, "drill.event.writable", rto.toMillis() + " ms");
            }
        }

        Set<Long> found = found(standby, id, cancellation);
        boolean marker = found.contains(0L);
        long committed = writer == null ? 0 : writer.acknowledged();
        long lost = 0;
        Instant firstLost = null;
        for (long seq = 1; seq <= committed; seq++) {
            if (!found.contains(seq)) {
                lost++;
                if (firstLost == null) {
                    firstLost = writer.ackTime(seq);
                }
            }
        }
        // The span of commits lost: from the first lost one to the last acknowledged one.
        Instant lastAck = writer == null ? null : writer.ackTime(committed);
        Duration lostWindow = firstLost == null || lastAck == null ? Duration.ZERO
                : Duration.ofMillis(Duration.between(firstLost, lastAck).abs().toMillis());
        Map<String, Long> countsAfter = promoted.done() ? counts(standby, plan.keyTables(), cancellation) : Map.of();
        event(timeline, "drill.event.check", "marker=" + marker + " committed=" + committed + " lost=" + lost
                + " counts=" + countsAfter);
        ActionResult.Outcome outcome = promoted.done() && marker && rto != null ? ActionResult.Outcome.DONE
                : promoted.outcome() == ActionResult.Outcome.DONE ? ActionResult.Outcome.FAILED : promoted.outcome();
        event(timeline, "drill.event.end", outcome.name());
        audit(plan, outcome == ActionResult.Outcome.DONE ? AuditOutcome.SUCCESS : AuditOutcome.FAILED, id
                + " RTO " + (rto == null ? "-" : rto.toMillis() + " ms") + ", committed " + committed + ", lost "
                + lost);
        return save(plan, id, system, primaryId, started, lag, timeline, marker, countsBefore, countsAfter, rto,
                committed, lost, lostWindow, outcome, standby);
    }

    /** Retries a write on the new primary until it is accepted (at most a minute); its time ends the RTO. */
    private Instant firstWrite(Endpoint newPrimary, String id, Cancellation cancellation)
            throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline && !cancellation.isCancelled()) {
            try {
                sessions.change(newPrimary, "drill first write", s -> s.query(s.sql("dataguard.ops.drill.write")
                        .text(), newPrimary.statementTimeoutSeconds(), rs -> rs.getLong(1), id, -1L), cancellation);
                return clock.instant();
            } catch (DatabaseException e) {
                Thread.sleep(100);
            }
        }
        return null;
    }

    private Set<Long> found(Endpoint endpoint, String id, Cancellation cancellation) {
        try {
            return new HashSet<>(sessions.read(endpoint, s -> s.query(s.sql("dataguard.ops.drill.found"),
                    rs -> rs.getLong(1), id), cancellation));
        } catch (DatabaseException e) {
            return Set.of();
        }
    }

    private Map<String, Long> counts(Endpoint endpoint, List<String> tables, Cancellation cancellation) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : tables) {
            int dot = table.indexOf('.');
            String schema = dot < 0 ? "public" : table.substring(0, dot);
            String name = dot < 0 ? table : table.substring(dot + 1);
            try {
                Long n = sessions.read(endpoint, s -> s.queryFirst(s.sql("dataguard.ops.drill.count"),
                        rs -> rs.getObject(1) == null ? -1L : rs.getLong(1), schema, name, schema, name)
                        .orElse(-1L), cancellation);
                counts.put(table, n); // -1: the table does not exist
            } catch (DatabaseException e) {
                counts.put(table, -1L);
            }
        }
        return counts;
    }

    private interface Failure {
        void run() throws Exception;
    }

    private static void runFailure(Failure f) throws DatabaseException {
        try {
            f.run();
        } catch (Exception e) {
            throw new DatabaseException(org.hisops.db.api.DbProblem.OTHER, null, "", "the drill's failure could "
                    + "not be brought about: " + e.getMessage(), e);
        }
    }

    static String describe(LagFigures f) {
        return "transport=" + millis(f.transportLag()) + " apply=" + millis(f.applyLag()) + " unshipped="
                + (f.unshippedBytes() == null ? "-" : f.unshippedBytes() + " B");
    }

    private static String millis(Duration d) {
        return d == null ? "-" : d.toMillis() + " ms";
    }

    private void event(List<DrillEvent> timeline, String key, String detail) {
        synchronized (timeline) {
            timeline.add(new DrillEvent(clock.instant(), key, detail));
        }
    }

    private void audit(DrillPlan plan, AuditOutcome outcome, String detail) {
        AuditLog log = audit.get();
        if (log != null) {
            log.append(plan.siteId(), AUDIT_DRILL, plan.standbyId(), outcome, detail);
        }
    }

    private DrillRecord save(DrillPlan plan, String id, SystemStatus system, String primaryId, Instant started,
            LagFigures lag, List<DrillEvent> timeline, boolean marker, Map<String, Long> before,
            Map<String, Long> after, Duration rto, long committed, long lost, Duration lostWindow,
            ActionResult.Outcome outcome, Endpoint standby) {
        return new DrillRecord(id, plan.siteId(), system.topology().system(), plan.kind(), primaryId,
                plan.standbyId(), access.user(), started, clock.instant(), lag, List.copyOf(timeline), marker, before,
                after, rto, committed, lost, lostWindow, outcome, standby.emulated());
    }
}
