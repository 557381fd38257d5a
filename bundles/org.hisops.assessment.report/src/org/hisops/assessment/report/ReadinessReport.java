package org.hisops.assessment.report;

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

/** A check run as a report (HTML in the product, PDF with Chinese text), in the reader's language. */
public final class ReadinessReport {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final List<Severity> ORDER = List.of(Severity.ERROR, Severity.WARNING, Severity.RECOMMEND,
            Severity.INFO);

    private ReadinessReport() {
    }

    /** The run on its own, with the comparison when there is one ({@code null}: none). */
    public static Report of(ReportTexts texts, CheckCatalogue catalogue, Endpoint endpoint, RunResult run,
            RunComparison comparison) {
        Report.Builder b = Report.builder(texts.format("report.title", endpoint.name()), texts.locale())
                .subtitle(texts.format("report.subtitle", texts.get(catalogue.nameKey()), endpoint.system(),
                        endpoint.emulated() ? texts.get("report.emulated") : ""))
                .created(Instant.now());
        b.fact(texts.get("report.endpoint"), endpoint.name() + " (" + endpoint.id() + ")");
        addTo(b, texts, catalogue, run, comparison);
        return b.build();
    }

    /** The run's facts, findings by severity, failed checks and comparison, appended to {@code b}. */
    public static void addTo(Report.Builder b, ReportTexts texts, CheckCatalogue catalogue, RunResult run,
            RunComparison comparison) {
        b.fact(texts.get("report.version"), run.version() == null ? "-" : run.version());
        b.fact(texts.get("report.started"), time(run.started()));
        b.fact(texts.get("report.highest"), run.highest().map(s -> texts.get(s.key()))
                .orElse(texts.get("report.none")));
        b.fact(texts.get("report.counts"), counts(texts, run));
        if (run.cancelled()) {
            b.paragraph(texts.get("report.cancelled"));
        }
        List<String> header = List.of(texts.get("col.check"), texts.get("col.finding"),
                texts.get("col.recommendation"), texts.get("col.fixup"), texts.get("col.source"));
        for (Severity severity : ORDER) {
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
                        failure(texts, r)));
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
            comparison.resolved()
                    .forEach(e -> rows.add(List.of(texts.get("compare.resolved"), line(texts, catalogue, e))));
            if (!rows.isEmpty()) {
                b.table(List.of(texts.get("col.change"), texts.get("col.finding")), rows);
            }
        }
    }

    /** "12 checks: 8 passed, ..." */
    public static String counts(ReportTexts texts, RunResult run) {
        return texts.format("report.counts.value", run.results().size(), run.count(CheckStatus.PASS),
                run.count(CheckStatus.FINDING), run.count(CheckStatus.NOT_APPLICABLE), run.count(CheckStatus.FAILED));
    }

    /** Why a check failed: the server's code, the translated reason and the detail. */
    public static String failure(ReportTexts texts, CheckResult r) {
        String reason = r.reasonKey() == null ? "" : texts.format(r.reasonKey(), r.reasonArguments().toArray());
        return ((r.serverCode() == null ? "" : r.serverCode() + " ") + reason
                + (r.detail() == null ? "" : " " + r.detail())).trim();
    }

    /** One line of a comparison: severity and message. */
    public static String line(ReportTexts texts, CheckCatalogue catalogue, RunComparison.Entry e) {
        return texts.get(e.finding().severity().key()) + " · " + catalogue.message(texts.locale(), e.finding());
    }

    public static Optional<Check> check(CheckCatalogue catalogue, String id) {
        return catalogue.checks().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** Local time as the reports show it; "-" for none. */
    public static String time(Instant instant) {
        return instant == null ? "-" : TIME.format(instant.atZone(ZoneId.systemDefault()));
    }
}
