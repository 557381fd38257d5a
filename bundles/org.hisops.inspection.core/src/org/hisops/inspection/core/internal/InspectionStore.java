package org.hisops.inspection.core.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hisops.checks.api.CheckResult;
import org.hisops.checks.api.CheckStatus;
import org.hisops.checks.api.Finding;
import org.hisops.checks.api.Severity;
import org.hisops.db.api.DbProblem;
import org.hisops.inspection.api.CheckOutcome;
import org.hisops.inspection.api.InspectionRun;
import org.hisops.inspection.api.InspectionSummary;
import org.hisops.inspection.api.ManualAnswer;
import org.hisops.platform.api.EmbeddedStore;

/** Runs in the embedded store (schema INSPECTION, store/V1__inspection_runs.sql); each write is one transaction. */
final class InspectionStore {

    /** Thrown when a change is asked of a signed-off run. */
    static final class SignedOff extends Exception {
        private static final long serialVersionUID = 1L;
    }

    static final String SEPARATOR = "\u001F";

    private final EmbeddedStore store;

    private final org.osgi.framework.Bundle bundle;

    InspectionStore(EmbeddedStore store, org.osgi.framework.Bundle bundle) {
        this.store = store;
        this.bundle = bundle;
    }

    /** The schema is brought up to date on first use, not at activation (start-up stays short; a locked store is a run's problem). */
    private Connection connection() throws SQLException {
        return store.connection("inspection", bundle, "store");
    }

