package org.hisops.dataguard.api;

import java.util.List;
import java.util.Optional;

/**
 * A system after one refresh: its nodes (one card each) and its links.
 *
 * @param topology what was polled
 * @param nodes one per endpoint, primary first
 * @param standbys one per standby link
 * @param verdict the worst of the nodes' and links' reasons
 */
public record SystemStatus(SystemTopology topology, List<NodeState> nodes, List<StandbyStatus> standbys,
        Verdict verdict) {

    public SystemStatus {
        nodes = List.copyOf(nodes);
        standbys = List.copyOf(standbys);
    }

    public Optional<NodeState> node(String endpointId) {
        return nodes.stream().filter(n -> n.endpointId().equals(endpointId)).findFirst();
    }

    public Optional<StandbyStatus> standby(String endpointId) {
        return standbys.stream().filter(s -> s.standbyId().equals(endpointId)).findFirst();
    }
}
