package org.hisops.inspection.report.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.hisops.checks.api.Check;
import org.hisops.checks.api.CheckCatalogue;
import org.hisops.checks.api.CheckResult;
import org.hisops.checks.api.CheckStatus;
import org.hisops.checks.api.Finding;
import org.hisops.checks.api.Severity;
import org.hisops.db.api.Endpoint;
import org.hisops.inspection.api.ChangeKind;
import org.hisops.inspection.api.CheckOutcome;
import org.hisops.inspection.api.Checklist;
import org.hisops.inspection.api.ChecklistItem;
import org.hisops.inspection.api.FindingChange;
import org.hisops.inspection.api.InspectionRun;
import org.hisops.inspection.api.ItemKind;
import org.hisops.inspection.api.ManualAnswer;
import org.hisops.inspection.api.RunComparison;
import org.hisops.report.Report;
import org.hisops.platform.api.TextChain;

/**
 * One run's monthly report, built from what the store holds: the run, the previous month's comparison, the runs of
 * the same list before it (for the trends) and the saved conclusions. Pure: everything it needs is passed in, so
 * the same run reads the same report.
 */
final class MonthlyReport {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** The severities a report lists as observations, highest first (INFO findings are measurements). */
    private static final List<Severity> OBSERVED = List.of(Severity.ERROR, Severity.WARNING, Severity.RECOMMEND);

    private final TextChain t;
    private final String siteName;
    private final Checklist list;
    private final String listName;
    private final Map<String, Check> checks;
    private final Map<String, CheckCatalogue> catalogues;
    private final Map<String, String> manualTexts;
    private final Map<String, Endpoint> endpoints;
    private final ZoneId zone = ZoneId.systemDefault();

    /**
     * @param checks the installed checks by id
     * @param catalogues the catalogue of each installed check, by check id (it words its findings)
     * @param manualTexts the list's manual items' texts in the report's language, by item id
     * @param endpoints the run's endpoints that still exist, by id
     */
    MonthlyReport(TextChain texts, String siteName, Checklist list, String listName, Map<String, Check> checks,
            Map<String, CheckCatalogue> catalogues, Map<String, String> manualTexts, Map<String, Endpoint> endpoints) {
        this.catalogues = catalogues;
        this.t = texts;
        this.siteName = siteName;
        this.list = list;
        this.listName = listName;
        this.checks = checks;
        this.manualTexts = manualTexts;
        this.endpoints = endpoints;
    }

    Report build(InspectionRun run, RunComparison comparison, InspectionRun previous, List<InspectionRun> history,
            Optional<String> conclusions) {
        Report.Builder b = Report.builder(t.get("report.title"), t.locale())
                .subtitle(siteName + " \u00b7 " + listName + " \u00b7 " + MONTH.format(run.started().atZone(zone)));
        b.heading(t.get("report.scope"))
                .fact(t.get("report.hospital"), siteName)
                .fact(t.get("report.inspector"), run.inspector())
                .fact(t.get("report.list"), listName)
                .fact(t.get("report.period"), t.format("report.period.value",
                        MONTH.format(run.started().atZone(zone)), time(run.started())))
                .fact(t.get("report.endpoints"), String.join(t.get("report.separator"),
                        run.endpointIds().stream().map(this::endpoint).toList()))
                .fact(t.get("report.previous"), previous == null ? t.get("report.previous.none")
                        : t.format("report.previous.value", time(previous.started()), previous.inspector()));
        summary(b, run, comparison);
        observations(b, run);
        comparison(b, comparison, previous);
        trends(b, history);
        manualItems(b, run);
        b.heading(t.get("report.conclusions"));
        if (conclusions.isPresent() && !conclusions.get().isBlank()) {
            b.paragraph(conclusions.get());
        } else {
            b.paragraph(t.get("report.conclusions.drafted")).paragraph(draft(run, comparison, previous));
        }
        b.heading(t.get("report.signoff"));
        if (run.signedOff()) {
            b.fact(t.get("report.signed.by"), run.signedBy()).fact(t.get("report.signed.at"), time(run.signedAt()));
        } else {
            b.paragraph(t.get("report.not.signed"));
        }
        return b.build();
    }

