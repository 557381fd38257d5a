package org.hisops.assessment.data.ui.internal;

import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.hisops.assessment.data.api.Baseline;
import org.hisops.assessment.data.api.BaselineSummary;
import org.hisops.assessment.data.api.DataAssessment;
import org.hisops.assessment.data.api.DataAssessmentResult;
import org.hisops.assessment.data.api.DataRequest;
import org.hisops.assessment.data.api.ExactCount;
import org.hisops.assessment.data.api.PerformanceBaselines;
import org.hisops.assessment.data.api.TableName;
import org.hisops.db.api.Cancellation;
import org.hisops.db.api.DatabaseException;
import org.hisops.db.api.Endpoint;
import org.hisops.db.api.EndpointDirectory;
import org.hisops.platform.api.BundleTexts;
import org.hisops.platform.api.Capability;
import org.hisops.platform.ui.CapabilityView;
import org.hisops.platform.ui.CapabilityViewContext;
import org.hisops.platform.ui.UiThread;
import org.hisops.report.Report;
import org.hisops.report.ReportRenderer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * "Data and performance": the data assessment of an endpoint (schemas, largest tables, LOBs, partitions, statistics
 * freshness, growth, the Data Pump estimate with its formula), exact counts of chosen tables, baselines taken in a
 * job and compared. What is shown is the report that is exported. Every database call and export runs in a job.
 */
@Component(scope = ServiceScope.PROTOTYPE, property = Capability.ID_PROPERTY + "=org.hisops.assessment.data")
public class DataAndPerformanceView implements CapabilityView {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
    /** Widget data: the save action of an export button on a chosen file (the test probe drives it). */
    private static final String SAVE_TO = "org.hisops.widget.saveTo";
    private static final int LARGEST_TABLE = 1; // schemas, then the largest tables

    private final DataAssessment data;
    private final PerformanceBaselines baselines;
    private final EndpointDirectory directory;
    private final ReportRenderer renderer;
    private final BundleTexts texts = BundleTexts.of(DataAndPerformanceView.class);

    private CapabilityViewContext context;
    private Combo endpointCombo;
    private List<Endpoint> endpoints = List.of();
    private Label status;
    private ProgressBar progress;
    private GridData progressData;
    private Button assess;
    private Button count;
    private Button take;
    private Button cancel;
    private Spinner interval;
    private Spinner threshold;
    private CTabFolder tabs;
    private ReportWidgets dataReport;
    private ReportWidgets perfReport;
    private Table baselineList;
    private List<BaselineSummary> summaries = List.of();
    private volatile Cancellation running;
    private DataAssessmentResult lastData;
    private Report shownData;
    private Report shownPerf;

    @Activate
    public DataAndPerformanceView(@Reference DataAssessment data, @Reference PerformanceBaselines baselines,
            @Reference EndpointDirectory directory, @Reference ReportRenderer renderer) {
        this.data = data;
        this.baselines = baselines;
        this.directory = directory;
        this.renderer = renderer;
    }

    private String t(String key, Object... args) {
        return args.length == 0 ? texts.text(context.locale(), key, key) : texts.format(context.locale(), key, args);
    }

