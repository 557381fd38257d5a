package org.hisops.hetero.core.internal;

import static org.hisops.checks.api.Severity.ERROR;
import static org.hisops.checks.api.Severity.INFO;
import static org.hisops.checks.api.Severity.RECOMMEND;
import static org.hisops.checks.api.Severity.WARNING;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hisops.checks.api.CheckContext;
import org.hisops.checks.api.CheckEvaluator;
import org.hisops.checks.api.Finding;
import org.hisops.checks.api.Row;

/**
 * The readiness checks' judgement. Thresholds are named here and in docs/heterogeneous.md; figures go into findings
 * as text so a stored run reads back the same.
 */
final class ReadinessEvaluators {

    static final double SEQUENCE_WARNING_PERCENT = 80;
    static final double SEQUENCE_ERROR_PERCENT = 95;
    static final double BLOAT_WARNING_PERCENT = 20;
    static final long BLOAT_MIN_DEAD_ROWS = 10_000;
    private static final long MB = 1024L * 1024L;

    private ReadinessEvaluators() {
    }

    /** One INFO finding per schema with its object counts: the PostgreSQL side of the inventory. */
    static List<Finding> inventory(CheckContext c) throws SQLException {
        Map<String, long[]> schemas = new LinkedHashMap<>();
        for (Row r : c.query("readiness.pg.inventory")) {
            long[] n = schemas.computeIfAbsent(r.text("SCHEMA_NAME"), k -> new long[6]);
            long count = r.number("OBJECTS", 0);
            switch (r.text("KIND")) {
                case "r", "p" -> n[0] += count;
                case "i", "I" -> n[1] += count;
                case "v", "m" -> n[2] += count;
                case "S" -> n[3] += count;
                case "f" -> n[4] += count;
                default -> n[5] += count;
            }
        }
        List<Finding> findings = new ArrayList<>();
        schemas.forEach((schema, n) -> findings.add(Finding.of(INFO, "finding.inventory", schema, schema, n[0], n[1],
                n[2], n[3], n[4])));
        return findings;
    }

    /** Columns of a type an upgrade refuses, read by {@code sqlId}: one finding per column. */
    static CheckEvaluator columns(String sqlId) {
        return c -> {
            List<Finding> findings = new ArrayList<>();
            for (Row r : c.query(sqlId)) {
                String column = r.text("SCHEMA_NAME") + "." + r.text("TABLE_NAME") + "." + r.text("COLUMN_NAME");
                findings.add(Finding.of(ERROR, "finding.column.type", column, column, r.text("TYPE_NAME")));
            }
            return findings;
        };
    }

    static List<Finding> withOids(CheckContext c) throws SQLException {
        List<Finding> findings = new ArrayList<>();
        for (Row r : c.query("readiness.pg.with.oids")) {
            String table = r.text("SCHEMA_NAME") + "." + r.text("TABLE_NAME");
            findings.add(Finding.of(ERROR, "finding.with.oids", table, table)
                    .withFixup("ALTER TABLE " + quoted(r.text("SCHEMA_NAME"), r.text("TABLE_NAME")) + " SET WITHOUT OIDS"));
        }
        return findings;
    }

    static List<Finding> postfixOperators(CheckContext c) throws SQLException {
        List<Finding> findings = new ArrayList<>();
        for (Row r : c.query("readiness.pg.postfix.operators")) {
            findings.add(Finding.of(ERROR, "finding.postfix.operator", r.text("OPERATOR_NAME"), r.text("OPERATOR_NAME")));
        }
        return findings;
    }

