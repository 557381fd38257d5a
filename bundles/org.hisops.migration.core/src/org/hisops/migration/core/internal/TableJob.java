package org.hisops.migration.core.internal;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.hisops.db.api.Cancellation;
import org.hisops.db.api.DatabaseException;
import org.hisops.db.api.DatabaseSessions;
import org.hisops.db.api.Endpoint;
import org.hisops.migration.api.ComparedBy;
import org.hisops.migration.api.RepairScript;
import org.hisops.migration.api.RowDifference;
import org.hisops.migration.api.TableResult;
import org.hisops.migration.api.TableStatus;
import org.hisops.migration.api.VerifyListener;
import org.hisops.migration.api.VerifyMode;
import org.hisops.migration.api.VerifyOptions;

/**
 * One table pair: phase 1 compares segment hashes in the snapshot and bisects differing segments down to candidate
 * keys (each finished segment stored at once); phase 2, after the re-check delay, reads the candidates again
 * outside the snapshot and keeps only the rows that still differ, with both sides' values and the repair script.
 */
final class TableJob {

    /** A differing segment is split into this many parts until it holds at most leafRows rows. */
    private static final int FANOUT = 8;
    private static final int MAX_DEPTH = 12;
    private static final int MAX_SEGMENTS = 4096;
    private static final int BATCH = 100;

    private record Hash(long rows, BigDecimal sum) {
        boolean same(Hash o) {
            return rows == o.rows && Objects.equals(sum, o.sum);
        }
    }

    private final TablePlan plan;
    private final int tableNo;
    private final String runId;
    private final VerifyOptions options;
    private final SideReader sourceReader;
    private final SideReader targetReader;
    private final VerifyStore store;
    private final VerifyListener listener;
    private final Cancellation cancellation;

    long sourceRows;
    long targetRows;
    int segments;
    int compared;
    final List<List<Object>> candidates = new ArrayList<>();

    TableJob(TablePlan plan, int tableNo, String runId, VerifyOptions options, SideReader sourceReader,
            SideReader targetReader, VerifyStore store, VerifyListener listener, Cancellation cancellation) {
        this.plan = plan;
        this.tableNo = tableNo;
        this.runId = runId;
        this.options = options;
        this.sourceReader = sourceReader;
        this.targetReader = targetReader;
        this.store = store;
        this.listener = listener;
        this.cancellation = cancellation;
    }

    ComparedBy comparedBy() {
        return options.mode() == VerifyMode.COUNT ? ComparedBy.COUNT_ONLY
                : plan.keyed() ? ComparedBy.KEY_RANGES : ComparedBy.NO_KEY_FALLBACK;
    }

    /** Phase 1. Throws the side's classified problem. */
    void compare() throws DatabaseException, SQLException {
        if (options.mode() == VerifyMode.COUNT) {
            CompletableFuture<Long> s = sourceReader.submit(q -> count(q, plan.source));
            CompletableFuture<Long> t = targetReader.submit(q -> count(q, plan.target));
            sourceRows = await(s);
            targetRows = await(t);
            segments = 1;
            compared = 1;
            return;
        }
        if (!plan.keyed()) {
            compareBuckets();
            return;
        }
        List<List<Object>> boundaries = store.boundaries(runId, tableNo);
        if (boundaries == null) {
            boundaries = boundaries();
            store.boundaries(runId, tableNo, boundaries);
        }
        List<Segment> all = segments(boundaries);
        segments = all.size();
        Map<Integer, VerifyStore.SegmentRecord> done = store.segments(runId, tableNo);
        List<Segment> todo = new ArrayList<>();
        for (Segment s : all) {
            VerifyStore.SegmentRecord record = done.get(s.no());
            if (record != null) {
                add(record);
            } else if (options.mode() != VerifyMode.SAMPLE || sampled(s.no())) {
                todo.add(s);
            }
        }
        compared = done.size();
        List<CompletableFuture<Hash>[]> hashes = new ArrayList<>();
        for (Segment s : todo) {
            hashes.add(hashes(s));
        }
        for (int i = 0; i < todo.size(); i++) {
            Segment s = todo.get(i);
            Hash hs = await(hashes.get(i)[0]);
            Hash ht = await(hashes.get(i)[1]);
            List<List<Object>> found = new ArrayList<>();
            if (!hs.same(ht)) {
                bisect(s, hs, ht, 0, found);
            }
            VerifyStore.SegmentRecord record = new VerifyStore.SegmentRecord(hs.rows, ht.rows, found);
            store.segment(runId, tableNo, s.no(), record);
            add(record);
            compared++;
            listener.segment(plan.pair, compared, segments);
        }
    }

