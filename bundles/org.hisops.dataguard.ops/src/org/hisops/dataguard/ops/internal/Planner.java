package org.hisops.dataguard.ops.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hisops.dataguard.api.ActionKind;
import org.hisops.dataguard.api.NodeRole;
import org.hisops.dataguard.api.NodeState;
import org.hisops.dataguard.api.ReadinessLine;
import org.hisops.dataguard.api.ReplicationMonitor;
import org.hisops.dataguard.api.Runbook;
import org.hisops.dataguard.api.RunbookStep;
import org.hisops.dataguard.api.SiteStatus;
import org.hisops.dataguard.api.SystemStatus;
import org.hisops.db.api.Cancellation;
import org.hisops.db.api.DatabaseException;
import org.hisops.db.api.DatabaseSessions;
import org.hisops.db.api.DbProblem;
import org.hisops.db.api.Endpoint;
import org.hisops.db.api.EndpointDirectory;

/**
 * Makes runbooks: reads the site afresh, takes the readiness lines, decides which of them block this action, and
 * fills the release's runbook with the endpoints' names, hosts, ports and data folders.
 */
final class Planner {

    private final ReplicationMonitor monitor;
    private final EndpointDirectory directory;
    private final DatabaseSessions sessions;

    Planner(ReplicationMonitor monitor, EndpointDirectory directory, DatabaseSessions sessions) {
        this.monitor = monitor;
        this.directory = directory;
        this.sessions = sessions;
    }

    Runbook plan(String siteId, String standbyId, ActionKind kind) throws DatabaseException {
        Endpoint standby = directory.find(standbyId).orElseThrow(() -> new DatabaseException(DbProblem.UNKNOWN_HOST,
                null, standbyId, "no endpoint " + standbyId, null));
        if (!kind.appliesTo(standby.engine())) {
            throw new IllegalArgumentException(kind + " does not apply to " + standby.engine());
        }
        SiteStatus status = monitor.refresh(siteId);
        SystemStatus system = status.systems().stream().filter(s -> s.node(standbyId).isPresent()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(standbyId + " is not a node of a system of " + siteId));
        List<ReadinessLine> readiness = monitor.readiness(siteId, standbyId);
        NodeState standbyNode = system.node(standbyId).orElseThrow();
        Optional<NodeState> primaryNode = primaryOf(system, standbyId);
        String primaryId = primaryNode.map(NodeState::endpointId)
                .orElse(system.topology().primary() == null ? null : system.topology().primary().id());
        Endpoint primary = primaryId == null ? null : directory.find(primaryId).orElse(null);

        List<ReadinessLine> blocking = Gate.blocking(kind, readiness, standbyNode, primaryNode.orElse(null));
        Map<String, String> values = values(standby, primary);
        String template = kind.name().toLowerCase(java.util.Locale.ROOT);
        template = kind.appliesTo(org.hisops.db.api.Engine.ORACLE)
                ? "oracle/" + template + "-" + oracleRelease(standbyNode) : "postgresql/" + template;
        List<RunbookStep> steps = RunbookTemplate.load(template).steps(values, primaryId, standbyId);
        return new Runbook(kind, siteId, system.topology().system(), standbyId, primaryId,
                confirmation(standby, standbyNode), readiness, blocking, steps, standby.emulated());
    }

    /** The primary a standby follows: the one its link names, else the reachable node that is a primary. */
    private static Optional<NodeState> primaryOf(SystemStatus system, String standbyId) {
        Optional<NodeState> linked = system.standby(standbyId).map(l -> l.primaryId()).flatMap(system::node);
        if (linked.isPresent()) {
            return linked;
        }
        return system.nodes().stream().filter(n -> !n.endpointId().equals(standbyId) && n.role() == NodeRole.PRIMARY)
                .findFirst().or(() -> Optional.ofNullable(system.topology().primary())
                        .flatMap(p -> system.node(p.id())));
    }