    static List<Finding> extensions(CheckContext c) throws SQLException {
        List<Finding> findings = new ArrayList<>();
        for (Row r : c.query("readiness.pg.extensions")) {
            String name = r.text("EXTENSION_NAME");
            String installed = r.text("INSTALLED_VERSION");
            String available = r.text("DEFAULT_VERSION");
            if (!Boolean.parseBoolean(r.text("AVAILABLE"))) {
                findings.add(Finding.of(ERROR, "finding.extension.missing", name, name, installed));
            } else if (!installed.equals(available)) {
                if (r.text("UPDATE_PATH") == null) {
                    findings.add(Finding.of(WARNING, "finding.extension.no.path", name, name, installed, available));
                } else {
                    findings.add(Finding.of(RECOMMEND, "finding.extension.update", name, name, installed, available,
                            r.text("UPDATE_PATH")).withFixup("ALTER EXTENSION " + quoted(name) + " UPDATE"));
                }
            }
        }
        return findings;
    }

    static List<Finding> invalidIndexes(CheckContext c) throws SQLException {
        List<Finding> findings = new ArrayList<>();
        for (Row r : c.query("readiness.pg.invalid.indexes")) {
            String index = r.text("SCHEMA_NAME") + "." + r.text("INDEX_NAME");
            findings.add(Finding.of(ERROR, "finding.invalid.index", index, index, r.text("TABLE_NAME"))
                    .withFixup("REINDEX INDEX CONCURRENTLY " + quoted(r.text("SCHEMA_NAME"), r.text("INDEX_NAME"))));
        }
        return findings;
    }

    static List<Finding> preparedTransactions(CheckContext c) throws SQLException {
        List<Finding> findings = new ArrayList<>();
        for (Row r : c.query("readiness.pg.prepared.xacts")) {
            String gid = r.text("GID");
            findings.add(Finding.of(ERROR, "finding.prepared.xact", gid, gid, r.text("OWNER"), r.text("DATABASE"),
                    r.text("PREPARED")));
        }
        return findings;
    }

    static List<Finding> sequences(CheckContext c) throws SQLException {
        List<Finding> findings = new ArrayList<>();
        for (Row r : c.query("readiness.pg.sequences")) {
            Object used = r.get("USED_PERCENT");
            double percent = used instanceof Number n ? n.doubleValue()
                    : used == null ? 0 : new BigDecimal(used.toString()).doubleValue();
            if (percent < SEQUENCE_WARNING_PERCENT) {
                continue;
            }
            String name = r.text("SCHEMA_NAME") + "." + r.text("SEQUENCE_NAME");
            boolean cycle = Boolean.parseBoolean(r.text("CYCLE"));
            findings.add(Finding.of(percent >= SEQUENCE_ERROR_PERCENT && !cycle ? ERROR : WARNING,
                    "finding.sequence.limit", name, name, r.text("LAST_VALUE"), r.text("MAX_VALUE"),
                    r.text("USED_PERCENT"), r.text("DATA_TYPE")));
        }
        return findings;
    }

    static List<Finding> bloat(CheckContext c) throws SQLException {
        List<Finding> findings = new ArrayList<>();
        for (Row r : c.query("readiness.pg.bloat")) {
            long dead = r.number("N_DEAD_TUP", 0);
            long live = r.number("N_LIVE_TUP", 0);
            double percent = live + dead == 0 ? 0 : 100.0 * dead / (live + dead);
            if (dead < BLOAT_MIN_DEAD_ROWS || percent < BLOAT_WARNING_PERCENT) {
                continue;
            }
            long bytes = r.number("TABLE_BYTES", 0);
            String table = r.text("SCHEMA_NAME") + "." + r.text("TABLE_NAME");
            findings.add(Finding.of(WARNING, "finding.bloat", table, table, dead, live, r.text("DEAD_PERCENT"),
                    Math.round(bytes * percent / 100.0 / MB * 10) / 10.0)
                    .withFixup("VACUUM (ANALYZE) " + quoted(r.text("SCHEMA_NAME"), r.text("TABLE_NAME"))));
        }
        return findings;
    }

    static String quoted(String... parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (b.length() > 0) {
                b.append('.');
            }
            b.append('"').append(p.replace("\"", "\"\"")).append('"');
        }
        return b.toString();
    }
}
