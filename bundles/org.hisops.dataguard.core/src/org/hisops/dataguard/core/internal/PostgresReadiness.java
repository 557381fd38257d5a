package org.hisops.dataguard.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.hisops.dataguard.api.LagThresholds;
import org.hisops.dataguard.api.NodeRole;
import org.hisops.dataguard.api.NodeState;
import org.hisops.dataguard.api.ReadinessLine;
import org.hisops.dataguard.api.StandbyStatus;
import org.hisops.dataguard.api.SystemStatus;
import org.hisops.dataguard.api.Verdict;

/**
 * A PostgreSQL standby's switchover readiness: the standby answers and is in recovery, it streams, its lag is within
 * the thresholds, it follows the primary's timeline, it is a synchronous standby (for RPO 0), and the old primary can
 * be rewound afterwards (wal_log_hints or data checksums).
 */
final class PostgresReadiness {

    private PostgresReadiness() {
    }

    static List<ReadinessLine> lines(SystemStatus status, String standbyId, LagThresholds thresholds) {
        List<ReadinessLine> lines = new ArrayList<>();
        Optional<NodeState> standby = status.node(standbyId);
        Optional<StandbyStatus> link = status.standby(standbyId);
        NodeState primary = link.map(StandbyStatus::primaryId).flatMap(status::node).orElse(null);

        String reached = "readiness.reachable";
        if (standby.isEmpty() || !standby.get().reachable()) {
            lines.add(ReadinessLine.fail(reached, "readiness.reachable.standby.fail",
                    List.of(standbyId, standby.map(n -> String.valueOf(n.problem())).orElse("?")),
                    "readiness.reachable.action"));
        } else if (primary == null || !primary.reachable()) {
            lines.add(ReadinessLine.fail(reached, "readiness.reachable.primary.fail",
                    List.of(primary == null ? "?" : primary.endpointId(),
                            primary == null ? "?" : String.valueOf(primary.problem())),
                    "readiness.pg.reachable.primary.action"));
        } else if (standby.get().role() != NodeRole.STANDBY) {
            lines.add(ReadinessLine.fail(reached, "readiness.pg.not.in.recovery", List.of(standbyId),
                    "readiness.pg.not.in.recovery.action"));
        } else {
            lines.add(ReadinessLine.pass(reached, "readiness.reachable.pass"));
        }

        String state = link.map(l -> l.facts().get("state")).orElse(null);
        if ("streaming".equals(state)) {
            lines.add(ReadinessLine.pass("readiness.pg.streaming", "readiness.pg.streaming.pass"));
        } else if (state == null) {
            lines.add(ReadinessLine.unknown("readiness.pg.streaming", "readiness.pg.streaming.unknown", List.of(),
                    "readiness.reachable.action"));
        } else {
            lines.add(ReadinessLine.fail("readiness.pg.streaming", "readiness.pg.streaming.fail", List.of(state),
                    "readiness.pg.streaming.action"));
        }

        lines.add(Readiness.lag(link.orElse(null)));

        String standbyTimeline = standby.map(n -> n.fact("timeline")).orElse(null);
        String primaryTimeline = primary == null ? null : primary.fact("timeline");
        if (standbyTimeline == null || primaryTimeline == null) {
            lines.add(ReadinessLine.unknown("readiness.pg.timeline", "readiness.pg.timeline.unknown", List.of(),
                    "readiness.pg.streaming.action"));
        } else if (standbyTimeline.equals(primaryTimeline)) {
            lines.add(ReadinessLine.pass("readiness.pg.timeline", "readiness.pg.timeline.pass", primaryTimeline));
        } else {
            lines.add(ReadinessLine.fail("readiness.pg.timeline", "readiness.pg.timeline.fail",
                    List.of(standbyTimeline, primaryTimeline), "readiness.pg.timeline.action"));
        }

        String sync = link.map(l -> l.facts().get("sync_state")).orElse(null);
        if ("sync".equals(sync) || "quorum".equals(sync)) {
            lines.add(ReadinessLine.pass("readiness.pg.synchronous", "readiness.pg.synchronous.pass", sync));
        } else if (sync == null) {
            lines.add(ReadinessLine.unknown("readiness.pg.synchronous", "readiness.pg.synchronous.unknown", List.of(),
                    "readiness.pg.synchronous.action"));
        } else {
            lines.add(ReadinessLine.fail("readiness.pg.synchronous", "readiness.pg.synchronous.fail", List.of(sync),
                    "readiness.pg.synchronous.action", link.get().facts().getOrDefault("application_name", "")));
        }

        if (primary == null || !primary.reachable()) {
            lines.add(ReadinessLine.unknown("readiness.pg.rewind", "readiness.pg.rewind.unknown", List.of(),
                    "readiness.pg.rewind.action"));
        } else if (on(primary.fact("wal_log_hints")) || on(primary.fact("data_checksums"))) {
            lines.add(ReadinessLine.pass("readiness.pg.rewind", "readiness.pg.rewind.pass",
                    String.valueOf(primary.fact("wal_log_hints")), String.valueOf(primary.fact("data_checksums"))));
        } else {
            lines.add(ReadinessLine.fail("readiness.pg.rewind", "readiness.pg.rewind.fail", List.of(),
                    "readiness.pg.rewind.action"));
        }
        if (standby.isPresent() && "true".equals(standby.get().fact("replay_paused"))) {
            lines.add(ReadinessLine.fail("readiness.pg.replay", "readiness.pg.replay.paused", List.of(),
                    "readiness.pg.replay.action"));
        }
        return lines;
    }

    private static boolean on(String setting) {
        return setting != null && setting.toLowerCase(Locale.ROOT).equals("on");
    }

    /** Whether any line refuses the switchover. */
    static boolean refuses(List<ReadinessLine> lines) {
        return lines.stream().anyMatch(l -> l.result() != ReadinessLine.Result.PASS
                && l.why().verdict() == Verdict.ERROR);
    }
}
