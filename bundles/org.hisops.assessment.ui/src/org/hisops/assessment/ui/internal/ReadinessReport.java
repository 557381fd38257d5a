package org.hisops.assessment.ui.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.hisops.checks.api.Check;
import org.hisops.checks.api.CheckCatalogue;
import org.hisops.checks.api.CheckResult;
import org.hisops.checks.api.CheckStatus;
import org.hisops.checks.api.Finding;
import org.hisops.checks.api.RunResult;
import org.hisops.checks.api.Severity;
import org.hisops.db.api.Endpoint;
import org.hisops.report.Report;

/** A run as a report (HTML in the product, PDF with Chinese text), in the reader's language. */
final class ReadinessReport {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private ReadinessReport() {
    }

    static Report of(Texts texts, CheckCatalogue catalogue, Endpoint endpoint, RunResult run,
            RunComparison comparison) {
        Report.Builder b = Report.builder(texts.format("report.title", endpoint.name()), texts.locale())
                .subtitle(texts.format("report.subtitle", texts.get(catalogue.nameKey()), endpoint.system(),
                        endpoint.emulated() ? texts.get("view.emulated") : ""))
                .created(Instant.now());
        b.fact(texts.get("report.endpoint"), endpoint.name() + " (" + endpoint.id() + ")");
        b.fact(texts.get("report.version"), run.version() == null ? "-" : run.version());
        b.fact(texts.get("report.started"), time(run.started()));
        b.fact(texts.get("report.highest"), run.highest().map(s -> texts.get(s.key())).orElse(texts.get("view.none")));
        b.fact(texts.get("report.counts"), texts.format("view.counts", run.results().size(),
                run.count(CheckStatus.PASS), run.count(CheckStatus.FINDING), run.count(CheckStatus.NOT_APPLICABLE),
                run.count(CheckStatus.FAILED)));
        if (run.cancelled()) {
            b.paragraph(texts.get("view.run.cancelled"));
        }
        List<Severity> order = List.of(Severity.ERROR, Severity.WARNING, Severity.RECOMMEND, Severity.INFO);
        List<String> header = List.of(texts.get("col.check"), texts.get("col.finding"),
                texts.get("col.recommendation"), texts.get("col.fixup"), texts.get("col.source"));
        for (Severity severity : order) {
            List<List<String>> rows = new ArrayList<>();
            for (CheckResult r : run.results()) {
                Optional<Check> check = check(catalogue, r.checkId());
                for (Finding f : r.findings()) {
                    if (f.severity() != severity) {
                        continue;
                    }
                    rows.add(List.of(
                            check.map(c -> texts.get("category." + c.category()) + ": " + texts.get(c.titleKey()))
                                    .orElse(r.checkId()),
                            catalogue.message(texts.locale(), f) + (f.subject().isEmpty() ? "" : " [" + f.subject() + "]"),
                            check.map(c -> texts.get(c.recommendationKey())).orElse(""),
                            String.join("; ", f.fixupStatements()),
                            check.map(c -> c.source() + (c.trainingLink() == null ? "" : " · " + c.trainingLink()))
                                    .orElse("")));
                }
            }
            if (!rows.isEmpty()) {
                b.heading(texts.format("report.severity", texts.get(severity.key()), rows.size()));
                b.table(header, rows);
            }
        }
        List<List<String>> failed = new ArrayList<>();
        for (CheckResult r : run.results()) {
            if (r.status() == CheckStatus.FAILED) {
                failed.add(List.of(check(catalogue, r.checkId()).map(c -> texts.get(c.titleKey())).orElse(r.checkId()),
                        (r.serverCode() == null ? "" : r.serverCode() + " ") + (r.detail() == null ? "" : r.detail())));
            }
        }
        if (!failed.isEmpty()) {
            b.heading(texts.get("report.failed"));
            b.table(List.of(texts.get("col.check"), texts.get("col.problem")), failed);
        }
        if (comparison != null) {
            b.heading(texts.get("report.comparison"));
            b.fact(texts.get("compare.new"), comparison.added().size());
            b.fact(texts.get("compare.resolved"), comparison.resolved().size());
            b.fact(texts.get("compare.unchanged"), comparison.unchanged().size());
            List<List<String>> rows = new ArrayList<>();
            comparison.added().forEach(e -> rows.add(List.of(texts.get("compare.new"), line(texts, catalogue, e))));
            comparison.resolved().forEach(e -> rows.add(List.of(texts.get("compare.resolved"), line(texts, catalogue, e))));
            if (!rows.isEmpty()) {
                b.table(List.of(texts.get("col.change"), texts.get("col.finding")), rows);
            }
        }
        return b.build();
    }

    static String line(Texts texts, CheckCatalogue catalogue, RunComparison.Entry e) {
        return texts.get(e.finding().severity().key()) + " · " + catalogue.message(texts.locale(), e.finding());
    }

    static Optional<Check> check(CheckCatalogue catalogue, String id) {
        return catalogue.checks().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    static String time(Instant instant) {
        return instant == null ? "-" : TIME.format(instant.atZone(ZoneId.systemDefault()));
    }
}
