package org.hisops.assessment.data.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

import org.hisops.assessment.data.api.Baseline;
import org.hisops.assessment.data.api.BaselineComparison;
import org.hisops.assessment.data.api.LoadFigure;
import org.hisops.assessment.data.api.SqlFigure;
import org.hisops.assessment.data.api.WaitFigure;
import org.hisops.report.Report;

/** Baselines and comparisons as report sections. */
final class PerfReportSection {

    private final DataReportSection texts;

    PerfReportSection(Locale locale) {
        this.texts = new DataReportSection(locale);
    }

    private String t(String key, Object... args) {
        return texts.t(key, args);
    }

    static String text(String sql) {
        String one = sql.replaceAll("\\s+", " ").trim();
        return one.length() > 120 ? one.substring(0, 117) + "..." : one;
    }

    static String pct(double p) {
        return Double.isInfinite(p) ? "+inf" : String.format(Locale.ROOT, "%+.0f %%", p);
    }

    void append(Report.Builder r, Baseline b) {
        r.heading(t("perf.report.baseline", b.name()));
        r.fact(t("data.fact.endpoint"), b.endpointId()).fact(t("data.fact.server"), b.serverVersion()
                + (b.emulated() ? " (" + t("data.emulated") + ")" : ""))
                .fact(t("perf.fact.interval"), DataReportSection.time(b.from()) + " - " + DataReportSection.time(b.to())
                        + " (" + Sizes.duration(b.seconds()) + (b.sinceStartup() ? ", " + t("perf.since.startup") : "") + ")")
                .fact(t("perf.fact.sources"), String.join(", ", b.sources()));
        for (String note : b.notes()) {
            r.paragraph(t("note." + note));
        }
        List<List<String>> rows = new ArrayList<>();
        for (LoadFigure l : b.load()) {
            rows.add(List.of(l.name(), unit(l.name()), Sizes.number(l.delta()), Sizes.number(l.perSecond()),
                    Sizes.number(l.perTransaction())));
        }
        r.heading(t("perf.section.load"));
        r.table(List.of(t("col.statistic"), t("col.unit"), t("col.delta"), t("col.per.second"), t("col.per.transaction")), rows);
        if (!b.waits().isEmpty()) {
            rows = new ArrayList<>();
            for (WaitFigure w : b.waits().subList(0, Math.min(10, b.waits().size()))) {
                rows.add(List.of(w.event(), String.valueOf(w.waitClass()), Sizes.number(w.waits()),
                        Sizes.number(w.microseconds() / 1e6)));
            }
            r.heading(t("perf.section.waits"));
            r.table(List.of(t("col.event"), t("col.wait.class"), t("col.waits"), t("col.seconds")), rows);
        }
        if (!b.sql().isEmpty()) {
            rows = new ArrayList<>();
            for (SqlFigure q : b.sql().subList(0, Math.min(15, b.sql().size()))) {
                rows.add(List.of(q.sqlId(), Sizes.number(q.executions()), Sizes.number(q.elapsedMicros() / 1e6),
                        Sizes.number(q.elapsedPerExecution() / 1000), Sizes.number(q.bufferGetsPerExecution()), text(q.text())));
            }
            r.heading(t("perf.section.sql"));
            r.table(List.of(t("col.sql.id"), t("col.executions"), t("col.elapsed.s"), t("col.ms.per.exec"),
                    t("col.gets.per.exec"), t("col.sql.text")), rows);
        }
        if (!b.memory().isEmpty()) {
            List<List<String>> memory = new ArrayList<>();
            new TreeMap<>(b.memory()).forEach((k, v) -> memory.add(List.of(k, Sizes.bytes(v))));
            r.heading(t("perf.section.memory"));
            r.table(List.of(t("col.name"), t("col.bytes")), memory);
        }
    }

    /**
     * The unit a load statistic counts in, so that a rate is readable: Oracle keeps DB time, CPU and the OS times
     * in centiseconds, reads in blocks, redo and SQL*Net traffic in bytes; the rest are counts.
     */
    private String unit(String statistic) {
        String n = statistic.toLowerCase(java.util.Locale.ROOT);
        if (n.equals("db time") || n.startsWith("cpu used") || (n.startsWith("os: ") && n.endsWith("_time"))) {
            return t("unit.centiseconds");
        }
        if (n.contains("bytes") || n.equals("redo size")) {
            return t("unit.bytes");
        }
        if (n.equals("session logical reads") || n.startsWith("physical ") || n.startsWith("blks_")) {
            return t("unit.blocks");
        }
        return t("unit.count");
    }

    void append(Report.Builder r, BaselineComparison c) {
        r.heading(t("perf.report.comparison", c.before().name(), c.after().name()));
        r.fact(t("perf.fact.before"), c.before().name() + " - " + c.before().serverVersion())
                .fact(t("perf.fact.after"), c.after().name() + " - " + c.after().serverVersion())
                .fact(t("perf.fact.threshold"), pct(c.thresholdPercent()));
        r.heading(t("perf.section.regressed"));
        if (c.regressed().isEmpty()) {
            r.paragraph(t("perf.regressed.none"));
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (BaselineComparison.Regression g : c.regressed()) {
                // Figures in the table, before -> after in one cell each, and the statements whole below it: a
                // printed page splits its width evenly, and a statement in a column was left one word wide.
                rows.add(List.of(g.after().sqlId(), pct(g.percent()) + " (" + t("match." + g.matchedBy()) + ")",
                        Sizes.number(g.before().elapsedPerExecution() / 1000) + " \u2192 "
                                + Sizes.number(g.after().elapsedPerExecution() / 1000),
                        Sizes.number(g.before().bufferGetsPerExecution()) + " \u2192 "
                                + Sizes.number(g.after().bufferGetsPerExecution()),
                        g.before().planHash() + " \u2192 " + g.after().planHash()));
            }
            r.table(List.of(t("col.sql.id"), t("col.change"), t("col.ms.before.after"), t("col.gets.before.after"),
                    t("col.plans")), rows);
            for (BaselineComparison.Regression g : c.regressed()) {
                r.paragraph(t("perf.regressed.statement", g.after().sqlId(), text(g.after().text())));
            }
        }
        List<List<String>> rows = new ArrayList<>();
        for (BaselineComparison.Change ch : c.load()) {
            rows.add(List.of(ch.name(), unit(ch.name()), Sizes.number(ch.before()), Sizes.number(ch.after()), pct(ch.percent())));
        }
        r.heading(t("perf.section.load.compare"));
        r.table(List.of(t("col.statistic"), t("col.unit"), t("col.before.per.second"), t("col.after.per.second"),
                t("col.change")), rows);
        if (!c.waits().isEmpty()) {
            rows = new ArrayList<>();
            for (BaselineComparison.Change ch : c.waits().subList(0, Math.min(10, c.waits().size()))) {
                rows.add(List.of(ch.name(), Sizes.number(ch.before()), Sizes.number(ch.after()), pct(ch.percent())));
            }
            r.heading(t("perf.section.waits.compare"));
            r.table(List.of(t("col.event"), t("col.before.wait"), t("col.after.wait"), t("col.change")), rows);
        }
    }
}
