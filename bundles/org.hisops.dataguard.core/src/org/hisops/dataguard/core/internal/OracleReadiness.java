package org.hisops.dataguard.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hisops.dataguard.api.NodeState;
import org.hisops.dataguard.api.ReadinessLine;
import org.hisops.dataguard.api.Reason;
import org.hisops.dataguard.api.StandbyStatus;
import org.hisops.dataguard.api.SystemStatus;

/**
 * An Oracle physical standby's switchover readiness, each precondition of the 10.2/11.2 SQL switchover (Data Guard
 * Concepts and Administration, "Role Transitions") as a line: both databases readable (the standby AS SYSDBA), the
 * primary's SWITCHOVER_STATUS, sessions, standby redo logs, gaps, redo apply running, lag within the thresholds,
 * the destination to this standby valid, STANDBY_FILE_MANAGEMENT/name-convert, flashback for reinstating the old
 * primary after a failover, and no broker configuration (with the broker on, DGMGRL owns role changes).
 */
final class OracleReadiness {

    private OracleReadiness() {
    }

    static List<ReadinessLine> lines(SystemStatus status, String standbyId) {
        List<ReadinessLine> lines = new ArrayList<>();
        Optional<NodeState> standbyNode = status.node(standbyId);
        Optional<StandbyStatus> link = status.standby(standbyId);
        NodeState primary = link.map(StandbyStatus::primaryId).flatMap(status::node).orElse(null);
        NodeState standby = standbyNode.orElse(null);

        String reached = "readiness.reachable";
        if (standby == null || !standby.reachable()) {
            boolean sysdba = standby != null && standby.reasons().stream()
                    .anyMatch(r -> r.key().equals("reason.oracle.standby.needs.sysdba"));
            lines.add(sysdba
                    ? ReadinessLine.fail(reached, "readiness.oracle.standby.needs.sysdba", List.of(standbyId),
                            "readiness.oracle.standby.needs.sysdba.action")
                    : ReadinessLine.fail(reached, "readiness.reachable.standby.fail", List.of(standbyId,
                            standby == null ? "?" : String.valueOf(standby.problem())), "readiness.reachable.action"));
        } else if (primary == null || !primary.reachable()) {
            lines.add(ReadinessLine.fail(reached, "readiness.reachable.primary.fail", List.of(
                    primary == null ? "?" : primary.endpointId(),
                    primary == null ? "?" : String.valueOf(primary.problem())), "readiness.reachable.action"));
        } else {
            lines.add(ReadinessLine.pass(reached, "readiness.reachable.pass"));
        }
        boolean bothUp = standby != null && standby.reachable() && primary != null && primary.reachable();
        Map<String, String> pf = primary == null ? Map.of() : primary.facts();
        Map<String, String> sf = standby == null ? Map.of() : standby.facts();
        Map<String, String> lf = link.map(StandbyStatus::facts).orElse(Map.of());
        List<Reason> reasons = link.map(StandbyStatus::reasons).orElse(List.of());

        String switchover = pf.get("switchover_status");
        if (!bothUp || switchover == null) {
            lines.add(unknown("readiness.oracle.switchover_status"));
        } else if ("TO STANDBY".equals(switchover) || "SESSIONS ACTIVE".equals(switchover)) {
            lines.add(ReadinessLine.pass("readiness.oracle.switchover_status", "readiness.oracle.switchover_status.pass",
                    switchover));
        } else {
            lines.add(ReadinessLine.fail("readiness.oracle.switchover_status", "readiness.oracle.switchover_status.fail",
                    List.of(switchover), "readiness.oracle.switchover_status.action"));
        }

        if (!bothUp || switchover == null) {
            lines.add(unknown("readiness.oracle.sessions"));
        } else if ("SESSIONS ACTIVE".equals(switchover)) {
            lines.add(ReadinessLine.fail("readiness.oracle.sessions", "readiness.oracle.sessions.fail", List.of(),
                    "readiness.oracle.sessions.action"));
        } else {
            lines.add(ReadinessLine.pass("readiness.oracle.sessions", "readiness.oracle.sessions.pass"));
        }

        if (!bothUp) {
            lines.add(unknown("readiness.oracle.standby_logs"));
        } else {
            ReadinessLine srl = null;
            for (Map.Entry<String, String> e : pf.entrySet()) {
                if (!e.getKey().startsWith("online_log_groups.thread.")) {
                    continue;
                }
                String thread = e.getKey().substring("online_log_groups.thread.".length());
                long online = Long.parseLong(e.getValue());
                long standbyGroups = Long.parseLong(sf.getOrDefault("standby_log_groups.thread." + thread, "0"));
                if (standbyGroups < online + 1) {
                    srl = ReadinessLine.fail("readiness.oracle.standby_logs", "readiness.oracle.standby_logs.fail",
                            List.of(thread, standbyGroups, online + 1), "readiness.oracle.standby_logs.action",
                            thread, online + 1 - standbyGroups);
                    break;
                }
            }
            lines.add(srl != null ? srl
                    : ReadinessLine.pass("readiness.oracle.standby_logs", "readiness.oracle.standby_logs.pass"));
        }

        Optional<Reason> gap = reasons.stream().filter(r -> r.key().equals("reason.oracle.gap")
                || r.key().equals("reason.oracle.destination.gap") || r.key().equals("reason.oracle.sequence.behind"))
                .findFirst();
        if (standby == null || !standby.reachable()) {
            lines.add(unknown("readiness.oracle.gap"));
        } else if (gap.isPresent()) {
            lines.add(ReadinessLine.fail("readiness.oracle.gap", gap.get().key(), gap.get().args(),
                    "readiness.oracle.gap.action"));
        } else {
            lines.add(ReadinessLine.pass("readiness.oracle.gap", "readiness.oracle.gap.pass"));
        }

        if (standby == null || !standby.reachable()) {
            lines.add(unknown("readiness.oracle.apply"));
        } else if (lf.get("mrp_status") == null) {
            lines.add(ReadinessLine.fail("readiness.oracle.apply", "readiness.oracle.apply.fail", List.of(),
                    "readiness.oracle.apply.action"));
        } else {
            lines.add(ReadinessLine.pass("readiness.oracle.apply", "readiness.oracle.apply.pass", lf.get("mrp_status")));
        }

        lines.add(Readiness.lag(link.orElse(null)));

        Optional<Reason> destination = reasons.stream().filter(r -> r.key().startsWith("reason.oracle.destination.")
                && !r.key().equals("reason.oracle.destination.gap")).findFirst();
        if (primary == null || !primary.reachable()) {
            lines.add(unknown("readiness.oracle.destination"));
        } else if (destination.isPresent()) {
            lines.add(ReadinessLine.fail("readiness.oracle.destination", destination.get().key(),
                    destination.get().args(), "readiness.oracle.destination.action"));
        } else {
            lines.add(ReadinessLine.pass("readiness.oracle.destination", "readiness.oracle.destination.pass",
                    lf.getOrDefault("destination", "")));
        }

        String management = sf.get("parameter.standby_file_management");
        if (standby == null || !standby.reachable() || management == null) {
            lines.add(unknown("readiness.oracle.file_management"));
        } else if ("AUTO".equalsIgnoreCase(management)) {
            lines.add(ReadinessLine.pass("readiness.oracle.file_management", "readiness.oracle.file_management.pass",
                    sf.getOrDefault("parameter.db_file_name_convert", "-"),
                    sf.getOrDefault("parameter.log_file_name_convert", "-")));
        } else {
            lines.add(ReadinessLine.fail("readiness.oracle.file_management", "readiness.oracle.file_management.fail",
                    List.of(management), "readiness.oracle.file_management.action"));
        }

        String flashback = pf.get("flashback_on");
        if (flashback == null) {
            lines.add(unknown("readiness.oracle.flashback"));
        } else if ("YES".equals(flashback)) {
            lines.add(ReadinessLine.pass("readiness.oracle.flashback", "readiness.oracle.flashback.pass"));
        } else {
            lines.add(ReadinessLine.fail("readiness.oracle.flashback", "readiness.oracle.flashback.fail",
                    List.of(flashback), "readiness.oracle.flashback.action"));
        }

        if ("ENABLED".equals(pf.get("dataguard_broker")) || "ENABLED".equals(sf.get("dataguard_broker"))) {
            lines.add(ReadinessLine.fail("readiness.oracle.broker", "readiness.oracle.broker.fail", List.of(),
                    "readiness.oracle.broker.action"));
        }
        return lines;
    }

    private static ReadinessLine unknown(String precondition) {
        return ReadinessLine.unknown(precondition, "readiness.unknown", List.of(), "readiness.reachable.action");
    }

}
