package org.hisops.inspection.report.internal;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.hisops.checks.api.Finding;
import org.hisops.inspection.api.CheckOutcome;
import org.hisops.inspection.api.InspectionRun;
import org.hisops.report.Report;
import org.hisops.platform.api.TextChain;

/**
 * The trend charts of a report, from the figures the checks already record in their findings: one chart per kind
 * of figure, one line per endpoint and subject (a tablespace, a database), one point per run (oldest first).
 */
final class Trends {

    /**
     * A figure read from findings of one message key: which argument holds it, and the chart it goes to. Figures
     * come as text (the store keeps arguments as text); one that does not parse is left out of the chart.
     */
    record Figure(String messageKey, int argument, String chartKey, String unitKey, boolean perSubject) {
    }

    static final List<Figure> FIGURES = List.of(
            // Oracle: used MB of tablespaces above the warning line (the check records those)
            new Figure("finding.tablespace.full", 2, "report.chart.tablespace", "report.unit.mb", true),
            // PostgreSQL / KingbaseES: every database's size (INFO)
            new Figure("finding.pg.database.size", 1, "report.chart.database", "report.unit.mb", true),
            // Oracle: the day's archive log volume (INFO)
            new Figure("finding.archive.generation", 0, "report.chart.archive", "report.unit.mb.day", false));

    private final TextChain t;
    private final Function<String, String> endpointName;

    Trends(TextChain texts, Function<String, String> endpointName) {
        this.t = texts;
        this.endpointName = endpointName;
    }

    /** The charts with at least one figure, over the runs given (oldest first). */
    List<Report.Chart> charts(List<InspectionRun> runs) {
        List<String> points = runs.stream()
                .map(r -> MonthlyReport.DAY.format(r.started().atZone(ZoneId.systemDefault()))).toList();
        List<Report.Chart> charts = new ArrayList<>();
        for (Figure figure : FIGURES) {
            Map<String, Double[]> lines = new LinkedHashMap<>();
            for (int i = 0; i < runs.size(); i++) {
                InspectionRun run = runs.get(i);
                for (CheckOutcome o : run.outcomes()) {
                    for (Finding f : o.result().findings()) {
                        if (!f.messageKey().equals(figure.messageKey()) || f.arguments().size() <= figure.argument()) {
                            continue;
                        }
                        Double value = parse(f.arguments().get(figure.argument()));
                        if (value == null) {
                            continue;
                        }
                        String name = endpointName.apply(o.endpointId())
                                + (figure.perSubject() && !f.subject().isEmpty() ? " \u00b7 " + f.subject() : "");
                        lines.computeIfAbsent(name, k -> new Double[runs.size()])[i] = value;
                    }
                }
            }
            if (!lines.isEmpty()) {
                List<Report.Series> series = lines.entrySet().stream()
                        .map(e -> new Report.Series(e.getKey(), Arrays.asList(e.getValue()))).toList();
                charts.add(new Report.Chart(t.get(figure.chartKey()), t.get(figure.unitKey()), points, series));
            }
        }
        return charts;
    }

    static Double parse(String text) {
        try {
            return Double.valueOf(text.replace(",", "").strip());
        } catch (NumberFormatException | NullPointerException e) {
            return null;
        }
    }
}
