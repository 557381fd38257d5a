package org.hisops.assessment.data.core.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hisops.assessment.data.api.Baseline;
import org.hisops.assessment.data.api.BaselineComparison;
import org.hisops.assessment.data.api.LoadFigure;
import org.hisops.assessment.data.api.Snapshot;
import org.hisops.assessment.data.api.SqlFigure;
import org.hisops.assessment.data.api.WaitFigure;

/** Deltas of two snapshots, and the comparison of two baselines. No I/O. */
final class BaselineMath {

    /** The statistics whose sum is a transaction, per engine. */
    private static final List<String> TRANSACTIONS = List.of("user commits", "user rollbacks", "xact_commit",
            "xact_rollback");

    private BaselineMath() {
    }

    /**
     * The baseline between {@code first} and {@code second}; without {@code first}, since the instance started (a
     * cursor's figures then count since it was loaded, which is at most that long).
     */
    static Baseline baseline(long id, String name, Snapshot first, Snapshot second) {
        boolean since = first == null;
        java.time.Instant from = since ? second.startedAt() : first.takenAt();
        List<String> notes = new ArrayList<>(second.notes());
        if (!since && second.startedAt() != null && first.startedAt() != null
                && !second.startedAt().equals(first.startedAt())) {
            notes.add("instance.restarted"); // counters restarted in between: deltas would be negative
        }
        double seconds = from == null ? 0 : Math.max(0, Duration.between(from, second.takenAt()).toMillis() / 1000.0);
        Map<String, Long> before = since ? Map.of() : first.statistics();
        long transactions = 0;
        for (String t : TRANSACTIONS) {
            if (second.statistics().containsKey(t)) {
                transactions += delta(second.statistics().get(t), before.get(t));
            }
        }
        List<LoadFigure> load = new ArrayList<>();
        for (Map.Entry<String, Long> e : second.statistics().entrySet()) {
            long d = delta(e.getValue(), before.get(e.getKey()));
            load.add(new LoadFigure(e.getKey(), d, seconds > 0 ? d / seconds : 0,
                    transactions > 0 ? (double) d / transactions : 0));
        }
        load.sort(Comparator.comparing(LoadFigure::name)); // the same order as read back from the store
        Map<String, WaitFigure> waitsBefore = new HashMap<>();
        if (!since) {
            first.waits().forEach(w -> waitsBefore.put(w.event(), w));
        }
        List<WaitFigure> waits = new ArrayList<>();
        for (WaitFigure w : second.waits()) {
            WaitFigure b = waitsBefore.get(w.event());
            WaitFigure d = new WaitFigure(w.event(), w.waitClass(), delta(w.waits(), b == null ? null : b.waits()),
                    delta(w.microseconds(), b == null ? null : b.microseconds()));
            if (d.waits() > 0 || d.microseconds() > 0) {
                waits.add(d);
            }
        }
        waits.sort(Comparator.comparingLong(WaitFigure::microseconds).reversed());
        Map<String, SqlFigure> sqlBefore = new HashMap<>();
        if (!since) {
            first.sql().forEach(q -> sqlBefore.put(q.sqlId() + "/" + q.planHash(), q));
        }
        List<SqlFigure> sql = new ArrayList<>();
        for (SqlFigure q : second.sql()) {
            SqlFigure b = sqlBefore.get(q.sqlId() + "/" + q.planHash());
            // a cursor aged out and loaded again between the snapshots has smaller figures: count it from its load
            if (b != null && q.executions() < b.executions()) {
                b = null;
            }
            SqlFigure d = b == null ? q : new SqlFigure(q.sqlId(), q.planHash(), q.text(),
                    q.executions() - b.executions(), q.elapsedMicros() - b.elapsedMicros(),
                    q.cpuMicros() < 0 ? -1 : q.cpuMicros() - b.cpuMicros(), q.bufferGets() - b.bufferGets(),
                    q.diskReads() - b.diskReads());
            if (d.executions() > 0) {
                sql.add(d);
            }
        }
        sql.sort(Comparator.comparingLong(SqlFigure::elapsedMicros).reversed());
        return new Baseline(id, name, second.endpointId(), second.serverVersion(), second.emulated(), from,
                second.takenAt(), seconds, since, load, waits, sql, second.memory(), second.sources(), notes);
    }

