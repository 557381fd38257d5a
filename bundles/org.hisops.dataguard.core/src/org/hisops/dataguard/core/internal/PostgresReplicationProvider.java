package org.hisops.dataguard.core.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hisops.dataguard.api.LagFigures;
import org.hisops.dataguard.api.LagThresholds;
import org.hisops.dataguard.api.NodeRole;
import org.hisops.dataguard.api.NodeState;
import org.hisops.dataguard.api.ReadinessLine;
import org.hisops.dataguard.api.Reason;
import org.hisops.dataguard.api.ReplicationProvider;
import org.hisops.dataguard.api.StandbyStatus;
import org.hisops.dataguard.api.SystemStatus;
import org.hisops.dataguard.api.SystemTopology;
import org.hisops.dataguard.api.Verdict;
import org.hisops.db.api.Cancellation;
import org.hisops.db.api.DatabaseException;
import org.hisops.db.api.DatabaseSessions;
import org.hisops.db.api.Endpoint;
import org.hisops.db.api.Engine;
import org.hisops.db.api.Session;
import org.osgi.service.component.annotations.Component;

/**
 * PostgreSQL (and KingbaseES in its PostgreSQL mode) streaming replication. On the primary it reads
 * pg_stat_replication (positions, lags, sync state) with each sender's slot and pg_replication_slots (retained WAL);
 * on a standby its receive/replay positions, last replayed commit, pause state and pg_stat_wal_receiver. A standby
 * is matched to its sender by slot name, then by application_name, then as the only sender.
 * <p>
 * The figures: RPO exposure in bytes is the primary's current WAL position minus the standby's flushed position;
 * in time, flush_lag while streaming, else the primary's clock minus the standby's last replayed commit (an upper
 * bound). Apply lag is replay_lag while streaming, else the same difference. Apply finish is replay_lag minus
 * flush_lag; start-up is the site's promotion estimate. Staleness is the age of the standby's last reply
 * (reply_time, 12+).
 */
@Component(property = "service.ranking:Integer=0")
public class PostgresReplicationProvider implements ReplicationProvider {

    private static final Pattern APPLICATION_NAME = Pattern.compile("application_name=([^ ]+)");

    /** What one node answered. */
    record PgNode(Endpoint endpoint, DatabaseException failure, boolean inRecovery, String version,
            String synchronousStandbyNames, String synchronousCommit, String walLogHints, String dataChecksums,
            Long currentPosition, Long timeline, Instant now, List<Sender> senders, List<Slot> slots,
            Long receivePosition, Long replayPosition, Instant lastReplay, boolean replayPaused, Receiver receiver) {

        boolean reachable() {
            return failure == null;
        }
    }

    record Sender(int pid, String applicationName, String clientAddress, String state, String syncState, Long sent,
            Long write, Long flush, Long replay, Double writeLag, Double flushLag, Double replayLag, Instant replyTime,
            String slot) {
    }

    record Slot(String name, String type, boolean active, Long retainedBytes, String walStatus, Long safeWalSize) {
    }

    record Receiver(String status, Long timeline, Long flushed, Instant lastSend, Instant lastReceipt, String slot,
            String senderHost, Integer senderPort, String applicationName) {
    }

    @Override
    public boolean handles(Engine engine) {
        return engine.postgresFamily();
    }

    @Override
    public SystemStatus observe(SystemTopology topology, DatabaseSessions sessions, LagThresholds thresholds,
            SystemStatus previous, Cancellation cancellation) {
        Map<String, PgNode> nodes = new LinkedHashMap<>();
        for (Endpoint e : topology.endpoints()) {
            nodes.put(e.id(), read(e, sessions, cancellation));
        }
        // The primary is the reachable node that is not in recovery (after a failover not the declared one);
        // else the declared primary, to report it unreachable.
        PgNode primary = nodes.values().stream().filter(n -> n.reachable() && !n.inRecovery()).findFirst()
                .orElse(topology.primary() == null ? null : nodes.get(topology.primary().id()));
        List<NodeState> states = new ArrayList<>();
        List<StandbyStatus> links = new ArrayList<>();
        for (PgNode node : nodes.values()) {
            states.add(state(node));
            if (node != primary) {
                links.add(link(node, primary, thresholds));
            }
        }
        return Monitoring.system(topology, states, links, thresholds);
    }