    private void add(VerifyStore.SegmentRecord record) {
        sourceRows += record.sourceRows();
        targetRows += record.targetRows();
        candidates.addAll(record.candidates());
    }

    /** SAMPLE: a segment is compared when a hash of the run and its number falls under the share. */
    private boolean sampled(int no) {
        int h = Math.floorMod((runId + "/" + tableNo + "/" + no).hashCode() * 31 + no, 100);
        return h < options.samplePercent() || no == 0;
    }

    private List<List<Object>> boundaries() throws DatabaseException {
        if (plan.integerKey()) {
            Long[] s = await(sourceReader.submit(q -> minMax(q, plan.source)));
            Long[] t = await(targetReader.submit(q -> minMax(q, plan.target)));
            Long lo = min(s[0], t[0]);
            Long hi = max(s[1], t[1]);
            List<List<Object>> cuts = new ArrayList<>();
            if (lo == null) {
                return cuts;
            }
            long span = hi - lo + 1;
            long n = Math.min(MAX_SEGMENTS, Math.max(1, (span + options.segmentRows() - 1) / options.segmentRows()));
            long width = Math.max(1, (span + n - 1) / n);
            for (long b = lo + width; b <= hi; b += width) {
                cuts.add(List.of(b));
            }
            return cuts;
        }
        Segment whole = new Segment(0, null, null);
        return await(sourceReader.submit(q -> stride(q, plan.source, whole, options.segmentRows())));
    }

    private static Long min(Long a, Long b) {
        if (a == null || b == null) {
            return a == null ? b : a; // no unboxing of the missing one
        }
        return Long.valueOf(Math.min(a, b));
    }

    private static Long max(Long a, Long b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return Long.valueOf(Math.max(a, b));
    }

    private static List<Segment> segments(List<List<Object>> cuts) {
        List<Segment> list = new ArrayList<>();
        List<Object> lower = null;
        for (List<Object> cut : cuts) {
            list.add(new Segment(list.size(), lower, cut));
            lower = cut;
        }
        list.add(new Segment(list.size(), lower, null));
        return list;
    }

    @SuppressWarnings("unchecked")
    private CompletableFuture<Hash>[] hashes(Segment s) {
        return new CompletableFuture[] { sourceReader.submit(q -> hash(q, plan.source, s)),
                targetReader.submit(q -> hash(q, plan.target, s)) };
    }

    private void bisect(Segment s, Hash hs, Hash ht, int depth, List<List<Object>> found) throws DatabaseException {
        long rows = Math.max(hs.rows, ht.rows);
        if (rows <= options.leafRows() || depth >= MAX_DEPTH) {
            leaf(s, found);
            return;
        }
        SideReader bigger = hs.rows >= ht.rows ? sourceReader : targetReader;
        SideSql side = hs.rows >= ht.rows ? plan.source : plan.target;
        long every = Math.max(1, (rows + FANOUT - 1) / FANOUT);
        List<List<Object>> cuts = await(bigger.submit(q -> stride(q, side, s, every)));
        if (cuts.isEmpty()) {
            leaf(s, found);
            return;
        }
        List<Segment> parts = new ArrayList<>();
        List<Object> lower = s.lower();
        for (List<Object> cut : cuts) {
            parts.add(new Segment(s.no(), lower, cut));
            lower = cut;
        }
        parts.add(new Segment(s.no(), lower, s.upper()));
        List<CompletableFuture<Hash>[]> hashes = new ArrayList<>();
        for (Segment p : parts) {
            hashes.add(hashes(p));
        }
        for (int i = 0; i < parts.size(); i++) {
            Hash a = await(hashes.get(i)[0]);
            Hash b = await(hashes.get(i)[1]);
            if (!a.same(b)) {
                bisect(parts.get(i), a, b, depth + 1, found);
            }
        }
    }

    private record LeafRow(List<Object> key, String hash) {
    }