    private void summary(Report.Builder b, InspectionRun run, RunComparison comparison) {
        Map<Severity, Integer> bySeverity = findingsBySeverity(run);
        b.heading(t.get("report.summary"))
                .fact(t.get("report.checks.run"), t.format("report.checks.counts", run.outcomes().size(),
                        run.count(CheckStatus.PASS), run.count(CheckStatus.FINDING),
                        run.count(CheckStatus.NOT_APPLICABLE), run.count(CheckStatus.FAILED)))
                .fact(t.get("report.findings"), t.format("report.findings.counts", bySeverity.get(Severity.ERROR),
                        bySeverity.get(Severity.WARNING), bySeverity.get(Severity.RECOMMEND),
                        bySeverity.get(Severity.INFO)))
                .fact(t.get("report.highest"), highest(run).map(s -> t.get(s.key())).orElse(t.get("report.none")))
                .fact(t.get("report.changes"), changeCounts(comparison));
    }

    private String changeCounts(RunComparison c) {
        return t.format("report.changes.counts", c.count(ChangeKind.NEW), c.count(ChangeKind.RESOLVED),
                c.count(ChangeKind.WORSE), c.count(ChangeKind.BETTER));
    }

    static Map<Severity, Integer> findingsBySeverity(InspectionRun run) {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, 0);
        }
        for (CheckOutcome o : run.outcomes()) {
            for (Finding f : o.result().findings()) {
                counts.merge(f.severity(), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** The highest severity above INFO, if any. */
    static Optional<Severity> highest(InspectionRun run) {
        return run.outcomes().stream().flatMap(o -> o.result().findings().stream()).map(Finding::severity)
                .filter(s -> s != Severity.INFO).max(Comparator.naturalOrder());
    }

    private void observations(Report.Builder b, InspectionRun run) {
        b.heading(t.get("report.observations"));
        boolean any = false;
        for (Severity severity : OBSERVED) {
            List<List<String>> rows = new ArrayList<>();
            for (CheckOutcome o : sortedByEndpoint(run)) {
                for (Finding f : o.result().findings()) {
                    if (f.severity() == severity) {
                        rows.add(List.of(endpoint(o.endpointId()), title(o.result().checkId()),
                                message(o.result().checkId(), f),
                                recommendation(o.result().checkId())));
                    }
                }
            }
            if (!rows.isEmpty()) {
                any = true;
                b.paragraph(t.format("report.observations.severity", t.get(severity.key()), rows.size()));
                b.table(List.of(t.get("report.col.endpoint"), t.get("report.col.check"), t.get("report.col.finding"),
                        t.get("report.col.recommendation")), rows);
            }
        }
        if (!any) {
            b.paragraph(t.get("report.observations.none"));
        }
        List<List<String>> failed = new ArrayList<>();
        for (CheckOutcome o : sortedByEndpoint(run)) {
            if (o.result().status() == CheckStatus.FAILED) {
                failed.add(List.of(endpoint(o.endpointId()), title(o.result().checkId()), failure(o)));
            }
        }
        if (!failed.isEmpty()) {
            b.paragraph(t.format("report.failed", failed.size()));
            b.table(List.of(t.get("report.col.endpoint"), t.get("report.col.check"), t.get("report.col.reason")),
                    failed);
        }
        List<List<String>> measured = new ArrayList<>();
        for (CheckOutcome o : sortedByEndpoint(run)) {
            for (Finding f : o.result().findings()) {
                if (f.severity() == Severity.INFO) {
                    measured.add(List.of(endpoint(o.endpointId()), title(o.result().checkId()),
                            message(o.result().checkId(), f)));
                }
            }
        }
        if (!measured.isEmpty()) {
            b.paragraph(t.get("report.measurements"));
            b.table(List.of(t.get("report.col.endpoint"), t.get("report.col.check"), t.get("report.col.figure")),
                    measured);
        }
    }

    /** Outcomes grouped by endpoint (in the run's order of endpoints), each in the list's order of checks. */
    private List<CheckOutcome> sortedByEndpoint(InspectionRun run) {
        List<String> order = list.checks().stream().map(ChecklistItem::id).toList();
        return run.outcomes().stream().sorted(Comparator
                .comparingInt((CheckOutcome o) -> run.endpointIds().indexOf(o.endpointId()))
                .thenComparingInt(o -> order.indexOf(o.result().checkId()))).toList();
    }

    private void comparison(Report.Builder b, RunComparison comparison, InspectionRun previous) {
        b.heading(t.get("report.comparison"));
        if (previous == null) {
            b.paragraph(t.get("report.comparison.first"));
            return;
        }
        b.paragraph(t.format("report.comparison.intro", time(previous.started()), changeCounts(comparison)));
        if (comparison.changes().isEmpty()) {
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (FindingChange c : comparison.changes()) {
            rows.add(List.of(t.get(c.kind().key()), c.endpointId().isEmpty() ? t.get("report.manual")
                    : endpoint(c.endpointId()), title(c.itemId()), c.before() == null ? "" : change(c, c.before()),
                    c.after() == null ? "" : change(c, c.after())));
        }
        b.table(List.of(t.get("report.col.change"), t.get("report.col.endpoint"), t.get("report.col.item"),
                t.get("report.col.before"), t.get("report.col.after")), rows);
    }

    /** A finding of a change; a manual item's as what was entered (its arguments: item, value, unit, note). */
    private String change(FindingChange c, Finding f) {
        if (!c.endpointId().isEmpty() || f.arguments().size() < 4) {
            return message(c.itemId(), f);
        }
        Double value = Trends.parse(f.arguments().get(1));
        String entered = value == null ? t.get("report.failed.verdict")
                : (number(value) + " " + f.arguments().get(2)).strip();
        String note = f.arguments().get(3);
        return note.isBlank() ? entered : entered + t.get("report.note.separator") + note;
    }

    private void trends(Report.Builder b, List<InspectionRun> history) {
        b.heading(t.get("report.trends"));
        List<Report.Chart> charts = new Trends(t, this::endpoint).charts(history);
        if (charts.isEmpty()) {
            b.paragraph(t.get("report.trends.none"));
            return;
        }
        b.paragraph(t.format("report.trends.intro", history.size()));
        for (Report.Chart c : charts) {
            b.chart(c.title(), c.unit(), c.points(), c.series());
        }
    }

    private void manualItems(Report.Builder b, InspectionRun run) {
        List<ChecklistItem> items = list.manualItems();
        if (items.isEmpty()) {
            return;
        }
        b.heading(t.get("report.manual.items"));
        List<List<String>> rows = new ArrayList<>();
        for (ChecklistItem item : items) {
            ManualAnswer a = run.answers().get(item.id());
            String entered = a == null ? t.get("report.unanswered")
                    : item.kind() == ItemKind.VALUE ? number(a.value()) + " " + (item.unit() == null ? "" : item.unit())
                            : t.get(Boolean.TRUE.equals(a.passed()) ? "report.passed" : "report.failed.verdict");
            String verdict = a == null || a.passed() == null ? "-"
                    : t.get(a.passed() ? "report.verdict.ok" : "report.verdict.out");
            rows.add(List.of(manualText(item.id()), entered.strip(), range(item), verdict, a == null ? "" : a.note()));
        }
        b.table(List.of(t.get("report.col.item"), t.get("report.col.entered"), t.get("report.col.range"),
                t.get("report.col.verdict"), t.get("report.col.note")), rows);
    }

    private String range(ChecklistItem item) {
        if (item.kind() != ItemKind.VALUE || item.minimum() == null && item.maximum() == null) {
            return "-";
        }
        String unit = item.unit() == null ? "" : " " + item.unit();
        if (item.minimum() == null) {
            return "\u2264 " + number(item.maximum()) + unit;
        }
        if (item.maximum() == null) {
            return "\u2265 " + number(item.minimum()) + unit;
        }
        return number(item.minimum()) + " \u2013 " + number(item.maximum()) + unit;
    }

    static String number(Double value) {
        if (value == null) {
            return "";
        }
        return value == Math.rint(value) ? String.valueOf(value.longValue()) : String.valueOf(value);
    }

    /**
     * Conclusions and recommendations drafted from the run: the totals, the month's movement, the most urgent
     * recommendations (one per check, ERROR before WARNING, naming the endpoints), failed checks and manual items.
     */
    String draft(InspectionRun run, RunComparison comparison, InspectionRun previous) {
        Map<Severity, Integer> counts = findingsBySeverity(run);
        StringBuilder d = new StringBuilder();
        d.append(t.format("report.draft.overall", MONTH.format(run.started().atZone(zone)), run.endpointIds().size(),
                siteName, listName, run.outcomes().size(), counts.get(Severity.ERROR), counts.get(Severity.WARNING),
                counts.get(Severity.RECOMMEND)));
        if (highest(run).isEmpty()) {
            d.append(' ').append(t.get("report.draft.nothing"));
        }
        d.append('\n');
        d.append(previous == null ? t.get("report.draft.first")
                : t.format("report.draft.compare", time(previous.started()), comparison.count(ChangeKind.NEW),
                        comparison.count(ChangeKind.RESOLVED), comparison.count(ChangeKind.WORSE),
                        comparison.count(ChangeKind.BETTER)));
        d.append('\n');
        // one recommendation per check, by its highest finding, naming the endpoints where it was found
        Map<String, Severity> worst = new LinkedHashMap<>();
        Map<String, Set<String>> where = new LinkedHashMap<>();
        for (Severity severity : OBSERVED) {
            for (CheckOutcome o : sortedByEndpoint(run)) {
                if (o.result().findings().stream().anyMatch(f -> f.severity() == severity)) {
                    worst.putIfAbsent(o.result().checkId(), severity);
                    where.computeIfAbsent(o.result().checkId(), k -> new LinkedHashSet<>()).add(endpoint(o.endpointId()));
                }
            }
        }
        if (!worst.isEmpty()) {
            d.append(t.get("report.draft.actions")).append('\n');
            int n = 1;
            for (Map.Entry<String, Severity> e : worst.entrySet()) {
                d.append(t.format("report.draft.action", n++, t.get(e.getValue().key()), title(e.getKey()),
                        String.join(t.get("report.separator"), where.get(e.getKey())), recommendation(e.getKey())))
                        .append('\n');
            }
        }
        long failed = run.count(CheckStatus.FAILED);
        if (failed > 0) {
            d.append(t.format("report.draft.failed", failed)).append('\n');
        }
        List<String> outOfOrder = new ArrayList<>();
        int unanswered = 0;
        for (ChecklistItem item : list.manualItems()) {
            ManualAnswer a = run.answers().get(item.id());
            if (a == null) {
                unanswered++;
            } else if (Boolean.FALSE.equals(a.passed())) {
                outOfOrder.add(manualText(item.id()) + (a.value() == null ? ""
                        : " " + number(a.value()) + (item.unit() == null ? "" : " " + item.unit())));
            }
        }
        if (!outOfOrder.isEmpty()) {
            d.append(t.format("report.draft.manual", String.join(t.get("report.separator"), outOfOrder))).append('\n');
        }
        if (unanswered > 0) {
            d.append(t.format("report.draft.unanswered", unanswered)).append('\n');
        }
        return d.toString().strip();
    }

    String endpoint(String endpointId) {
        Endpoint e = endpoints.get(endpointId);
        if (e == null) {
            return endpointId;
        }
        String emulated = t.get("report.emulated");
        // the demo's names already say so; a name of the user's gets the mark
        boolean marked = e.name().contains(emulated.replaceAll("[()\uff08\uff09]", "").strip());
        return e.name() + (e.emulated() && !marked ? emulated : "");
    }

    private String title(String itemId) {
        Check c = checks.get(itemId);
        if (c != null) {
            return t.get(c.titleKey());
        }
        return manualTexts.getOrDefault(itemId, itemId);
    }

    private String manualText(String itemId) {
        return manualTexts.getOrDefault(itemId, itemId);
    }

    private String recommendation(String checkId) {
        Check c = checks.get(checkId);
        return c == null ? "" : t.get(c.recommendationKey());
    }

    /** In the words of the check's catalogue, which may draw on other bundles (the Data Guard state's reasons). */
    private String message(String checkId, Finding f) {
        CheckCatalogue catalogue = catalogues.get(checkId);
        return catalogue != null ? catalogue.message(t.locale(), f)
                : t.format(f.messageKey(), f.arguments().toArray());
    }

    /** Why a check could not run: a connection problem with its server, host and port and what to do about it. */
    private String failure(CheckOutcome o) {
        CheckResult r = o.result();
        Endpoint e = endpoints.get(o.endpointId());
        if (r.problem() != null && e != null) {
            String code = r.serverCode() == null ? "" : r.serverCode();
            String title = t.format(r.problem().titleKey(), code, e.host(), Integer.toString(e.port()))
                    .replace("\uff08\uff09", "").replace(" ()", "");
            return title + " " + t.get(r.problem().actionKey());
        }
        String reason = r.reasonKey() == null ? "" : t.format(r.reasonKey(), r.reasonArguments().toArray());
        return ((r.serverCode() == null ? "" : r.serverCode() + " ") + reason
                + (r.detail() == null ? "" : " " + r.detail())).strip();
    }

    private String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(zone));
    }
}