    private static PgNode read(Endpoint endpoint, DatabaseSessions sessions, Cancellation cancellation) {
        try {
            return sessions.read(endpoint, s -> readNode(endpoint, s), cancellation);
        } catch (DatabaseException e) {
            return new PgNode(endpoint, e, false, null, null, null, null, null, null, null, null, List.of(), List.of(),
                    null, null, null, false, null);
        }
    }

    private static PgNode readNode(Endpoint endpoint, Session s) throws SQLException {
        Object[] n = s.queryFirst(s.sql("dataguard.pg.node"), rs -> new Object[] { rs.getBoolean(1), rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), longOrNull(rs, 7),
                longOrNull(rs, 8), instant(rs.getTimestamp(9)) }).orElseThrow();
        boolean inRecovery = (Boolean) n[0];
        List<Sender> senders = List.of();
        List<Slot> slots = List.of();
        Long receive = null;
        Long replay = null;
        Instant lastReplay = null;
        boolean paused = false;
        Receiver receiver = null;
        if (!inRecovery) {
            senders = s.query(s.sql("dataguard.pg.replication"), rs -> new Sender(rs.getInt(1), rs.getString(2),
                    rs.getString(3), rs.getString(4), rs.getString(5), longOrNull(rs, 6), longOrNull(rs, 7),
                    longOrNull(rs, 8), longOrNull(rs, 9), doubleOrNull(rs, 10), doubleOrNull(rs, 11),
                    doubleOrNull(rs, 12), instant(rs.getTimestamp(13)), rs.getString(14)));
            slots = s.query(s.sql("dataguard.pg.slots"), rs -> new Slot(rs.getString(1), rs.getString(2),
                    rs.getBoolean(3), longOrNull(rs, 4), rs.getString(5), longOrNull(rs, 6)));
        } else {
            Object[] st = s.queryFirst(s.sql("dataguard.pg.standby"), rs -> new Object[] { longOrNull(rs, 1),
                    longOrNull(rs, 2), instant(rs.getTimestamp(3)), rs.getBoolean(4) }).orElseThrow();
            receive = (Long) st[0];
            replay = (Long) st[1];
            lastReplay = (Instant) st[2];
            paused = (Boolean) st[3];
            receiver = s.queryFirst(s.sql("dataguard.pg.receiver"), rs -> {
                String conninfo = rs.getString(10);
                Matcher m = APPLICATION_NAME.matcher(conninfo == null ? "" : conninfo);
                return new Receiver(rs.getString(1), longOrNull(rs, 2), longOrNull(rs, 3),
                        instant(rs.getTimestamp(4)), instant(rs.getTimestamp(5)), rs.getString(7), rs.getString(8),
                        (Integer) rs.getObject(9), m.find() ? m.group(1) : null);
            }).orElse(null);
        }
        return new PgNode(endpoint, null, inRecovery, (String) n[1], (String) n[2], (String) n[3], (String) n[4],
                (String) n[5], (Long) n[6], (Long) n[7], (Instant) n[8], senders, slots, receive, replay, lastReplay,
                paused, receiver);
    }

    private static NodeState state(PgNode n) {
        if (!n.reachable()) {
            return NodeState.unreachable(n.endpoint().id(), n.failure().problem(), n.failure().serverCode(), n.failure().getMessage(),
                    List.of(Reason.of(Verdict.ERROR, "reason.node.unreachable", n.endpoint().name(),
                            n.failure().problem().name())));
        }
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("open_mode", n.inRecovery() ? "READ ONLY (HOT STANDBY)" : "READ WRITE");
        put(facts, "synchronous_standby_names", n.synchronousStandbyNames());
        put(facts, "synchronous_commit", n.synchronousCommit());
        put(facts, "wal_log_hints", n.walLogHints());
        put(facts, "data_checksums", n.dataChecksums());
        Long timeline = n.inRecovery() ? (n.receiver() == null ? null : n.receiver().timeline()) : n.timeline();
        put(facts, "timeline", timeline);
        put(facts, "wal_position", n.inRecovery() ? n.receivePosition() : n.currentPosition());
        if (n.inRecovery()) {
            put(facts, "replay_position", n.replayPosition());
            put(facts, "replay_paused", n.replayPaused());
            put(facts, "receiver_status", n.receiver() == null ? "none" : n.receiver().status());
        } else {
            put(facts, "senders", n.senders().size());
            for (Slot slot : n.slots()) {
                put(facts, "slot." + slot.name() + ".retained_wal_bytes", slot.retainedBytes());
                put(facts, "slot." + slot.name() + ".active", slot.active());
                put(facts, "slot." + slot.name() + ".wal_status", slot.walStatus());
            }
        }
        List<Reason> reasons = new ArrayList<>();
        for (Slot slot : n.slots()) {
            if (!slot.active() && slot.retainedBytes() != null) {
                reasons.add(Reason.of(Verdict.WARNING, "reason.pg.slot.inactive", slot.name(), slot.retainedBytes()));
            }
            if ("lost".equals(slot.walStatus()) || "unreserved".equals(slot.walStatus())) {
                reasons.add(Reason.of(Verdict.ERROR, "reason.pg.slot.lost", slot.name(), slot.walStatus()));
            }
        }
        return new NodeState(n.endpoint().id(), true, null, null, null, n.inRecovery() ? NodeRole.STANDBY : NodeRole.PRIMARY,
                n.version(), facts, reasons);
    }

    private static StandbyStatus link(PgNode standby, PgNode primary, LagThresholds thresholds) {
        Map<String, String> facts = new LinkedHashMap<>();
        List<Reason> reasons = new ArrayList<>();
        String standbyId = standby.endpoint().id();
        String primaryId = primary == null ? null : primary.endpoint().id();
        if (primary == null) {
            reasons.add(Reason.of(Verdict.ERROR, "reason.primary.none"));
        } else if (!primary.reachable()) {
            reasons.add(Reason.of(Verdict.ERROR, "reason.primary.unreachable", primary.endpoint().name(),
                    primary.failure().problem().name()));
        }
        if (!standby.reachable()) {
            reasons.add(Reason.of(Verdict.ERROR, "reason.standby.unreachable", standby.endpoint().name(),
                    standby.failure().problem().name()));
        } else if (!standby.inRecovery()) {
            reasons.add(Reason.of(Verdict.ERROR, "reason.pg.standby.not.in.recovery", standby.endpoint().name()));
            return new StandbyStatus(standbyId, primaryId, LagFigures.UNKNOWN, Verdict.ERROR, reasons, facts);
        }
        Sender sender = primary != null && primary.reachable() ? match(standby, primary.senders()) : null;
        if (sender != null) {
            put(facts, "state", sender.state());
            put(facts, "sync_state", sender.syncState());
            put(facts, "application_name", sender.applicationName());
            put(facts, "slot", sender.slot());
            put(facts, "client_address", sender.clientAddress());
            if (!"streaming".equals(sender.state())) {
                reasons.add(Reason.of(Verdict.WARNING, "reason.pg.not.streaming", sender.state()));
            }
        } else if (primary != null && primary.reachable()) {
            put(facts, "state", "disconnected");
            reasons.add(Reason.of(Verdict.WARNING, "reason.pg.not.streaming", "disconnected"));
        }
        if (standby.reachable() && standby.replayPaused()) {
            reasons.add(Reason.of(Verdict.WARNING, "reason.pg.replay.paused"));
        }
        if (standby.reachable() && primary != null && primary.reachable() && standby.receiver() != null
                && standby.receiver().timeline() != null && primary.timeline() != null
                && !standby.receiver().timeline().equals(primary.timeline())) {
            reasons.add(Reason.of(Verdict.ERROR, "reason.pg.timeline.differs", standby.receiver().timeline(),
                    primary.timeline()));
        }
        return new StandbyStatus(standbyId, primaryId, figures(standby, primary, sender, thresholds), Verdict.NORMAL,
                reasons, facts);
    }

    /** The lag model's figures from what both sides said (either may be missing). */
    static LagFigures figures(PgNode standby, PgNode primary, Sender sender, LagThresholds thresholds) {
        boolean primaryUp = primary != null && primary.reachable();
        boolean standbyUp = standby.reachable() && standby.inRecovery();
        Long current = primaryUp ? primary.currentPosition() : null;
        Long flushed = standbyUp ? standby.receivePosition() : sender == null ? null : sender.flush();
        if (sender != null && sender.flush() != null && (flushed == null || sender.flush() > flushed)) {
            flushed = sender.flush();
        }
        Long replayed = standbyUp ? standby.replayPosition() : sender == null ? null : sender.replay();
        Long unshipped = current == null || flushed == null ? null : Math.max(0, current - flushed);
        Long unapplied = flushed == null || replayed == null ? null : Math.max(0, flushed - replayed);
        boolean streaming = sender != null && "streaming".equals(sender.state());
        Duration sinceLastReplay = primaryUp && standbyUp && standby.lastReplay() != null && primary.now() != null
                ? positive(Duration.between(standby.lastReplay(), primary.now())) : null;

        Duration transport;
        if (unshipped != null && unshipped == 0) {
            transport = Duration.ZERO;
        } else if (streaming && sender.flushLag() != null) {
            transport = seconds(sender.flushLag());
        } else {
            transport = unshipped == null ? null : sinceLastReplay;
        }
        Duration apply;
        if (unshipped != null && unshipped == 0 && unapplied != null && unapplied == 0) {
            apply = Duration.ZERO;
        } else if (streaming && sender.replayLag() != null) {
            apply = seconds(sender.replayLag());
        } else {
            apply = sinceLastReplay;
        }
        Duration finish;
        if (unapplied != null && unapplied == 0) {
            finish = Duration.ZERO;
        } else if (streaming && sender.replayLag() != null) {
            finish = positive(seconds(sender.replayLag()).minus(
                    sender.flushLag() == null ? Duration.ZERO : seconds(sender.flushLag())));
        } else {
            finish = null;
        }
        Duration staleness = streaming && sender.replyTime() != null && primary.now() != null
                ? positive(Duration.between(sender.replyTime(), primary.now())) : null;
        return new LagFigures(transport, unshipped, apply, unapplied, finish, thresholds.promotionEstimate(),
                staleness);
    }

    private static Sender match(PgNode standby, List<Sender> senders) {
        if (standby.reachable() && standby.receiver() != null) {
            Receiver r = standby.receiver();
            for (Sender s : senders) {
                if (r.slot() != null && r.slot().equals(s.slot())) {
                    return s;
                }
            }
            for (Sender s : senders) {
                if (r.applicationName() != null && r.applicationName().equals(s.applicationName())) {
                    return s;
                }
            }
        }
        return senders.size() == 1 ? senders.get(0) : null;
    }

    @Override
    public List<ReadinessLine> readiness(SystemStatus status, String standbyId, LagThresholds thresholds) {
        return PostgresReadiness.lines(status, standbyId, thresholds);
    }

    private static Duration seconds(double value) {
        return Duration.ofMillis(Math.round(value * 1000));
    }

    private static Duration positive(Duration d) {
        return d.isNegative() ? Duration.ZERO : d;
    }

    private static void put(Map<String, String> facts, String key, Object value) {
        if (value != null) {
            facts.put(key, String.valueOf(value));
        }
    }

    static Long longOrNull(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    static Double doubleOrNull(ResultSet rs, int column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
