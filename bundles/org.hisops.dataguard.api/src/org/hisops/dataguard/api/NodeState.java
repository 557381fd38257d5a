package org.hisops.dataguard.api;

import java.util.List;
import java.util.Map;

import org.hisops.db.api.DbProblem;

/**
 * One database of a system as the last refresh found it: the card the console shows for it. An unreachable node
 * has {@code reachable == false}, its {@code problem} and nothing else; the other nodes go on.
 *
 * @param endpointId the endpoint
 * @param reachable whether it answered
 * @param problem why not (null when reachable)
 * @param serverCode the server's code for the problem (ORA-01033, 57P01, ...)
 * @param message the server's or driver's own text of the problem (shown as it is for {@link DbProblem#OTHER})
 * @param role the role read from the database
 * @param version the server version text, or null
 * @param facts what the provider read, by key (e.g. {@code open_mode}, {@code protection_mode},
 *            {@code switchover_status}, {@code force_logging}, {@code flashback_on}, {@code dataguard_broker},
 *            {@code timeline}, {@code synchronous_standby_names}, {@code wal_log_hints}, {@code data_checksums}); the
 *            keys are listed in docs/dataguard.md
 * @param reasons findings about this node alone (e.g. a mounted standby reached without SYSDBA)
 */
public record NodeState(String endpointId, boolean reachable, DbProblem problem, String serverCode, String message,
        NodeRole role,
        String version, Map<String, String> facts, List<Reason> reasons) {

    public NodeState {
        facts = Map.copyOf(facts);
        reasons = List.copyOf(reasons);
    }

    public static NodeState unreachable(String endpointId, DbProblem problem, String serverCode, String message,
            List<Reason> reasons) {
        return new NodeState(endpointId, false, problem, serverCode, message, NodeRole.UNKNOWN, null, Map.of(),
                reasons);
    }

    public String fact(String key) {
        return facts.get(key);
    }
}