    long create(String siteId, String checklistId, List<String> endpointIds, String inspector, Instant started)
            throws SQLException {
        try (Connection c = connection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO INSPECTION.RUN (SITE_ID, CHECKLIST_ID, ENDPOINT_IDS, INSPECTOR, STARTED) VALUES (?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, siteId);
            ps.setString(2, checklistId);
            ps.setString(3, String.join(SEPARATOR, endpointIds));
            ps.setString(4, inspector);
            ps.setObject(5, time(started));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Saves (or replaces) a check's outcome and its findings, unless the run is signed off. */
    void saveOutcome(long runId, CheckOutcome outcome) throws SQLException, SignedOff {
        CheckResult r = outcome.result();
        try (Connection c = connection()) {
            c.setAutoCommit(false);
            try {
                lockOpen(c, runId);
                try (PreparedStatement ps = c.prepareStatement(
                        "DELETE FROM INSPECTION.OUTCOME WHERE RUN_ID = ? AND ENDPOINT_ID = ? AND CHECK_ID = ?")) {
                    ps.setLong(1, runId);
                    ps.setString(2, outcome.endpointId());
                    ps.setString(3, r.checkId());
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO INSPECTION.OUTCOME (RUN_ID, ENDPOINT_ID, "
                        + "CHECK_ID, CATALOGUE_ID, STATUS, SEVERITY, REASON_KEY, REASON_ARGUMENTS, PROBLEM, SERVER_CODE, "
                        + "DETAIL, ELAPSED_MS, FINISHED) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    ps.setLong(1, runId);
                    ps.setString(2, outcome.endpointId());
                    ps.setString(3, r.checkId());
                    ps.setString(4, outcome.catalogueId());
                    ps.setString(5, r.status().name());
                    ps.setString(6, r.severity() == null ? null : r.severity().name());
                    ps.setString(7, r.reasonKey());
                    ps.setString(8, join(r.reasonArguments()));
                    ps.setString(9, r.problem() == null ? null : r.problem().name());
                    ps.setString(10, r.serverCode());
                    ps.setString(11, cut(r.detail()));
                    ps.setLong(12, r.elapsed() == null ? 0 : r.elapsed().toMillis());
                    ps.setObject(13, time(outcome.finished()));
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO INSPECTION.FINDING (RUN_ID, ENDPOINT_ID, "
                        + "CHECK_ID, POSITION, SEVERITY, MESSAGE_KEY, ARGUMENTS, SUBJECT, FIXUP) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    int position = 0;
                    for (Finding f : r.findings()) {
                        ps.setLong(1, runId);
                        ps.setString(2, outcome.endpointId());
                        ps.setString(3, r.checkId());
                        ps.setInt(4, position++);
                        ps.setString(5, f.severity().name());
                        ps.setString(6, f.messageKey());
                        ps.setString(7, join(f.arguments()));
                        ps.setString(8, f.subject());
                        ps.setString(9, join(f.fixupStatements()));
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                c.commit();
            } catch (SQLException | SignedOff | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    void saveAnswer(long runId, ManualAnswer answer) throws SQLException, SignedOff {
        try (Connection c = connection()) {
            c.setAutoCommit(false);
            try {
                lockOpen(c, runId);
                try (PreparedStatement ps = c.prepareStatement("MERGE INTO INSPECTION.ANSWER (RUN_ID, ITEM_ID, "
                        + "NUMBER_VALUE, PASSED, NOTE, ANSWERED_AT) KEY (RUN_ID, ITEM_ID) VALUES (?, ?, ?, ?, ?, ?)")) {
                    ps.setLong(1, runId);
                    ps.setString(2, answer.itemId());
                    if (answer.value() == null) {
                        ps.setNull(3, Types.DOUBLE);
                    } else {
                        ps.setDouble(3, answer.value());
                    }
                    if (answer.passed() == null) {
                        ps.setNull(4, Types.BOOLEAN);
                    } else {
                        ps.setBoolean(4, answer.passed());
                    }
                    ps.setString(5, cut(answer.note()));
                    ps.setObject(6, time(answer.answeredAt()));
                    ps.executeUpdate();
                }
                c.commit();
            } catch (SQLException | SignedOff | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    /** Saves (or replaces) the report's conclusions, unless the run is signed off. */
    void saveConclusions(long runId, String text, Instant at) throws SQLException, SignedOff {
        try (Connection c = connection()) {
            c.setAutoCommit(false);
            try {
                lockOpen(c, runId);
                try (PreparedStatement ps = c.prepareStatement("MERGE INTO INSPECTION.CONCLUSION (RUN_ID, BODY, "
                        + "SAVED_AT) KEY (RUN_ID) VALUES (?, ?, ?)")) {
                    ps.setLong(1, runId);
                    ps.setString(2, text);
                    ps.setObject(3, time(at));
                    ps.executeUpdate();
                }
                c.commit();
            } catch (SQLException | SignedOff | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    Optional<String> conclusions(long runId) throws SQLException {
        try (Connection c = connection(); PreparedStatement ps = c.prepareStatement(
                "SELECT BODY FROM INSPECTION.CONCLUSION WHERE RUN_ID = ?")) {
            ps.setLong(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        }
    }

    void signOff(long runId, String inspector, Instant at) throws SQLException, SignedOff {
        try (Connection c = connection()) {
            c.setAutoCommit(false);
            try {
                lockOpen(c, runId);
                try (PreparedStatement ps = c.prepareStatement(
                        "UPDATE INSPECTION.RUN SET SIGNED_BY = ?, SIGNED_AT = ? WHERE RUN_ID = ?")) {
                    ps.setString(1, inspector);
                    ps.setObject(2, time(at));
                    ps.setLong(3, runId);
                    ps.executeUpdate();
                }
                c.commit();
            } catch (SQLException | SignedOff | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    /** Locks the run's row for the transaction; refuses a signed-off run, and an unknown one as SQL problem. */
    private static void lockOpen(Connection c, long runId) throws SQLException, SignedOff {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT SIGNED_AT FROM INSPECTION.RUN WHERE RUN_ID = ? FOR UPDATE")) {
            ps.setLong(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("no inspection run " + runId);
                }
                if (rs.getObject(1) != null) {
                    throw new SignedOff();
                }
            }
        }
    }

    Optional<InspectionRun> load(long runId) throws SQLException {
        try (Connection c = connection()) {
            InspectionRun head = null;
            try (PreparedStatement ps = c.prepareStatement("SELECT RUN_ID, SITE_ID, CHECKLIST_ID, ENDPOINT_IDS, "
                    + "INSPECTOR, STARTED, SIGNED_BY, SIGNED_AT FROM INSPECTION.RUN WHERE RUN_ID = ?")) {
                ps.setLong(1, runId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    head = new InspectionRun(runId, rs.getString(2), rs.getString(3), split(rs.getString(4)),
                            rs.getString(5), instant(rs, 6), rs.getString(7), instant(rs, 8), List.of(), Map.of());
                }
            }
            Map<String, List<Finding>> findings = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT ENDPOINT_ID, CHECK_ID, SEVERITY, MESSAGE_KEY, "
                    + "ARGUMENTS, SUBJECT, FIXUP FROM INSPECTION.FINDING WHERE RUN_ID = ? ORDER BY POSITION")) {
                ps.setLong(1, runId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        findings.computeIfAbsent(rs.getString(1) + SEPARATOR + rs.getString(2), k -> new ArrayList<>())
                                .add(new Finding(Severity.valueOf(rs.getString(3)), rs.getString(4),
                                        split(rs.getString(5)), rs.getString(6), split(rs.getString(7))));
                    }
                }
            }
            List<CheckOutcome> outcomes = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT ENDPOINT_ID, CHECK_ID, CATALOGUE_ID, STATUS, "
                    + "SEVERITY, REASON_KEY, REASON_ARGUMENTS, PROBLEM, SERVER_CODE, DETAIL, ELAPSED_MS, FINISHED "
                    + "FROM INSPECTION.OUTCOME WHERE RUN_ID = ? ORDER BY FINISHED, ENDPOINT_ID, CHECK_ID")) {
                ps.setLong(1, runId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String severity = rs.getString(5);
                        String problem = rs.getString(8);
                        CheckResult result = new CheckResult(rs.getString(2), CheckStatus.valueOf(rs.getString(4)),
                                severity == null ? null : Severity.valueOf(severity),
                                findings.getOrDefault(rs.getString(1) + SEPARATOR + rs.getString(2), List.of()),
                                rs.getString(6), split(rs.getString(7)),
                                problem == null ? null : DbProblem.valueOf(problem), rs.getString(9),
                                rs.getString(10), Duration.ofMillis(rs.getLong(11)));
                        outcomes.add(new CheckOutcome(rs.getString(1), rs.getString(3), result, instant(rs, 12)));
                    }
                }
            }
            Map<String, ManualAnswer> answers = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT ITEM_ID, NUMBER_VALUE, PASSED, NOTE, ANSWERED_AT "
                    + "FROM INSPECTION.ANSWER WHERE RUN_ID = ? ORDER BY ITEM_ID")) {
                ps.setLong(1, runId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        double value = rs.getDouble(2);
                        Double number = rs.wasNull() ? null : value;
                        boolean passed = rs.getBoolean(3);
                        Boolean verdict = rs.wasNull() ? null : passed;
                        answers.put(rs.getString(1), new ManualAnswer(rs.getString(1), number, verdict,
                                rs.getString(4), instant(rs, 5)));
                    }
                }
            }
            return Optional.of(new InspectionRun(head.id(), head.siteId(), head.checklistId(), head.endpointIds(),
                    head.inspector(), head.started(), head.signedBy(), head.signedAt(), outcomes, answers));
        }
    }

    List<InspectionSummary> history(String siteId) throws SQLException {
        List<InspectionSummary> runs = new ArrayList<>();
        try (Connection c = connection(); PreparedStatement ps = c.prepareStatement("SELECT r.RUN_ID, "
                + "r.SITE_ID, r.CHECKLIST_ID, r.INSPECTOR, r.STARTED, r.SIGNED_BY, r.SIGNED_AT, "
                + "(SELECT COUNT(*) FROM INSPECTION.OUTCOME o WHERE o.RUN_ID = r.RUN_ID), "
                + "(SELECT COUNT(*) FROM INSPECTION.ANSWER a WHERE a.RUN_ID = r.RUN_ID) "
                + "FROM INSPECTION.RUN r WHERE r.SITE_ID = ? ORDER BY r.STARTED DESC, r.RUN_ID DESC")) {
            ps.setString(1, siteId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    runs.add(new InspectionSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            instant(rs, 5), rs.getString(6), instant(rs, 7), rs.getInt(8), rs.getInt(9)));
                }
            }
        }
        return runs;
    }

    private static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static String join(List<String> parts) {
        return parts.isEmpty() ? null : String.join(SEPARATOR, parts);
    }

    private static List<String> split(String text) {
        return text == null ? List.of() : Arrays.asList(text.split(SEPARATOR, -1));
    }

    private static String cut(String text) {
        return text == null || text.length() <= 4000 ? text : text.substring(0, 3999) + "\u2026";
    }
}