    @Override
    public void createControl(Composite container, CapabilityViewContext ctx) {
        this.context = ctx;
        Composite parent = new Composite(container, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = layout.marginHeight = 8;
        parent.setLayout(layout);
        // The actions wrap onto a second row in a narrow window (Chinese and English labels differ in width).
        Composite top = new Composite(parent, SWT.NONE);
        RowLayout row = new RowLayout(SWT.HORIZONTAL);
        row.wrap = true;
        row.center = true;
        row.marginLeft = row.marginRight = row.marginTop = row.marginBottom = 0;
        row.spacing = 6;
        top.setLayout(row);
        GridData topData = new GridData(SWT.FILL, SWT.TOP, true, false);
        topData.widthHint = 200; // the part's width decides; the row wraps rather than widening the part
        top.setLayoutData(topData);
        new Label(top, SWT.NONE).setText(t("view.endpoint"));
        endpointCombo = new Combo(top, SWT.READ_ONLY);
        endpointCombo.setData("org.hisops.widget", "adata.endpoint");
        endpointCombo.setLayoutData(new RowData(260, SWT.DEFAULT));
        assess = button(top, "view.assess", "adata.assess", e -> assess());
        count = button(top, "view.count", "adata.count", e -> countSelected());
        new Label(top, SWT.NONE).setText(t("view.interval"));
        interval = new Spinner(top, SWT.BORDER);
        interval.setValues(0, 0, 86_400, 0, 60, 600);
        take = button(top, "view.baseline", "adata.baseline", e -> takeBaseline());
        cancel = button(top, "view.cancel", "adata.cancel", e -> {
            Cancellation c = running;
            if (c != null) {
                c.cancel();
            }
        });
        cancel.setEnabled(false);
        button(top, "view.export.html", "adata.export.html", e -> export(false))
                .setData(SAVE_TO, (java.util.function.Consumer<Path>) f -> exportTo(f, false));
        button(top, "view.export.pdf", "adata.export.pdf", e -> export(true))
                .setData(SAVE_TO, (java.util.function.Consumer<Path>) f -> exportTo(f, true));
        Composite line = new Composite(parent, SWT.NONE);
        GridLayout lineLayout = new GridLayout(2, false);
        lineLayout.marginWidth = lineLayout.marginHeight = 0;
        line.setLayout(lineLayout);
        line.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        progress = new ProgressBar(line, SWT.INDETERMINATE);
        progressData = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        progressData.widthHint = 120;
        progressData.exclude = true;
        progress.setLayoutData(progressData);
        progress.setVisible(false);
        status = new Label(line, SWT.WRAP);
        status.setData("org.hisops.widget", "adata.status");
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        status.setText(t("view.ready"));

        tabs = new CTabFolder(parent, SWT.BORDER);
        tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        CTabItem dataTab = new CTabItem(tabs, SWT.NONE);
        dataTab.setText(t("view.tab.data"));
        dataReport = new ReportWidgets(tabs, "adata.data");
        dataTab.setControl(dataReport.control());
        dataReport.empty(t("view.data.empty"));
        CTabItem listTab = new CTabItem(tabs, SWT.NONE);
        listTab.setText(t("view.tab.baselines"));
        Composite list = new Composite(tabs, SWT.NONE);
        list.setLayout(new GridLayout(4, false));
        baselineList = new Table(list, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        baselineList.setData("org.hisops.widget", "adata.baselines");
        baselineList.setHeaderVisible(true);
        baselineList.setLinesVisible(true);
        baselineList.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
        for (String[] c : new String[][] { { "col.baseline", "220" }, { "col.endpoint", "200" }, { "col.version", "180" },
                { "col.from", "150" }, { "col.to", "150" } }) {
            TableColumn col = new TableColumn(baselineList, SWT.LEFT);
            col.setText(t(c[0]));
            col.setWidth(Integer.parseInt(c[1]));
        }
        button(list, "view.baselines.show", "adata.baselines.show", e -> showBaseline());
        button(list, "view.baselines.compare", "adata.baselines.compare", e -> compare());
        new Label(list, SWT.NONE).setText(t("view.threshold"));
        threshold = new Spinner(list, SWT.BORDER);
        threshold.setValues(50, 1, 10_000, 0, 10, 50);
        listTab.setControl(list);
        CTabItem perfTab = new CTabItem(tabs, SWT.NONE);
        perfTab.setText(t("view.tab.comparison"));
        perfReport = new ReportWidgets(tabs, "adata.perf");
        perfTab.setControl(perfReport.control());
        perfReport.empty(t("view.perf.empty"));
        tabs.setSelection(0);
        fillEndpoints();
        refreshBaselines();
    }

    private Button button(Composite parent, String key, String id, org.eclipse.swt.widgets.Listener listener) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(t(key));
        b.setData("org.hisops.widget", id);
        b.addListener(SWT.Selection, listener);
        return b;
    }

    private void async(Runnable r) {
        UiThread.whileAlive(status, r);
    }

    private void fillEndpoints() {
        endpoints = directory.endpoints(context.site().id()).stream()
                .sorted(Comparator.comparing((Endpoint e) -> e.engine().name()).thenComparing(Endpoint::name)).toList();
        endpointCombo.removeAll();
        for (Endpoint e : endpoints) {
            String emulated = t("view.emulated");
            endpointCombo.add(e.name() + (e.emulated() && !e.name().contains(emulated.replaceAll("[()（）]", ""))
                    ? emulatedSuffix() : ""));
        }
        int first = 0;
        for (int i = endpoints.size() - 1; i >= 0; i--) {
            String v = endpoints.get(i).declaredVersion();
            if (v != null && v.startsWith("10.")) {
                first = i;
            }
        }
        if (!endpoints.isEmpty()) {
            endpointCombo.select(first);
        }
    }

    /** "(emulated)" after a space, "（仿真）" without one. */
    private String emulatedSuffix() {
        String emulated = t("view.emulated");
        return (emulated.startsWith("(") ? " " : "") + emulated;
    }

    private Endpoint endpoint() {
        int i = endpointCombo.getSelectionIndex();
        return i < 0 ? null : endpoints.get(i);
    }

    /** Shows a status line; a longer one may wrap, so the line is laid out again. */
    private void say(String text) {
        status.setText(text);
        status.getParent().getParent().layout(true, true);
    }

    private void busy(boolean on, Cancellation c) {
        running = on ? c : null;
        progressData.exclude = !on;
        progress.setVisible(on);
        progress.getParent().layout(true);
        assess.setEnabled(!on);
        count.setEnabled(!on);
        take.setEnabled(!on);
        cancel.setEnabled(on);
    }

    /** What went wrong and what to do, in the reader's language (the server's code kept for the DBA). */
    private String problem(Exception x, Endpoint e) {
        if (x instanceof DatabaseException d) {
            BundleTexts db = BundleTexts.of(DatabaseException.class);
            // The titles name the server code {0} and the endpoint's host {1} and port {2}.
            String title = db.format(context.locale(), d.problem().titleKey(), d.serverCode() == null ? "" : d.serverCode(),
                    e == null ? "" : e.host(), e == null ? "" : Integer.toString(e.port()));
            if (d.problem() == org.hisops.db.api.DbProblem.OTHER && d.getMessage() != null) {
                title = title + " " + d.getMessage();
            }
            String action = db.text(context.locale(), d.problem().actionKey(), "");
            return title + (action.isEmpty() ? "" : " " + action);
        }
        // Not the database: the store or the report. Its own message is all there is; the action is ours.
        return t("view.failed.other", x.getClass().getSimpleName() + (x.getMessage() == null ? "" : ": " + x.getMessage()));
    }

    private void assess() {
        Endpoint e = endpoint();
        if (e == null) {
            return;
        }
        Cancellation c = Cancellation.none();
        busy(true, c);
        say(t("view.assessing", e.name()));
        java.util.Locale locale = context.locale();
        Job.create(t("job.assess"), (IProgressMonitor m) -> {
            m.beginTask(t("view.assessing", e.name()), IProgressMonitor.UNKNOWN);
            try {
                DataAssessmentResult r = data.assess(e, DataRequest.all(), c);
                Report.Builder b = Report.builder(t("report.title"), locale).subtitle(e.name());
                data.appendTo(b, r, locale);
                Report report = b.build();
                async(() -> {
                    lastData = r;
                    shownData = report;
                    dataReport.show(report);
                    tabs.setSelection(0);
                    say(t("view.assessed", e.name(), r.tables().size(), human(r.totalBytes())));
                });
            } catch (Exception x) {
                async(() -> say(c.isCancelled() ? t("view.cancelled") : t("view.failed", t("job.assess"), problem(x, e))));
            } finally {
                async(() -> busy(false, null));
                m.done();
            }
            return Status.OK_STATUS;
        }).schedule();
    }

    static String human(long bytes) {
        double gb = bytes / (1024.0 * 1024 * 1024);
        return gb >= 1 ? String.format(java.util.Locale.ROOT, "%.1f GB", gb)
                : String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    /** Counts the tables selected in the largest-tables list; never all tables. */
    private void countSelected() {
        Endpoint e = endpoint();
        Table largest = dataReport.firstTableAfter(LARGEST_TABLE);
        if (e == null || lastData == null || largest == null || largest.getSelectionCount() == 0) {
            MessageDialog.openInformation(status.getShell(), t("view.count.title"), t("view.count.none"));
            return;
        }
        List<TableName> chosen = new ArrayList<>();
        for (TableItem item : largest.getSelection()) {
            String name = item.getText(0);
            int dot = name.indexOf('.');
            chosen.add(new TableName(name.substring(0, dot), name.substring(dot + 1)));
        }
        Cancellation c = Cancellation.none();
        busy(true, c);
        Job.create(t("job.count"), (IProgressMonitor m) -> {
            m.beginTask(t("job.count"), chosen.size());
            try {
                List<ExactCount> counts = data.countRows(e, chosen, e.statementTimeoutSeconds(), (one, done, total) -> {
                    m.worked(1);
                    async(() -> say(t("view.counting", done, total, one.table())));
                }, c);
                StringBuilder text = new StringBuilder();
                for (ExactCount one : counts) {
                    text.append(t("view.count.result", one.table(), one.outcome() == ExactCount.Outcome.COUNTED
                            ? String.format("%,d", one.rows())
                            : t("count.outcome." + one.outcome().name(), e.statementTimeoutSeconds())
                                    + (one.detail().isEmpty() ? "" : " (" + one.detail() + ")"))).append('\n');
                }
                async(() -> {
                    say(t("view.counted", counts.size()));
                    MessageDialog.openInformation(status.getShell(), t("view.count.title"), text.toString());
                });
            } catch (Exception x) {
                async(() -> say(t("view.failed", t("job.count"), problem(x, e))));
            } finally {
                async(() -> busy(false, null));
                m.done();
            }
            return Status.OK_STATUS;
        }).schedule();
    }

    private void takeBaseline() {
        Endpoint e = endpoint();
        if (e == null) {
            return;
        }
        Cancellation c = Cancellation.none();
        busy(true, c);
        Duration wait = Duration.ofSeconds(interval.getSelection());
        String name = t("view.baseline.name", e.name(), TIME.format(java.time.Instant.now()));
        Job.create(t("job.baseline"), (IProgressMonitor m) -> {
            m.beginTask(t("job.baseline"), IProgressMonitor.UNKNOWN);
            try {
                baselines.take(e, name, wait, (step, left) -> async(() -> say(
                        step.equals("waiting") ? t("view.baseline.waiting", left) : t("view.baseline." + step, name))), c);
                async(() -> {
                    say(t("view.baseline.saved", name));
                    refreshBaselines();
                    tabs.setSelection(1);
                });
            } catch (InterruptedException x) {
                async(() -> say(t("view.cancelled")));
            } catch (Exception x) {
                async(() -> say(c.isCancelled() ? t("view.cancelled") : t("view.failed", t("job.baseline"), problem(x, e))));
            } finally {
                async(() -> busy(false, null));
                m.done();
            }
            return Status.OK_STATUS;
        }).schedule();
    }

    private void refreshBaselines() {
        Job.create(t("job.baselines"), (IProgressMonitor m) -> {
            List<BaselineSummary> list;
            try {
                list = baselines.list(null);
            } catch (RuntimeException x) {
                async(() -> say(t("view.failed", t("job.baselines"), problem(x, null))));
                return Status.OK_STATUS;
            }
            async(() -> {
                summaries = list;
                baselineList.removeAll();
                for (BaselineSummary s : list) {
                    new TableItem(baselineList, SWT.NONE).setText(new String[] { s.name(), endpointName(s.endpointId()),
                            s.serverVersion() + (s.emulated() ? emulatedSuffix() : ""),
                            s.from() == null ? "-" : TIME.format(s.from()), TIME.format(s.to()) });
                }
            });
            return Status.OK_STATUS;
        }).schedule();
    }

    /** The endpoint's name as the site calls it; the id when the endpoint was removed since. */
    private String endpointName(String id) {
        return endpoints.stream().filter(e -> e.id().equals(id)).map(Endpoint::name).findFirst().orElse(id);
    }

    private List<BaselineSummary> selected() {
        List<BaselineSummary> out = new ArrayList<>();
        for (int i : baselineList.getSelectionIndices()) {
            out.add(summaries.get(i));
        }
        return out;
    }

    private void showBaseline() {
        List<BaselineSummary> s = selected();
        if (s.isEmpty()) {
            return;
        }
        long id = s.get(0).id();
        java.util.Locale locale = context.locale();
        Job.create(t("job.baselines"), (IProgressMonitor m) -> {
            try {
                baselines.load(id).ifPresent(b -> {
                    Report.Builder rb = Report.builder(t("report.title"), locale).subtitle(b.name());
                    baselines.appendTo(rb, b, locale);
                    Report report = rb.build();
                    async(() -> {
                        shownPerf = report;
                        perfReport.show(report);
                        tabs.setSelection(2);
                    });
                });
            } catch (RuntimeException x) {
                async(() -> say(t("view.failed", t("job.baselines"), problem(x, null))));
            }
            return Status.OK_STATUS;
        }).schedule();
    }

    private void compare() {
        List<BaselineSummary> s = selected();
        if (s.size() != 2) {
            MessageDialog.openInformation(status.getShell(), t("view.tab.comparison"), t("view.compare.select"));
            return;
        }
        // the older baseline is "before"
        List<BaselineSummary> ordered = s.stream().sorted(Comparator.comparing(BaselineSummary::to)).toList();
        double limit = threshold.getSelection();
        java.util.Locale locale = context.locale();
        Job.create(t("job.compare"), (IProgressMonitor m) -> {
            try {
                Baseline before = baselines.load(ordered.get(0).id()).orElse(null);
                Baseline after = baselines.load(ordered.get(1).id()).orElse(null);
                if (before != null && after != null) {
                    Report.Builder rb = Report.builder(t("report.title"), locale).subtitle(before.name() + " / " + after.name());
                    var comparison = baselines.compare(before, after, limit);
                    baselines.appendTo(rb, comparison, locale);
                    Report report = rb.build();
                    async(() -> {
                        shownPerf = report;
                        perfReport.show(report);
                        tabs.setSelection(2);
                        say(t("view.compared", before.name(), after.name(), comparison.regressed().size()));
                    });
                }
            } catch (RuntimeException x) {
                async(() -> say(t("view.failed", t("job.compare"), problem(x, null))));
            }
            return Status.OK_STATUS;
        }).schedule();
    }

    /** The report of the tab in front (data, or the baseline/comparison shown), or null with the user told. */
    private Report shownReport() {
        Report report = tabs.getSelectionIndex() == 0 ? shownData : shownPerf;
        if (report == null) {
            MessageDialog.openInformation(status.getShell(), t("export.title"), t("export.nothing"));
        }
        return report;
    }

    private void export(boolean pdf) {
        if (shownReport() == null) {
            return;
        }
        FileDialog dialog = new FileDialog(status.getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { pdf ? "*.pdf" : "*.html" });
        dialog.setFileName(pdf ? "data-performance.pdf" : "data-performance.html");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            exportTo(Path.of(chosen), pdf);
        }
    }

    /** Writes the report in front to {@code file} in a job; the export buttons carry this as their save action. */
    private void exportTo(Path file, boolean pdf) {
        Report report = shownReport();
        if (report == null) {
            return;
        }
        Job.create(t("job.export"), (IProgressMonitor m) -> {
            m.beginTask(t("job.export"), IProgressMonitor.UNKNOWN);
            try {
                if (pdf) {
                    try (OutputStream out = Files.newOutputStream(file)) {
                        renderer.pdf(report, out);
                    }
                } else {
                    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                        renderer.html(report, w);
                    }
                }
                async(() -> {
                    say(t("export.done", file));
                    context.showStatus(t("export.done", file));
                });
            } catch (Exception x) {
                String reason = x instanceof java.nio.file.NoSuchFileException || x instanceof java.nio.file.AccessDeniedException
                        ? x.getClass().getSimpleName() + " " + x.getMessage() : String.valueOf(x.getMessage());
                async(() -> {
                    say(t("export.failed", reason));
                    MessageDialog.openError(status.getShell(), t("export.title"), t("export.failed", reason));
                });
            } finally {
                m.done();
            }
            return Status.OK_STATUS;
        }).schedule();
    }

    @Override
    public void setFocus() {
        endpointCombo.setFocus();
    }

    @Override
    public void dispose() {
        Cancellation c = running;
        if (c != null) {
            c.cancel();
        }
    }
}