    private void leaf(Segment s, List<List<Object>> found) throws DatabaseException {
        CompletableFuture<Map<String, LeafRow>> a = sourceReader.submit(q -> leafRows(q, plan.source, s));
        CompletableFuture<Map<String, LeafRow>> b = targetReader.submit(q -> leafRows(q, plan.target, s));
        Map<String, LeafRow> source = await(a);
        Map<String, LeafRow> target = await(b);
        for (Map.Entry<String, LeafRow> e : source.entrySet()) {
            LeafRow t = target.get(e.getKey());
            if (t == null || !t.hash.equals(e.getValue().hash)) {
                found.add(e.getValue().key);
            }
        }
        for (Map.Entry<String, LeafRow> e : target.entrySet()) {
            if (!source.containsKey(e.getKey())) {
                found.add(e.getValue().key);
            }
        }
    }

    private Map<String, LeafRow> leafRows(org.hisops.db.api.Session q, SideSql side, Segment s) throws SQLException {
        SideSql.Bound b = side.leaf(s);
        Map<String, LeafRow> rows = new HashMap<>();
        int k = side.keySize();
        List<ColumnKind> kinds = plan.keyKinds();
        q.query(b.sql(), rs -> {
            List<String> text = new ArrayList<>(k);
            List<Object> raw = new ArrayList<>(k);
            for (int i = 0; i < k; i++) {
                text.add(rs.getString(i + 1));
                raw.add(KeyValues.read(rs, k + i + 1, kinds.get(i)));
            }
            rows.put(String.join("\u001f", text), new LeafRow(raw, rs.getString(2 * k + 1)));
            return null;
        }, b.array());
        return rows;
    }

    private static long count(org.hisops.db.api.Session q, SideSql side) throws SQLException {
        SideSql.Bound b = side.count();
        return q.queryFirst(b.sql(), rs -> rs.getLong(1), b.array()).orElse(0L);
    }

    private static Long[] minMax(org.hisops.db.api.Session q, SideSql side) throws SQLException {
        SideSql.Bound b = side.minMax();
        return q.queryFirst(b.sql(), rs -> {
            long lo = rs.getLong(1);
            Long l = rs.wasNull() ? null : Long.valueOf(lo);
            long hi = rs.getLong(2);
            Long h = rs.wasNull() ? null : Long.valueOf(hi);
            return new Long[] { l, h };
        }, b.array()).orElse(new Long[2]);
    }

    private static Hash hash(org.hisops.db.api.Session q, SideSql side, Segment s) throws SQLException {
        SideSql.Bound b = side.aggregate(s);
        return q.queryFirst(b.sql(), rs -> new Hash(rs.getLong(1), rs.getBigDecimal(2)), b.array())
                .orElse(new Hash(0, null));
    }

    private List<List<Object>> stride(org.hisops.db.api.Session q, SideSql side, Segment s, long every)
            throws SQLException {
        SideSql.Bound b = side.stride(s, every);
        List<ColumnKind> kinds = plan.keyKinds();
        return q.query(b.sql(), rs -> {
            List<Object> key = new ArrayList<>();
            for (int i = 0; i < kinds.size(); i++) {
                key.add(KeyValues.read(rs, i + 1, kinds.get(i)));
            }
            return key;
        }, b.array());
    }

    // ---- the no-key fallback

    private int buckets;

    private void compareBuckets() throws DatabaseException, SQLException {
        long rows = await(sourceReader.submit(q -> count(q, plan.source)));
        buckets = (int) Math.min(1024, Math.max(1, (rows + options.segmentRows() - 1) / options.segmentRows()));
        CompletableFuture<Map<Integer, Hash>> a = sourceReader.submit(q -> bucketHashes(q, plan.source));
        CompletableFuture<Map<Integer, Hash>> b = targetReader.submit(q -> bucketHashes(q, plan.target));
        Map<Integer, Hash> source = await(a);
        Map<Integer, Hash> target = await(b);
        segments = buckets;
        for (int i = 0; i < buckets; i++) {
            Hash s = source.getOrDefault(i, new Hash(0, null));
            Hash t = target.getOrDefault(i, new Hash(0, null));
            sourceRows += s.rows;
            targetRows += t.rows;
            if (!s.same(t)) {
                candidates.add(List.of((long) i));
            }
            compared++;
        }
        listener.segment(plan.pair, compared, segments);
    }