    /** 10.x servers get the 10.2 sequence, everything later the 11.2 one (the pre-12c syntax HisOps supports). */
    static String oracleRelease(NodeState node) {
        String v = node.version();
        return v != null && v.startsWith("10.") ? "10.2" : "11.2";
    }

    /** The name the user types: Oracle's DB_UNIQUE_NAME (else NAME), PostgreSQL's database of the endpoint. */
    static String confirmation(Endpoint endpoint, NodeState node) {
        String unique = node.fact("db_unique_name");
        if (unique != null && !unique.isBlank()) {
            return unique;
        }
        String name = node.fact("name");
        return name != null && !name.isBlank() ? name : endpoint.address();
    }

    private Map<String, String> values(Endpoint standby, Endpoint primary) {
        Map<String, String> v = new HashMap<>();
        v.put("standby.host", standby.host());
        v.put("standby.port", Integer.toString(standby.port()));
        v.put("standby.slot", slotName(primary));
        v.put("promote.wait", Integer.toString(Math.max(1, Math.min(60, standby.statementTimeoutSeconds() - 1))));
        v.put("replication.user", "replicator");
        if (primary != null) {
            v.put("primary.host", primary.host());
            v.put("primary.port", Integer.toString(primary.port()));
        }
        return v;
    }

    /** Slot names are lower-case letters, digits and underscores. */
    static String slotName(Endpoint formerPrimary) {
        String base = formerPrimary == null ? "standby" : formerPrimary.id();
        String slot = base.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        return slot.length() > 63 ? slot.substring(0, 63) : slot;
    }

    /** The rejoin runbook: re-clone, or pg_rewind when the former primary allows it; real hosts, ports, folders. */
    Runbook rejoin(String siteId, String formerPrimaryId, String newPrimaryId, String replicationUser)
            throws DatabaseException {
        Endpoint former = directory.find(formerPrimaryId).orElseThrow(() -> new DatabaseException(
                DbProblem.UNKNOWN_HOST, null, formerPrimaryId, "no endpoint " + formerPrimaryId, null));
        Endpoint current = directory.find(newPrimaryId).orElseThrow(() -> new DatabaseException(
                DbProblem.UNKNOWN_HOST, null, newPrimaryId, "no endpoint " + newPrimaryId, null));
        Map<String, String> v = new HashMap<>();
        v.put("primary.host", former.host());
        v.put("primary.port", Integer.toString(former.port()));
        v.put("standby.host", current.host());
        v.put("standby.port", Integer.toString(current.port()));
        v.put("standby.slot", slotName(former));
        v.put("replication.user", Optional.ofNullable(setting(current, "dataguard.ops.pg.replication_role"))
                .orElse(replicationUser));
        String formerData = dataDirectory(former);
        boolean guessed = formerData == null;
        // The former primary is usually down: its folder is then taken to be where the new primary keeps its own
        // (a standby built by a base backup mirrors the primary's layout); the runbook says so.
        v.put("primary.data", guessed ? Optional.ofNullable(dataDirectory(current)).orElse("$PGDATA") : formerData);
        List<RunbookStep> steps = RunbookTemplate.load("postgresql/rejoin").steps(v, formerPrimaryId, newPrimaryId);
        return new Runbook(ActionKind.PG_PROMOTE, siteId, former.system(), formerPrimaryId, newPrimaryId,
                former.address(), List.of(), List.of(), steps, false);
    }

    private String dataDirectory(Endpoint endpoint) {
        return setting(endpoint, "dataguard.ops.pg.data_directory");
    }

    /** The first column of a one-row query, or null when the server does not answer. */
    private String setting(Endpoint endpoint, String sqlId) {
        try {
            return sessions.read(endpoint, s -> s.queryFirst(s.sql(sqlId),
                    rs -> rs.getString(1)).orElse(null), Cancellation.none());
        } catch (DatabaseException | RuntimeException e) {
            return null;
        }
    }
}
