package org.hisops.assessment.data.core.internal;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

import org.hisops.assessment.data.api.Growth;
import org.hisops.assessment.data.api.LobVolume;
import org.hisops.assessment.data.api.PartitionedTable;
import org.hisops.assessment.data.api.TableName;
import org.hisops.assessment.data.api.TableStatistics;
import org.hisops.assessment.data.api.TableVolume;
import org.hisops.db.api.Session;

/**
 * Oracle 10.2/11.2: DBA_SEGMENTS grouped per segment, mapped to tables through DBA_INDEXES and DBA_LOBS; statistics
 * from DBA_TAB_STATISTICS (stale by STALE_STATS on 11.2, by DBA_TAB_MODIFICATIONS against NUM_ROWS on 10.2, whose
 * catalogue does not prove STALE_STATS); DBA_PART_TABLES; AWR growth only when {@code awr} (Diagnostics Pack).
 */
final class OracleDataReader {

    /** Oracle's default STALE_PERCENT: statistics are stale when more than 10 % of the rows changed. */
    static final double STALE_FRACTION = 0.10;

    private OracleDataReader() {
    }

    private static final class Acc {
        final TableName name;
        long table;
        long index;
        long lob;
        int subpartitions;
        int partitionSegments;
        long rows = -1;
        Instant analyzed;
        Boolean staleFlag;
        long changes = -1;

        Acc(TableName name) {
            this.name = name;
        }
    }

    static DataFigures read(Session s, Predicate<String> schema, int staleDays, boolean awr) throws SQLException {
        DataFigures f = new DataFigures();
        f.clock = s.queryFirst(s.sql("assessment.data.ora.clock"), r -> instant(r.getTimestamp(1))).orElseThrow();
        Map<TableName, Acc> tables = new LinkedHashMap<>();
        boolean tenTwo = s.serverVersion().compareTo(org.hisops.db.api.DbVersion.parse("11.1")) < 0;
        s.query(s.sql("assessment.data.ora.tables"), r -> {
            String owner = r.getString(1);
            if (schema.test(owner)) {
                Acc a = tables.computeIfAbsent(new TableName(owner, r.getString(2)), Acc::new);
                long rows = r.getLong(3);
                a.rows = r.wasNull() ? -1 : rows;
                a.analyzed = instant(r.getTimestamp(4));
                if (tenTwo) {
                    long changes = r.getLong(5);
                    a.changes = r.wasNull() ? -1 : changes;
                } else {
                    a.staleFlag = "YES".equals(r.getString(5));
                }
            }
            return null;
        });
        Map<String, TableName> indexes = new HashMap<>();
        s.query(s.sql("assessment.data.ora.indexes"), r -> {
            indexes.put(r.getString(1) + "." + r.getString(2), new TableName(r.getString(3), r.getString(4)));
            return null;
        });
        Map<String, String[]> lobSegments = new HashMap<>(); // owner.segment -> owner, table, column, segment
        Map<String, String> lobIndexes = new HashMap<>(); // owner.index -> owner.segment
        s.query(s.sql("assessment.data.ora.lobs"), r -> {
            String owner = r.getString(1);
            lobSegments.put(owner + "." + r.getString(4), new String[] { owner, r.getString(2), r.getString(3), r.getString(4) });
            lobIndexes.put(owner + "." + r.getString(5), owner + "." + r.getString(4));
            return null;
        });
        Map<String, long[]> lobBytes = new LinkedHashMap<>(); // owner.segment -> segment, index
        s.query(s.sql("assessment.data.ora.segments"), r -> {
            String owner = r.getString(1);
            String segment = r.getString(2);
            String type = r.getString(3);
            int count = r.getInt(4);
            long bytes = r.getLong(5);
            String key = owner + "." + segment;
            if (type.startsWith("TABLE")) {
                if (schema.test(owner)) {
                    Acc a = tables.computeIfAbsent(new TableName(owner, segment), Acc::new);
                    a.table += bytes;
                    if (type.equals("TABLE SUBPARTITION")) {
                        a.subpartitions += count;
                    } else if (type.equals("TABLE PARTITION")) {
                        a.partitionSegments += count;
                    }
                }
            } else if (type.startsWith("INDEX")) {
                TableName t = indexes.get(key);
                if (t != null && schema.test(t.owner())) {
                    tables.computeIfAbsent(t, Acc::new).index += bytes;
                }
            } else if (type.equals("LOBINDEX")) {
                String lob = lobIndexes.get(key);
                if (lob != null) {
                    lobBytes.computeIfAbsent(lob, k -> new long[2])[1] += bytes;
                }
            } else { // LOBSEGMENT, LOB PARTITION, LOB SUBPARTITION
                lobBytes.computeIfAbsent(key, k -> new long[2])[0] += bytes;
            }
            return null;
        });
        for (Map.Entry<String, long[]> e : lobBytes.entrySet()) {
            String[] lob = lobSegments.get(e.getKey());
            if (lob == null || !schema.test(lob[0])) {
                continue;
            }
            TableName t = new TableName(lob[0], lob[1]);
            tables.computeIfAbsent(t, Acc::new).lob += e.getValue()[0] + e.getValue()[1];
            f.lobs.add(new LobVolume(t, lob[2], lob[3], e.getValue()[0], e.getValue()[1]));
        }
        Map<TableName, Integer> partitionCounts = new HashMap<>();
        try {
            s.query(s.sql("assessment.data.ora.partitions"), r -> {
                TableName t = new TableName(r.getString(1), r.getString(2));
                if (schema.test(t.owner())) {
                    Acc a = tables.computeIfAbsent(t, Acc::new);
                    int partitions = r.getInt(5);
                    partitionCounts.put(t, partitions);
                    f.partitioned.add(new PartitionedTable(t, r.getString(3), r.getString(4), partitions,
                            a.subpartitions, a.table));
                }
                return null;
            });
        } catch (SQLException e) {
            f.notes.add("partitions.unreadable");
        }
        for (Acc a : tables.values()) {
            f.tables.add(new TableVolume(a.name, a.table, a.index, a.lob,
                    partitionCounts.getOrDefault(a.name, a.partitionSegments), a.rows, a.analyzed));
            TableStatistics.State state = null;
            if (a.analyzed == null) {
                state = TableStatistics.State.NEVER;
            } else if (Boolean.TRUE.equals(a.staleFlag)
                    || (a.changes >= 0 && a.rows >= 0 && a.changes > STALE_FRACTION * a.rows)) {
                state = TableStatistics.State.STALE;
            } else if (Duration.between(a.analyzed, f.clock).toDays() > staleDays) {
                state = TableStatistics.State.OLD;
            }
            if (state != null) {
                f.statistics.add(new TableStatistics(a.name, state, a.rows, a.analyzed,
                        a.analyzed == null ? -1 : Duration.between(a.analyzed, f.clock).toDays()));
            }
        }
        if (awr) {
            Map<TableName, Long> current = new HashMap<>();
            for (TableVolume t : f.tables) {
                current.put(t.table(), t.tableBytes());
            }
            try {
                s.query(s.sql("assessment.data.ora.awr.growth"), r -> {
                    TableName t = new TableName(r.getString(1), r.getString(2));
                    Long now = current.get(t);
                    if (now != null) {
                        long delta = r.getLong(5);
                        f.awrGrowth.add(new Growth(t.owner(), t.table(), instant(r.getTimestamp(3)),
                                instant(r.getTimestamp(4)), Math.max(0, now - delta), now));
                    }
                    return null;
                });
                f.awrRead = true;
            } catch (SQLException e) {
                f.notes.add("awr.unreadable");
            }
        }
        return f;
    }

    static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
