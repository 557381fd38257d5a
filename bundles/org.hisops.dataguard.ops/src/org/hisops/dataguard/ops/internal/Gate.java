package org.hisops.dataguard.ops.internal;

import java.util.ArrayList;
import java.util.List;

import org.hisops.dataguard.api.ActionKind;
import org.hisops.dataguard.api.NodeRole;
import org.hisops.dataguard.api.NodeState;
import org.hisops.dataguard.api.ReadinessLine;

/**
 * Which readiness lines refuse which action. A switchover needs every line to pass. A failover or promotion needs a
 * reachable standby and a primary that is NOT reachable as a primary (promoting beside a live primary makes two).
 * Apply and replay changes need only the standby.
 */
final class Gate {

    static final String PRIMARY_RUNNING = "readiness.ops.primary.running";
    static final String STANDBY_ROLE = "readiness.ops.standby.role";

    private Gate() {
    }

    static List<ReadinessLine> blocking(ActionKind kind, List<ReadinessLine> lines, NodeState standby,
            NodeState primary) {
        List<ReadinessLine> blocking = new ArrayList<>();
        if (kind == ActionKind.ORACLE_SWITCHOVER) {
            lines.stream().filter(l -> !l.passed()).forEach(blocking::add);
            return blocking;
        }
        if (!standby.reachable() || standby.role() != NodeRole.STANDBY) {
            blocking.add(lines.stream().filter(l -> l.precondition().equals("readiness.reachable") && !l.passed())
                    .filter(l -> !l.why().key().contains(".primary."))
                    .findFirst().orElse(ReadinessLine.fail(STANDBY_ROLE, STANDBY_ROLE + ".fail",
                            List.of(standby.endpointId(), String.valueOf(standby.role())), STANDBY_ROLE + ".action")));
        }
        boolean promotes = kind == ActionKind.PG_PROMOTE || kind == ActionKind.ORACLE_FAILOVER;
        if (promotes && primary != null && primary.reachable() && primary.role() == NodeRole.PRIMARY) {
            blocking.add(ReadinessLine.fail(PRIMARY_RUNNING, PRIMARY_RUNNING + ".fail", List.of(primary.endpointId()),
                    kind == ActionKind.ORACLE_FAILOVER ? PRIMARY_RUNNING + ".action.oracle"
                            : PRIMARY_RUNNING + ".action.pg"));
        }
        return blocking;
    }
}