    private Map<Integer, Hash> bucketHashes(org.hisops.db.api.Session q, SideSql side) throws SQLException {
        SideSql.Bound b = side.buckets(buckets);
        Map<Integer, Hash> map = new HashMap<>();
        q.query(b.sql(), rs -> map.put(rs.getInt(1), new Hash(rs.getLong(2), rs.getBigDecimal(3))), b.array());
        return map;
    }

    // ---- phase 2: re-check outside the snapshot

    TableResult recheck(DatabaseSessions sessions, Endpoint source, Endpoint target) throws DatabaseException {
        List<RowDifference> differences = new ArrayList<>();
        List<String> repair = new ArrayList<>();
        long found;
        long settled;
        boolean complete = true;
        if (comparedBy() == ComparedBy.COUNT_ONLY) {
            return result(sourceRows == targetRows ? TableStatus.EQUAL : TableStatus.DIFFERENT,
                    sourceRows == targetRows ? 0 : Math.abs(sourceRows - targetRows), 0, List.of(), null);
        }
        if (!plan.keyed()) {
            long[] counts = new long[2];
            for (List<Object> bucket : candidates) {
                int no = ((Long) bucket.get(0)).intValue();
                Map<String, List<List<String>>> s = bucketRows(sessions, source, plan.source, no);
                Map<String, List<List<String>>> t = bucketRows(sessions, target, plan.target, no);
                multiset(s, t, RowDifference.Kind.MISSING_IN_TARGET, differences, repair, counts);
                multiset(t, s, RowDifference.Kind.EXTRA_IN_TARGET, differences, repair, counts);
            }
            found = counts[0];
            complete = counts[1] == 0 && found <= options.reportedRowsPerTable();
            RepairScript script = new RepairScript(plan.target.dialect().engine(), repair, complete);
            return result(found == 0 ? TableStatus.EQUAL : TableStatus.DIFFERENT, found, 0, differences, script);
        }
        found = 0;
        settled = 0;
        for (int from = 0; from < candidates.size(); from += BATCH) {
            List<List<Object>> batch = candidates.subList(from, Math.min(candidates.size(), from + BATCH));
            Map<List<Object>, Row> s = rows(sessions, source, plan.source, batch);
            Map<List<Object>, Row> t = rows(sessions, target, plan.target, batch);
            Map<List<Object>, List<Object>> raw = sessions.read(source, q -> raw(q, plan.source, batch),
                    cancellation);
            for (List<Object> key : new java.util.LinkedHashSet<>(batch)) {
                Row a = s.get(key);
                Row b = t.get(key);
                if (a == null && b == null || a != null && b != null && a.values.equals(b.values)) {
                    settled++; // equal when read again (in flight under replication), or gone from both sides
                    continue;
                }
                found++;
                RowDifference.Kind kind = a == null ? RowDifference.Kind.EXTRA_IN_TARGET
                        : b == null ? RowDifference.Kind.MISSING_IN_TARGET : RowDifference.Kind.CHANGED;
                List<String> changed = new ArrayList<>();
                if (kind == RowDifference.Kind.CHANGED) {
                    for (int i = 0; i < a.values.size(); i++) {
                        if (!Objects.equals(a.values.get(i), b.values.get(i))) {
                            changed.add(plan.columns.get(i).sourceName());
                        }
                    }
                }
                if (differences.size() < options.reportedRowsPerTable()) {
                    differences.add(new RowDifference(kind, (a != null ? a : b).keyText,
                            a == null ? List.of() : a.values, b == null ? List.of() : b.values, changed));
                    repair.add(Repair.statement(plan, kind, key, raw.get(key), changed));
                } else {
                    complete = false;
                }
            }
        }
        RepairScript script = new RepairScript(plan.target.dialect().engine(), repair, complete);
        return result(found == 0 ? TableStatus.EQUAL : TableStatus.DIFFERENT, found, settled, differences, script);
    }

    /** A row read again: its key as canonical text and every column's canonical text. */
    private record Row(List<String> keyText, List<String> values) {
    }

