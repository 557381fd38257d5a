package org.hisops.checks.core.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hisops.checks.api.CheckResult;
import org.hisops.checks.api.CheckStatus;
import org.hisops.checks.api.Finding;
import org.hisops.checks.api.RunResult;
import org.hisops.checks.api.RunSummary;
import org.hisops.checks.api.Severity;
import org.hisops.db.api.DbProblem;
import org.hisops.db.api.Engine;
import org.hisops.platform.api.EmbeddedStore;
import org.osgi.framework.Bundle;

/** Runs in the embedded store (schema CHECKS, scripts in {@code store/}). */
final class RunHistory {

    static final String OWNER = "checks";
    private static final String SEPARATOR = "\u001f";

    private final EmbeddedStore store;
    private final Bundle bundle;

    RunHistory(EmbeddedStore store, Bundle bundle) {
        this.store = store;
        this.bundle = bundle;
    }

    private Connection open() throws SQLException {
        return store.connection(OWNER, bundle, "store");
    }

    long save(RunResult run) throws SQLException {
        try (Connection c = open()) {
            c.setAutoCommit(false);
            try {
                long id;
                try (PreparedStatement s = c.prepareStatement("INSERT INTO CHECKS.RUN (CATALOGUE_ID, ENDPOINT_ID, "
                        + "SITE_ID, ENGINE, SERVER_VERSION, STARTED, FINISHED, CANCELLED, HIGHEST) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                    s.setString(1, run.catalogueId());
                    s.setString(2, run.endpointId());
                    s.setString(3, run.siteId());
                    s.setString(4, run.engine().name());
                    s.setString(5, run.version());
                    s.setTimestamp(6, Timestamp.from(run.started()));
                    s.setTimestamp(7, Timestamp.from(run.finished()));
                    s.setBoolean(8, run.cancelled());
                    s.setString(9, run.highest().map(Enum::name).orElse(null));
                    s.executeUpdate();
                    try (ResultSet keys = s.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                }
                try (PreparedStatement r = c.prepareStatement("INSERT INTO CHECKS.RESULT (RUN_ID, POSITION, CHECK_ID, "
                        + "STATUS, SEVERITY, REASON_KEY, REASON_ARGUMENTS, PROBLEM, SERVER_CODE, DETAIL, ELAPSED_MS) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                        PreparedStatement f = c.prepareStatement("INSERT INTO CHECKS.FINDING (RUN_ID, POSITION, SEQ, "
                                + "SEVERITY, MESSAGE_KEY, ARGUMENTS, SUBJECT, FIXUP) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                    int position = 0;
                    for (CheckResult result : run.results()) {
                        r.setLong(1, id);
                        r.setInt(2, position);
                        r.setString(3, result.checkId());
                        r.setString(4, result.status().name());
                        r.setString(5, result.severity() == null ? null : result.severity().name());
                        r.setString(6, result.reasonKey());
                        r.setString(7, cut(join(result.reasonArguments()), 4000));
                        r.setString(8, result.problem() == null ? null : result.problem().name());
                        r.setString(9, result.serverCode());
                        r.setString(10, cut(result.detail(), 4000));
                        r.setLong(11, result.elapsed() == null ? 0 : result.elapsed().toMillis());
                        r.addBatch();
                        int seq = 0;
                        for (Finding finding : result.findings()) {
                            f.setLong(1, id);
                            f.setInt(2, position);
                            f.setInt(3, seq++);
                            f.setString(4, finding.severity().name());
                            f.setString(5, finding.messageKey());
                            f.setString(6, cut(join(finding.arguments()), 8000));
                            f.setString(7, cut(finding.subject(), 400));
                            f.setString(8, cut(join(finding.fixupStatements()), 8000));
                            f.addBatch();
                        }
                        position++;
                    }
                    r.executeBatch();
                    f.executeBatch();
                }
                c.commit();
                return id;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    List<RunSummary> history(String endpointId) throws SQLException {
        List<RunSummary> runs = new ArrayList<>();
        try (Connection c = open(); PreparedStatement s = c.prepareStatement("SELECT r.RUN_ID, r.CATALOGUE_ID, "
                + "r.ENDPOINT_ID, r.SITE_ID, r.SERVER_VERSION, r.STARTED, r.FINISHED, r.CANCELLED, r.HIGHEST, "
                + "(SELECT COUNT(*) FROM CHECKS.RESULT x WHERE x.RUN_ID = r.RUN_ID) CHECKS, "
                + "(SELECT COUNT(*) FROM CHECKS.RESULT x WHERE x.RUN_ID = r.RUN_ID AND x.STATUS = 'FINDING') FINDINGS, "
                + "(SELECT COUNT(*) FROM CHECKS.RESULT x WHERE x.RUN_ID = r.RUN_ID AND x.STATUS = 'FAILED') FAILED "
                + "FROM CHECKS.RUN r WHERE r.ENDPOINT_ID = ? ORDER BY r.STARTED DESC, r.RUN_ID DESC")) {
            s.setString(1, endpointId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String highest = rs.getString(9);
                    runs.add(new RunSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getTimestamp(7).toInstant(),
                            rs.getBoolean(8), highest == null ? null : Severity.valueOf(highest), rs.getInt(10),
                            rs.getInt(11), rs.getInt(12)));
                }
            }
        }
        return runs;
    }

    Optional<RunResult> load(long runId) throws SQLException {
        try (Connection c = open()) {
            RunResult head;
            try (PreparedStatement s = c.prepareStatement("SELECT CATALOGUE_ID, ENDPOINT_ID, SITE_ID, ENGINE, "
                    + "SERVER_VERSION, STARTED, FINISHED, CANCELLED FROM CHECKS.RUN WHERE RUN_ID = ?")) {
                s.setLong(1, runId);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    head = new RunResult(runId, rs.getString(1), rs.getString(2), rs.getString(3),
                            Engine.valueOf(rs.getString(4)), rs.getString(5), rs.getTimestamp(6).toInstant(),
                            rs.getTimestamp(7).toInstant(), rs.getBoolean(8), List.of(), null);
                }
            }
            Map<Integer, List<Finding>> findings = new LinkedHashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT POSITION, SEVERITY, MESSAGE_KEY, ARGUMENTS, SUBJECT, "
                    + "FIXUP FROM CHECKS.FINDING WHERE RUN_ID = ? ORDER BY POSITION, SEQ")) {
                s.setLong(1, runId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        findings.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>()).add(new Finding(
                                Severity.valueOf(rs.getString(2)), rs.getString(3), split(rs.getString(4)),
                                rs.getString(5), split(rs.getString(6))));
                    }
                }
            }
            List<CheckResult> results = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT POSITION, CHECK_ID, STATUS, SEVERITY, REASON_KEY, "
                    + "REASON_ARGUMENTS, PROBLEM, SERVER_CODE, DETAIL, ELAPSED_MS FROM CHECKS.RESULT WHERE RUN_ID = ? "
                    + "ORDER BY POSITION")) {
                s.setLong(1, runId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        String severity = rs.getString(4);
                        String problem = rs.getString(7);
                        results.add(new CheckResult(rs.getString(2), CheckStatus.valueOf(rs.getString(3)),
                                severity == null ? null : Severity.valueOf(severity),
                                findings.getOrDefault(rs.getInt(1), List.of()), rs.getString(5),
                                split(rs.getString(6)), problem == null ? null : DbProblem.valueOf(problem),
                                rs.getString(8), rs.getString(9), Duration.ofMillis(rs.getLong(10))));
                    }
                }
            }
            return Optional.of(new RunResult(runId, head.catalogueId(), head.endpointId(), head.siteId(),
                    head.engine(), head.version(), head.started(), head.finished(), head.cancelled(), results, null));
        }
    }

    private static String join(List<String> values) {
        return values.isEmpty() ? null : String.join(SEPARATOR, values);
    }

    private static List<String> split(String text) {
        return text == null ? List.of() : Arrays.asList(text.split(SEPARATOR, -1));
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }
}