    private static long delta(Long now, Long then) {
        long n = now == null ? 0 : now;
        return then == null ? n : Math.max(0, n - then);
    }

    static BaselineComparison compare(Baseline before, Baseline after, double threshold) {
        List<BaselineComparison.Change> load = new ArrayList<>();
        Map<String, Double> loadBefore = new HashMap<>();
        before.load().forEach(l -> loadBefore.put(l.name(), l.perSecond()));
        Set<String> names = new LinkedHashSet<>();
        after.load().forEach(l -> names.add(l.name()));
        names.addAll(loadBefore.keySet());
        Map<String, Double> loadAfter = new HashMap<>();
        after.load().forEach(l -> loadAfter.put(l.name(), l.perSecond()));
        for (String n : names) {
            load.add(new BaselineComparison.Change(n, loadBefore.getOrDefault(n, 0.0), loadAfter.getOrDefault(n, 0.0)));
        }
        List<BaselineComparison.Change> waits = new ArrayList<>();
        Map<String, Double> wb = perSecond(before);
        Map<String, Double> wa = perSecond(after);
        Set<String> events = new LinkedHashSet<>(wa.keySet());
        events.addAll(wb.keySet());
        for (String ev : events) {
            waits.add(new BaselineComparison.Change(ev, wb.getOrDefault(ev, 0.0), wa.getOrDefault(ev, 0.0)));
        }
        waits.sort(Comparator.comparingDouble((BaselineComparison.Change c) -> Math.max(c.before(), c.after())).reversed());
        // statements: same SQL_ID first (summed over plans), else the same normalised text
        Map<String, SqlFigure> byId = bySqlId(before.sql());
        Map<String, SqlFigure> byText = new HashMap<>();
        byId.values().forEach(q -> byText.putIfAbsent(q.normalisedText(), q));
        List<BaselineComparison.Regression> regressed = new ArrayList<>();
        for (SqlFigure a : bySqlId(after.sql()).values()) {
            SqlFigure b = byId.get(a.sqlId());
            String how = "sql_id";
            if (b == null) {
                b = byText.get(a.normalisedText());
                how = "text";
            }
            if (b == null || b.executions() <= 0 || a.executions() <= 0) {
                continue;
            }
            BaselineComparison.Regression r = new BaselineComparison.Regression(b, a, how);
            if (r.percent() > threshold) {
                regressed.add(r);
            }
        }
        regressed.sort(Comparator.comparingDouble(BaselineComparison.Regression::percent).reversed());
        return new BaselineComparison(before, after, threshold, load, waits, regressed);
    }

    private static Map<String, Double> perSecond(Baseline b) {
        Map<String, Double> m = new HashMap<>();
        for (WaitFigure w : b.waits()) {
            m.put(w.event(), b.seconds() > 0 ? w.microseconds() / 1e6 / b.seconds() : 0);
        }
        return m;
    }

    /** One figure per SQL_ID, the plans' figures summed, the plan of most elapsed time named. */
    private static Map<String, SqlFigure> bySqlId(List<SqlFigure> sql) {
        Map<String, SqlFigure> m = new java.util.LinkedHashMap<>();
        for (SqlFigure q : sql) {
            m.merge(q.sqlId(), q, (x, y) -> new SqlFigure(x.sqlId(),
                    x.elapsedMicros() >= y.elapsedMicros() ? x.planHash() : y.planHash(), x.text(),
                    x.executions() + y.executions(), x.elapsedMicros() + y.elapsedMicros(),
                    x.cpuMicros() < 0 || y.cpuMicros() < 0 ? -1 : x.cpuMicros() + y.cpuMicros(),
                    x.bufferGets() + y.bufferGets(), x.diskReads() + y.diskReads()));
        }
        return m;
    }
}
