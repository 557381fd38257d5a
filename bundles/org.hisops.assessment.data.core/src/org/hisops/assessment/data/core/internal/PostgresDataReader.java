package org.hisops.assessment.data.core.internal;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

import org.hisops.assessment.data.api.LobVolume;
import org.hisops.assessment.data.api.PartitionedTable;
import org.hisops.assessment.data.api.TableName;
import org.hisops.assessment.data.api.TableStatistics;
import org.hisops.assessment.data.api.TableVolume;
import org.hisops.db.api.Session;

/**
 * PostgreSQL/KingbaseES: pg_class per table with its partitions rolled up to the root (pg_partition_root), heap,
 * index and TOAST sizes; statistics from pg_class.reltuples and pg_stat_all_tables (stale when more rows changed
 * since the last analyse than autovacuum's default trigger, 50 + 10 %); partitions from pg_partitioned_table and
 * pg_partition_tree (pg_inherits underneath). No AWR: growth comes from HisOps' own runs.
 */
final class PostgresDataReader {

    /** autovacuum_analyze_threshold and autovacuum_analyze_scale_factor defaults. */
    static final long ANALYZE_THRESHOLD = 50;
    static final double ANALYZE_SCALE = 0.10;

    private PostgresDataReader() {
    }

    static DataFigures read(Session s, Predicate<String> schema, int staleDays) throws SQLException {
        DataFigures f = new DataFigures();
        f.clock = s.queryFirst(s.sql("assessment.data.pg.clock"), r -> r.getTimestamp(1).toInstant()).orElseThrow();
        s.query(s.sql("assessment.data.pg.tables"), r -> {
            TableName t = new TableName(r.getString(1), r.getString(2));
            if (!schema.test(t.owner())) {
                return null;
            }
            int partitions = r.getInt(6);
            double tuples = partitions > 0 ? r.getDouble(8) : r.getDouble(7);
            boolean tuplesNull = r.wasNull();
            java.sql.Timestamp analyzed = r.getTimestamp(9);
            long modified = r.getLong(10);
            Instant last = analyzed == null ? null : analyzed.toInstant();
            // reltuples is -1 (PostgreSQL 14+) or 0 with no pages before the first analyse
            long rows = last == null || tuplesNull || tuples < 0 ? -1 : Math.round(tuples);
            long toast = r.getLong(5);
            f.tables.add(new TableVolume(t, r.getLong(3), r.getLong(4), toast, partitions, rows, last));
            if (toast > 0) {
                f.lobs.add(new LobVolume(t, "*", "pg_toast", toast, 0));
            }
            TableStatistics.State state = null;
            if (last == null) {
                state = TableStatistics.State.NEVER;
            } else if (modified > ANALYZE_THRESHOLD + ANALYZE_SCALE * Math.max(rows, 0)) {
                state = TableStatistics.State.STALE;
            } else if (Duration.between(last, f.clock).toDays() > staleDays) {
                state = TableStatistics.State.OLD;
            }
            if (state != null) {
                f.statistics.add(new TableStatistics(t, state, rows, last,
                        last == null ? -1 : Duration.between(last, f.clock).toDays()));
            }
            return null;
        });
        s.query(s.sql("assessment.data.pg.partitions"), r -> {
            TableName t = new TableName(r.getString(1), r.getString(2));
            if (schema.test(t.owner())) {
                f.partitioned.add(new PartitionedTable(t, r.getString(3), r.getInt(5) > 0 ? "PARTITIONED" : "NONE",
                        r.getInt(4), r.getInt(5), r.getLong(6)));
            }
            return null;
        });
        return f;
    }

    static boolean maintained(String schema) {
        return schema.equals("pg_catalog") || schema.equals("information_schema") || schema.startsWith("pg_toast")
                || schema.startsWith("pg_temp");
    }
}