    private Map<List<Object>, Row> rows(DatabaseSessions sessions, Endpoint endpoint, SideSql side,
            List<List<Object>> keys) throws DatabaseException {
        SideSql.Bound b = side.rows(keys);
        int k = side.keySize();
        int n = side.columns();
        List<ColumnKind> kinds = plan.keyKinds();
        return sessions.read(endpoint, q -> {
            Map<List<Object>, Row> map = new HashMap<>();
            q.query(b.sql(), rs -> {
                List<String> text = new ArrayList<>();
                List<Object> key = new ArrayList<>();
                for (int i = 0; i < k; i++) {
                    text.add(rs.getString(i + 1));
                    key.add(KeyValues.read(rs, k + i + 1, kinds.get(i)));
                }
                List<String> values = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    values.add(rs.getString(2 * k + i + 1));
                }
                map.put(key, new Row(text, values));
                return null;
            }, b.array());
            return map;
        }, cancellation);
    }

    private Map<List<Object>, List<Object>> raw(org.hisops.db.api.Session q, SideSql side, List<List<Object>> keys)
            throws SQLException {
        SideSql.Bound b = side.raw(keys);
        int k = side.keySize();
        int n = side.columns();
        List<ColumnKind> kinds = plan.keyKinds();
        Map<List<Object>, List<Object>> map = new HashMap<>();
        q.query(b.sql(), rs -> {
            List<Object> key = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                key.add(KeyValues.read(rs, i + 1, kinds.get(i)));
            }
            List<Object> values = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Object v = plan.columns.get(i).sourceKind() == ColumnKind.TIMESTAMPTZ
                        ? rs.getObject(k + i + 1, java.time.OffsetDateTime.class) : rs.getObject(k + i + 1);
                if (v instanceof java.sql.Clob c) {
                    v = c.getSubString(1, (int) c.length());
                } else if (v instanceof java.sql.Blob bl) {
                    v = bl.getBytes(1, (int) bl.length());
                }
                values.add(v);
            }
            map.put(key, values);
            return null;
        }, b.array());
        return map;
    }

    private Map<String, List<List<String>>> bucketRows(DatabaseSessions sessions, Endpoint endpoint, SideSql side,
            int bucket) throws DatabaseException {
        SideSql.Bound b = side.bucketRows(buckets, bucket, true);
        int n = side.columns();
        return sessions.read(endpoint, q -> {
            Map<String, List<List<String>>> map = new HashMap<>();
            q.query(b.sql(), rs -> {
                List<String> values = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    values.add(rs.getString(i + 2));
                }
                map.computeIfAbsent(rs.getString(1), h -> new ArrayList<>()).add(values);
                return null;
            }, b.array());
            return map;
        }, cancellation);
    }

    /** Rows of {@code a} beyond their count in {@code b} (a multiset difference by row hash). */
    private void multiset(Map<String, List<List<String>>> a, Map<String, List<List<String>>> b,
            RowDifference.Kind kind, List<RowDifference> differences, List<String> repair, long[] counts) {
        for (Map.Entry<String, List<List<String>>> e : a.entrySet()) {
            int extra = e.getValue().size() - b.getOrDefault(e.getKey(), List.of()).size();
            for (int i = 0; i < extra; i++) {
                counts[0]++;
                List<String> values = e.getValue().get(i);
                if (differences.size() < options.reportedRowsPerTable()) {
                    differences.add(new RowDifference(kind, List.of(),
                            kind == RowDifference.Kind.MISSING_IN_TARGET ? values : List.of(),
                            kind == RowDifference.Kind.EXTRA_IN_TARGET ? values : List.of(), List.of()));
                    // without a key a row can be named only by all its values, which the canonical text is not
                    repair.add("-- " + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                            + " (no key, row hash " + e.getKey() + "): repair by hand");
                    counts[1]++;
                }
            }
        }
    }

    TableResult failed(org.hisops.db.api.DbProblem problem, String message) {
        return new TableResult(plan == null ? null : plan.pair, TableStatus.FAILED, comparedBy(), sourceRows,
                targetRows, segments, compared, 0, 0, List.of(), plan.columnNames(), plan.keyNames(), plan.rules,
                problem, message, null);
    }

    private TableResult result(TableStatus status, long found, long settled, List<RowDifference> differences,
            RepairScript repair) {
        List<String> rules = new ArrayList<>(plan.rules);
        if (options.mode() == VerifyMode.SAMPLE) {
            rules.add("sample-" + options.samplePercent() + "-percent");
        }
        return new TableResult(plan.pair, status, comparedBy(), sourceRows, targetRows, segments, compared, found,
                settled, differences, plan.columnNames(), plan.keyNames(), rules, null, null, repair);
    }

    static <T> T await(CompletableFuture<T> future) throws DatabaseException {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof DatabaseException d) {
                throw d;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }
}
