package org.hisops.dataguard.core.internal;

import java.util.List;

import org.hisops.dataguard.api.LagThresholds;
import org.hisops.dataguard.api.NodeState;
import org.hisops.dataguard.api.Reason;
import org.hisops.dataguard.api.StandbyStatus;
import org.hisops.dataguard.api.SystemStatus;
import org.hisops.dataguard.api.SystemTopology;
import org.hisops.dataguard.api.Verdict;

/** Puts a provider's reading together: links judged against the thresholds, the system's verdict the worst of all. */
final class Monitoring {

    private Monitoring() {
    }

    static SystemStatus system(SystemTopology topology, List<NodeState> nodes, List<StandbyStatus> links,
            LagThresholds thresholds) {
        List<StandbyStatus> judged = links.stream().map(l -> LagJudge.judge(l, thresholds)).toList();
        Verdict verdict = judged.stream().map(StandbyStatus::verdict).reduce(Verdict.NORMAL, Verdict::worst);
        for (NodeState node : nodes) {
            verdict = node.reasons().stream().map(Reason::verdict).reduce(verdict, Verdict::worst);
        }
        return new SystemStatus(topology, nodes, judged, verdict);
    }
}
