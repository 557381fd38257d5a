package org.hisops.dataguard.core.internal;

import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
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
import org.hisops.db.api.ConnectRole;
import org.hisops.db.api.DatabaseException;
import org.hisops.db.api.DatabaseSessions;
import org.hisops.db.api.DbProblem;
import org.hisops.db.api.Endpoint;
import org.hisops.db.api.Engine;
import org.hisops.db.api.RowMapper;
import org.hisops.db.api.Session;
import org.osgi.service.component.annotations.Component;

/**
 * Oracle Data Guard, 10.2 and 11.2 (physical standbys). Every node gives V$DATABASE (role, open mode, protection
 * mode and level, switchover status, force logging, flashback, broker) and V$MANAGED_STANDBY. The lag figures come
 * from the standby's V$DATAGUARD_STATS, because the primary's is empty: a mounted standby is read over its own
 * endpoint, which must connect AS SYSDBA (a normal login gets ORA-01033; HisOps says so instead of guessing figures).
 * Staleness is TIME_COMPUTED - DATUM_TIME on 11.2; 10.2 has no DATUM_TIME, so it is the standby's clock minus
 * TIME_COMPUTED. Gaps come from V$ARCHIVE_GAP and from comparing, per redo thread, the primary's current sequence
 * (V$THREAD) with the highest sequence the standby received (V$ARCHIVED_LOG); when the standby cannot be read, from
 * the primary's V$ARCHIVE_DEST_STATUS. The primary's destinations give transport errors (V$ARCHIVE_DEST.ERROR).
 */
@Component(property = "service.ranking:Integer=0")
public class OracleDataGuardProvider implements ReplicationProvider {

    /** TIME_COMPUTED and DATUM_TIME, as both releases print them. */
    static final DateTimeFormatter STATS_TIME = DateTimeFormatter.ofPattern("MM/dd/yyyy HH:mm:ss", Locale.ROOT);
    /** V$DATAGUARD_STATS interval values: "+00 00:00:01" or "+00 00:00:00.000". */
    private static final Pattern INTERVAL = Pattern.compile("([+-])?(\\d+) (\\d+):(\\d+):(\\d+)(?:\\.(\\d+))?");

    private static final org.hisops.db.api.DbVersion ELEVEN_TWO = org.hisops.db.api.DbVersion.parse("11.2");

    record OraNode(Endpoint endpoint, DatabaseException failure, String version, Map<String, String> database,
            List<Process> processes, Map<String, Stat> stats, LocalDateTime clock, List<long[]> gaps,
            Map<Long, long[]> received, Map<Long, Long> currentSequence, List<Destination> destinations,
            Map<Long, Long> onlineGroups, Map<Long, Long> standbyGroups, Map<String, String> parameters,
            List<String> unread) {

        boolean reachable() {
            return failure == null;
        }

        String db(String column) {
            return database.get(column);
        }

        boolean standby() {
            return db("database_role") != null && db("database_role").contains("STANDBY");
        }
    }

    record Process(String process, String status, String client, Long thread, Long sequence) {
    }

    record Stat(String value, String unit, LocalDateTime computed, LocalDateTime datum) {
    }

    record Destination(long id, String name, String status, String destination, String error, String databaseMode,
            String recoveryMode, Long archivedSeq, Long appliedSeq, String gapStatus) {
    }

    @Override
    public boolean handles(Engine engine) {
        return engine == Engine.ORACLE;
    }

    @Override
    public SystemStatus observe(SystemTopology topology, DatabaseSessions sessions, LagThresholds thresholds,
            SystemStatus previous, Cancellation cancellation) {
        Map<String, OraNode> nodes = new LinkedHashMap<>();
        for (Endpoint e : topology.endpoints()) {
            nodes.put(e.id(), read(e, sessions, cancellation));
        }
        OraNode primary = nodes.values().stream()
                .filter(n -> n.reachable() && "PRIMARY".equals(n.db("database_role"))).findFirst()
                .orElse(topology.primary() == null ? null : nodes.get(topology.primary().id()));
        List<NodeState> states = new ArrayList<>();
        List<StandbyStatus> links = new ArrayList<>();
        for (OraNode node : nodes.values()) {
            states.add(state(node));
            if (node != primary) {
                links.add(link(node, primary, unshipped(primary, node, sessions, cancellation)));
            }
        }
        return Monitoring.system(topology, states, links, thresholds);
    }

    private static OraNode read(Endpoint endpoint, DatabaseSessions sessions, Cancellation cancellation) {
        try {
            return sessions.read(endpoint, s -> readNode(endpoint, s), cancellation);
        } catch (DatabaseException e) {
            return new OraNode(endpoint, e, null, Map.of(), List.of(), Map.of(), null, List.of(), Map.of(), Map.of(),
                    List.of(), Map.of(), Map.of(), Map.of(), List.of());
        }
    }

    private static OraNode readNode(Endpoint endpoint, Session s) throws SQLException {
        List<String> unread = new ArrayList<>();
        Map<String, String> db = new LinkedHashMap<>();
        String[] columns = { "name", "db_unique_name", "database_role", "open_mode", "protection_mode",
                "protection_level", "switchover_status", "force_logging", "flashback_on", "dataguard_broker" };
        s.queryFirst(s.sql("dataguard.oracle.database"), rs -> {
            for (int i = 0; i < columns.length; i++) {
                String v = rs.getString(i + 1);
                if (v != null) {
                    db.put(columns[i], v.trim());
                }
            }
            return db;
        });
        boolean standby = db.getOrDefault("database_role", "").contains("STANDBY");
        List<Process> processes = optional(s, "dataguard.oracle.processes", unread, rs -> new Process(
                rs.getString(1), rs.getString(2), rs.getString(3), num(rs.getObject(4)), num(rs.getObject(5))));
        Map<String, String> parameters = new TreeMap<>();
        for (String[] p : optional(s, "dataguard.oracle.parameters", unread,
                rs -> new String[] { rs.getString(1), rs.getString(2) })) {
            if (p[1] != null) {
                parameters.put(p[0].toLowerCase(Locale.ROOT), p[1]);
            }
        }
        Map<String, Stat> stats = new LinkedHashMap<>();
        LocalDateTime clock = null;
        List<long[]> gaps = List.of();
        Map<Long, long[]> received = new TreeMap<>();
        Map<Long, Long> current = new TreeMap<>();
        List<Destination> destinations = new ArrayList<>();
        Map<Long, Long> online = new TreeMap<>();
        Map<Long, Long> standbyLogs = new TreeMap<>();
        for (Object[] g : optional(s, "dataguard.oracle.standby.logs", unread,
                rs -> new Object[] { num(rs.getObject(1)), num(rs.getObject(2)) })) {
            standbyLogs.put((Long) g[0], (Long) g[1]);
        }
        if (standby) {
            boolean datum = s.serverVersion().compareTo(ELEVEN_TWO) >= 0;
            for (Object[] row : optional(s, "dataguard.oracle.stats", unread, rs -> new Object[] { rs.getString(1),
                    new Stat(rs.getString(2), rs.getString(3), time(rs.getString(4)),
                            datum ? time(rs.getString(5)) : null) })) {
                stats.put(((String) row[0]).toLowerCase(Locale.ROOT).trim(), (Stat) row[1]);
            }
            clock = optional(s, "dataguard.oracle.clock", unread, rs -> time(rs.getString(1))).stream().findFirst()
                    .orElse(null);
            gaps = optional(s, "dataguard.oracle.gap", unread, rs -> new long[] { rs.getLong(1), rs.getLong(2),
                    rs.getLong(3) });
            for (Object[] r : optional(s, "dataguard.oracle.received", unread, rs -> new Object[] {
                    num(rs.getObject(1)), num(rs.getObject(2)), num(rs.getObject(3)) })) {
                received.put((Long) r[0], new long[] { r[1] == null ? -1 : (Long) r[1], r[2] == null ? -1 : (Long) r[2] });
            }
        } else {
            for (Object[] t : optional(s, "dataguard.oracle.threads", unread, rs -> new Object[] {
                    num(rs.getObject(1)), num(rs.getObject(2)), rs.getString(4) })) {
                if (!"DISABLED".equals(t[2])) {
                    current.put((Long) t[0], (Long) t[1]);
                }
            }
            Map<Long, String[]> status = new TreeMap<>();
            for (Object[] d : optional(s, "dataguard.oracle.destination.status", unread, rs -> new Object[] {
                    num(rs.getObject(1)), new String[] { rs.getString(2), rs.getString(4), rs.getString(5),
                            str(rs.getObject(8)), str(rs.getObject(10)), rs.getString(11), rs.getString(12) } })) {
                status.put((Long) d[0], (String[]) d[1]);
            }
            for (Object[] d : optional(s, "dataguard.oracle.destinations", unread, rs -> new Object[] {
                    num(rs.getObject(1)), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5) })) {
                String[] st = status.getOrDefault((Long) d[0], new String[7]);
                String error = blank((String) d[4]) ? st[5] : (String) d[4];
                destinations.add(new Destination((Long) d[0], (String) d[1], (String) d[2], (String) d[3],
                        blank(error) ? null : error.trim(), st[1], st[2], num(st[3]), num(st[4]), st[6]));
            }
            for (Object[] g : optional(s, "dataguard.oracle.online.logs", unread,
                    rs -> new Object[] { num(rs.getObject(1)), num(rs.getObject(2)) })) {
                online.put((Long) g[0], (Long) g[1]);
            }
        }
        return new OraNode(endpoint, null, s.serverVersion().toString(), db, processes, stats, clock, gaps, received,
                current, destinations, online, standbyLogs, parameters, unread);
    }

    /** A statement whose failure costs only its own figures (a view not granted, a column this release lacks). */
    private static <T> List<T> optional(Session s, String id, List<String> unread, RowMapper<T> mapper) {
        try {
            return s.query(s.sql(id), mapper);
        } catch (SQLException | RuntimeException e) {
            unread.add(id);
            return List.of();
        }
    }

    private NodeState state(OraNode n) {
        Endpoint e = n.endpoint();
        if (!n.reachable()) {
            List<Reason> reasons = new ArrayList<>();
            DbProblem p = n.failure().problem();
            if (e.connectRole() == ConnectRole.NORMAL && (p == DbProblem.STARTING_OR_STOPPING
                    || p == DbProblem.NOT_OPEN)) {
                // A mounted standby lets only SYSDBA/SYSOPER in: ORA-01033 here is not a starting instance.
                reasons.add(Reason.of(Verdict.ERROR, "reason.oracle.standby.needs.sysdba", e.name(),
                        String.valueOf(n.failure().serverCode())));
            } else {
                reasons.add(Reason.of(Verdict.ERROR, "reason.node.unreachable", e.name(), p.name()));
            }
            return NodeState.unreachable(e.id(), p, n.failure().serverCode(), n.failure().getMessage(), reasons);
        }
        Map<String, String> facts = new LinkedHashMap<>(n.database());
        n.parameters().forEach((k, v) -> facts.put("parameter." + k, v));
        for (Process p : n.processes()) {
            if (p.process() != null && (p.process().startsWith("MRP") || p.process().startsWith("LNS"))) {
                facts.put("process." + p.process().trim(), p.status() + (p.sequence() == null ? ""
                        : " " + p.thread() + "/" + p.sequence()));
            }
        }
        n.standbyGroups().forEach((t, c) -> facts.put("standby_log_groups.thread." + t, String.valueOf(c)));
        n.onlineGroups().forEach((t, c) -> facts.put("online_log_groups.thread." + t, String.valueOf(c)));
        n.currentSequence().forEach((t, q) -> facts.put("current_sequence.thread." + t, String.valueOf(q)));
        if (!n.unread().isEmpty()) {
            facts.put("unread", String.join(",", n.unread()));
        }
        List<Reason> reasons = new ArrayList<>();
        if ("ENABLED".equals(n.db("dataguard_broker"))) {
            reasons.add(Reason.of(Verdict.NORMAL, "reason.oracle.broker.enabled"));
        }
        String role = n.db("database_role");
        NodeRole nodeRole = "PRIMARY".equals(role) ? NodeRole.PRIMARY
                : "PHYSICAL STANDBY".equals(role) ? NodeRole.STANDBY : NodeRole.UNKNOWN;
        return new NodeState(e.id(), true, null, null, null, nodeRole, n.version(), facts, reasons);
    }

    /**
     * The RPO exposure in bytes: the logs the primary archived after the last one the standby received, per thread
     * (a lower bound: the current online log is not counted). Null when either side could not be read.
     */
    private static Long unshipped(OraNode primary, OraNode standby, DatabaseSessions sessions,
            Cancellation cancellation) {
        if (primary == null || !primary.reachable() || !standby.reachable() || primary.currentSequence().isEmpty()
                || standby.received().isEmpty()) {
            return null;
        }
        try {
            return sessions.read(primary.endpoint(), s -> {
                long bytes = 0;
                for (Long thread : primary.currentSequence().keySet()) {
                    long[] r = standby.received().get(thread);
                    long after = r == null ? -1 : r[0];
                    bytes += s.queryFirst(s.sql("dataguard.oracle.unshipped"), rs -> rs.getLong(1), thread, after)
                            .orElse(0L);
                }
                return bytes;
            }, cancellation);
        } catch (DatabaseException e) {
            return null;
        }
    }

    private static StandbyStatus link(OraNode standby, OraNode primary, Long unshipped) {
        Map<String, String> facts = new LinkedHashMap<>();
        List<Reason> reasons = new ArrayList<>();
        String standbyId = standby.endpoint().id();
        String primaryId = primary == null ? null : primary.endpoint().id();
        boolean primaryUp = primary != null && primary.reachable();
        if (primary == null) {
            reasons.add(Reason.of(Verdict.ERROR, "reason.primary.none"));
        } else if (!primaryUp) {
            reasons.add(Reason.of(Verdict.ERROR, "reason.primary.unreachable", primary.endpoint().name(),
                    primary.failure().problem().name()));
        }
        Destination dest = primaryUp ? destinationOf(standby, primary) : null;
        if (dest != null) {
            facts.put("destination", dest.name());
            facts.put("destination.status", String.valueOf(dest.status()));
            if (dest.error() != null || "ERROR".equals(dest.status()) || "BAD PARAM".equals(dest.status())) {
                reasons.add(Reason.of(Verdict.ERROR, "reason.oracle.destination.error", dest.name(),
                        dest.error() == null ? dest.status() : dest.error()));
            } else if ("DEFERRED".equals(dest.status()) || "DISABLED".equals(dest.status())) {
                reasons.add(Reason.of(Verdict.ERROR, "reason.oracle.destination.deferred", dest.name(), dest.status()));
            }
            if (dest.gapStatus() != null && !dest.gapStatus().isBlank() && !"NO GAP".equals(dest.gapStatus())) {
                reasons.add(Reason.of(Verdict.ERROR, "reason.oracle.destination.gap", dest.name(), dest.gapStatus()));
            }
        } else if (primaryUp) {
            reasons.add(Reason.of(Verdict.WARNING, "reason.oracle.destination.missing", standby.endpoint().name()));
        }
        if (!standby.reachable()) {
            DbProblem p = standby.failure().problem();
            boolean needsSysdba = standby.endpoint().connectRole() == ConnectRole.NORMAL
                    && (p == DbProblem.STARTING_OR_STOPPING || p == DbProblem.NOT_OPEN);
            reasons.add(needsSysdba
                    ? Reason.of(Verdict.ERROR, "reason.oracle.standby.needs.sysdba", standby.endpoint().name(),
                            String.valueOf(standby.failure().serverCode()))
                    : Reason.of(Verdict.ERROR, "reason.standby.unreachable", standby.endpoint().name(), p.name()));
            // What the primary knows still shows how far behind the standby is.
            if (dest != null && dest.archivedSeq() != null) {
                facts.put("destination.archived_seq", String.valueOf(dest.archivedSeq()));
                facts.put("destination.applied_seq", String.valueOf(dest.appliedSeq()));
            }
            return new StandbyStatus(standbyId, primaryId, LagFigures.UNKNOWN, Verdict.ERROR, reasons, facts);
        }
        if (!"PHYSICAL STANDBY".equals(standby.db("database_role"))) {
            reasons.add(Reason.of(Verdict.ERROR, "reason.oracle.not.physical.standby", standby.endpoint().name(),
                    String.valueOf(standby.db("database_role"))));
        }
        Process mrp = standby.processes().stream().filter(p -> p.process() != null && p.process().startsWith("MRP"))
                .findFirst().orElse(null);
        if (mrp == null) {
            reasons.add(Reason.of(Verdict.ERROR, "reason.oracle.apply.stopped", standby.endpoint().name()));
        } else {
            facts.put("mrp_status", mrp.status());
            if ("WAIT_FOR_GAP".equals(mrp.status())) {
                facts.put("mrp_waiting_for_gap", "true");
            }
        }
        for (long[] gap : standby.gaps()) {
            reasons.add(Reason.of(Verdict.ERROR, "reason.oracle.gap", gap[0], gap[1], gap[2]));
        }
        for (Map.Entry<Long, Long> t : primaryUp ? primary.currentSequence().entrySet()
                : Map.<Long, Long>of().entrySet()) {
            long[] r = standby.received().get(t.getKey());
            long receivedSeq = r == null ? -1 : r[0];
            facts.put("thread." + t.getKey() + ".primary_sequence", String.valueOf(t.getValue()));
            facts.put("thread." + t.getKey() + ".received_sequence", String.valueOf(receivedSeq));
            if (r != null) {
                facts.put("thread." + t.getKey() + ".applied_sequence", String.valueOf(r[1]));
            }
            // The current log is being written (and, with LGWR transport, received into a standby redo log):
            // only logs before it can be missing from the standby's archived logs.
            long behind = t.getValue() - 1 - receivedSeq;
            if (behind > 0 && standby.gaps().stream().noneMatch(g -> g[0] == t.getKey())) {
                reasons.add(Reason.of(Verdict.WARNING, "reason.oracle.sequence.behind", t.getKey(), t.getValue(),
                        receivedSeq));
            }
        }
        Stat transport = standby.stats().get("transport lag");
        Stat apply = standby.stats().get("apply lag");
        if (standby.stats().isEmpty()) {
            reasons.add(Reason.of(Verdict.WARNING, "reason.oracle.stats.empty", standby.endpoint().name()));
        }
        Duration staleness = null;
        Stat basis = transport != null ? transport : apply;
        if (basis != null && basis.computed() != null) {
            if (basis.datum() != null) {
                staleness = positive(Duration.between(basis.datum(), basis.computed()));
            } else if (standby.clock() != null
                    && org.hisops.db.api.DbVersion.parse(standby.version()).compareTo(ELEVEN_TWO) < 0) {
                staleness = positive(Duration.between(basis.computed(), standby.clock()));
            }
        }
        LagFigures figures = new LagFigures(interval(transport), unshipped, interval(apply),
                null, interval(standby.stats().get("apply finish time")),
                interval(standby.stats().get("estimated startup time")), staleness);
        return new StandbyStatus(standbyId, primaryId, figures, Verdict.NORMAL, reasons, facts);
    }

    /** The primary's destination that ships to this standby: by DB_UNIQUE_NAME or service, else the only one. */
    private static Destination destinationOf(OraNode standby, OraNode primary) {
        String unique = standby.reachable() ? standby.db("db_unique_name") : null;
        String address = standby.endpoint().address();
        for (Destination d : primary.destinations()) {
            String target = d.destination() == null ? "" : d.destination().trim();
            if (target.equalsIgnoreCase(unique == null ? "" : unique) || target.equalsIgnoreCase(address)) {
                return d;
            }
        }
        List<Destination> active = primary.destinations().stream().filter(d -> !"INACTIVE".equals(d.status()))
                .toList();
        return active.size() == 1 ? active.get(0) : null;
    }

    @Override
    public List<ReadinessLine> readiness(SystemStatus status, String standbyId, LagThresholds thresholds) {
        return OracleReadiness.lines(status, standbyId);
    }

    /** V$DATAGUARD_STATS values: "+00 00:00:01" (day to second intervals), or a number with its UNIT. */
    static Duration interval(Stat stat) {
        if (stat == null || stat.value() == null || stat.value().isBlank()) {
            return null;
        }
        String v = stat.value().trim();
        Matcher m = INTERVAL.matcher(v);
        if (m.matches()) {
            Duration d = Duration.ofDays(Long.parseLong(m.group(2))).plusHours(Long.parseLong(m.group(3)))
                    .plusMinutes(Long.parseLong(m.group(4))).plusSeconds(Long.parseLong(m.group(5)));
            if (m.group(6) != null) {
                d = d.plusMillis(Long.parseLong((m.group(6) + "00").substring(0, 3)));
            }
            return "-".equals(m.group(1)) ? Duration.ZERO : d;
        }
        try {
            double number = Double.parseDouble(v);
            String unit = stat.unit() == null ? "second" : stat.unit().toLowerCase(Locale.ROOT);
            double factor = unit.startsWith("minute") ? 60 : unit.startsWith("hour") ? 3600 : 1;
            return Duration.ofMillis(Math.round(number * factor * 1000));
        } catch (NumberFormatException e) {
            return null; // an unknown format is unknown, never zero
        }
    }

    static LocalDateTime time(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.trim(), STATS_TIME);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Duration positive(Duration d) {
        return d.isNegative() ? Duration.ZERO : d;
    }

    private static Long num(Object o) {
        if (o instanceof Number n) {
            return n.longValue();
        }
        if (o instanceof String s && !s.isBlank()) {
            try {
                return Long.parseLong(s.trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
