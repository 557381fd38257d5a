package org.hisops.assessment.ui.internal;

import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.hisops.assessment.report.ReadinessReport;
import org.hisops.assessment.report.ReportTexts;
import org.hisops.assessment.report.RunComparison;
import org.hisops.checks.api.Check;
import org.hisops.checks.api.CheckCatalogue;
import org.hisops.checks.api.CheckResult;
import org.hisops.checks.api.CheckRunner;
import org.hisops.checks.api.CheckStatus;
import org.hisops.checks.api.Finding;
import org.hisops.checks.api.FixupPlan;
import org.hisops.checks.api.FixupResult;
import org.hisops.checks.api.FixupRunner;
import org.hisops.checks.api.RunProgress;
import org.hisops.checks.api.RunResult;
import org.hisops.checks.api.RunSummary;
import org.hisops.checks.api.Stage;
import org.hisops.db.api.Cancellation;
import org.hisops.db.api.Endpoint;
import org.hisops.db.api.EndpointDirectory;
import org.hisops.db.api.Engine;
import org.hisops.platform.api.AccessControl;
import org.hisops.platform.api.Capability;
import org.hisops.platform.ui.AdministratorPrompt;
import org.hisops.platform.ui.CapabilityView;
import org.hisops.platform.ui.CapabilityViewContext;
import org.hisops.platform.ui.UiThread;
import org.hisops.platform.ui.Widgets;
import org.hisops.report.Report;
import org.hisops.report.ReportRenderer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * "Upgrade readiness": an endpoint of the site (Oracle ones run; others are listed as not applicable), a run with
 * progress and cancel, the findings by severity and category with their recommendation, source, training link and
 * fixup, the endpoint's run history with the comparison of the selected run against the one before, and the run as
 * HTML or PDF. Every database call, history read and export runs in a job.
 */
@Component(scope = ServiceScope.PROTOTYPE, property = Capability.ID_PROPERTY + "=org.hisops.assessment.upgrade")
public class UpgradeReadinessView implements CapabilityView {

    static final String CATALOGUE = "oracle.upgrade.11.2";

    private final CheckRunner runner;
    private final FixupRunner fixups;
    private final AccessControl access;
    private final EndpointDirectory directory;
    private final ReportRenderer renderer;
    private ReportTexts texts;
    private CapabilityViewContext context;
    private Combo endpointCombo;
    private Button run;
    private Button cancel;
    private ProgressBar bar;
    private Label status;
    private Table findings;
    private Text details;
    private Button fixup;
    private Table history;
    private Text comparisonText;
    private List<Endpoint> endpoints = List.of();
    private List<RunSummary> summaries = List.of();
    private final List<Row> rows = new ArrayList<>();
    private RunResult shown;
    private RunComparison comparison;
    private volatile Cancellation running;

    /** One line of the findings table: a finding, or a check that failed. */
    private record Row(CheckResult result, Finding finding) {
    }

    @Activate
    public UpgradeReadinessView(@Reference CheckRunner runner, @Reference FixupRunner fixups,
            @Reference AccessControl access, @Reference EndpointDirectory directory,
            @Reference ReportRenderer renderer) {
        this.runner = runner;
        this.fixups = fixups;
        this.access = access;
        this.directory = directory;
        this.renderer = renderer;
    }

    private Optional<CheckCatalogue> catalogue() {
        return runner.catalogue(CATALOGUE);
    }

    @Override
    public void createControl(Composite container, CapabilityViewContext context) {
        this.context = context;
        this.texts = ReportTexts.of(context.locale(), UpgradeReadinessView.class, runner.catalogues());
        Composite parent = new Composite(container, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = layout.marginHeight = 10;
        parent.setLayout(layout);

        Composite top = new Composite(parent, SWT.NONE);
        top.setLayout(new GridLayout(7, false));
        top.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        new Label(top, SWT.NONE).setText(texts.get("view.endpoint"));
        endpointCombo = new Combo(top, SWT.READ_ONLY);
        endpointCombo.setData("org.hisops.widget", "assess.endpoint");
        GridData comboData = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        comboData.widthHint = 340;
        endpointCombo.setLayoutData(comboData);
        run = button(top, "view.run", e -> runAssessment());
        run.setData("org.hisops.widget", "assess.run");
        cancel = button(top, "view.cancel", e -> {
            Cancellation c = running;
            if (c != null) {
                c.cancel();
            }
        });
        cancel.setEnabled(false);
        bar = new ProgressBar(top, SWT.SMOOTH);
        bar.setLayoutData(new GridData(100, SWT.DEFAULT));
        button(top, "view.export.html", e -> export(false)).setData("org.hisops.widget", "assess.export.html");
        button(top, "view.export.pdf", e -> export(true)).setData("org.hisops.widget", "assess.export.pdf");
        status = new Label(parent, SWT.WRAP);
        status.setData("org.hisops.widget", "assess.status");
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Group left = group(sash, "view.findings", 1);
        findings = table(left, new String[] { "col.severity", "col.category", "col.check", "col.finding",
                "col.subject" }, new int[] { 110, 130, 190, 330, 120 });
        findings.setData("org.hisops.widget", "assess.findings");
        details = new Text(left, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL | SWT.WRAP);
        GridData dd = new GridData(SWT.FILL, SWT.FILL, true, false);
        dd.heightHint = 150;
        details.setLayoutData(dd);
        details.setData("org.hisops.widget", "assess.details");
        fixup = button(left, "view.fixup", e -> planFixup());
        fixup.setData("org.hisops.widget", "assess.fixup");
        fixup.setEnabled(false);

        Group right = group(sash, "view.history", 1);
        history = table(right, new String[] { "col.started", "col.highest", "col.findings" },
                new int[] { 140, 80, 60 });
        history.setData("org.hisops.widget", "assess.history");
        new Label(right, SWT.NONE).setText(texts.get("view.comparison"));
        comparisonText = new Text(right, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL | SWT.WRAP);
        GridData cd = new GridData(SWT.FILL, SWT.FILL, true, true);
        cd.heightHint = 150;
        comparisonText.setLayoutData(cd);
        comparisonText.setData("org.hisops.widget", "assess.comparison");
        sash.setWeights(70, 30);

        endpointCombo.addListener(SWT.Selection, e -> endpointChosen());
        findings.addListener(SWT.Selection, e -> showDetails());
        history.addListener(SWT.Selection, e -> loadSelectedRun());
        fillEndpoints();
    }

    private Group group(Composite parent, String key, int columns) {
        return Widgets.group(parent, texts.get(key), columns);
    }

    private Table table(Composite parent, String[] columns, int[] widths) {
        return Widgets.table(parent, 1, 160, java.util.Arrays.stream(columns).map(texts::get).toArray(String[]::new),
                widths);
    }

    private Button button(Composite parent, String key, org.eclipse.swt.widgets.Listener listener) {
        return Widgets.button(parent, texts.get(key), listener);
    }

    private void async(Runnable r) {
        UiThread.whileAlive(findings, r);
    }

    /** Oracle endpoints first (they run); the others are listed as not applicable. */
    private void fillEndpoints() {
        endpoints = directory.endpoints(context.site().id()).stream()
                .sorted(Comparator.comparing((Endpoint e) -> e.engine() != Engine.ORACLE).thenComparing(Endpoint::name))
                .toList();
        endpointCombo.removeAll();
        for (Endpoint e : endpoints) {
            String emulated = texts.get("view.emulated");
            // The demo's names already say so; a name of the user's gets the mark.
            String label = e.name() + (e.emulated() && !e.name().contains(emulated.replaceAll("[()（）]", ""))
                    ? " " + emulated : "");
            endpointCombo.add(e.engine() == Engine.ORACLE ? label
                    : texts.format("view.endpoint.na", label, e.engine().name()));
        }
        if (!endpoints.isEmpty()) {
            // A 10.x source is what this catalogue is for: start there.
            int first = 0;
            for (int i = endpoints.size() - 1; i >= 0; i--) {
                String v = endpoints.get(i).declaredVersion();
                if (endpoints.get(i).engine() == Engine.ORACLE && v != null && v.startsWith("10.")) {
                    first = i;
                }
            }
            endpointCombo.select(first);
        } else {
            status.setText(texts.get("view.no.endpoints"));
        }
        endpointChosen();
    }

    private Endpoint selectedEndpoint() {
        int i = endpointCombo.getSelectionIndex();
        return i < 0 || i >= endpoints.size() ? null : endpoints.get(i);
    }

    private void endpointChosen() {
        Endpoint e = selectedEndpoint();
        boolean oracle = e != null && e.engine() == Engine.ORACLE;
        run.setEnabled(oracle && running == null);
        show(null, null);
        if (e != null && !oracle) {
            status.setText(texts.format("view.not.applicable", e.name(), e.engine().name()));
        } else if (catalogue().isEmpty()) {
            status.setText(texts.get("view.no.catalogue"));
            run.setEnabled(false);
        } else {
            status.setText(texts.get("view.ready"));
        }
        loadHistory(e, 0);
    }

    /** Reads the endpoint's saved runs in a job; then shows {@code selectRunId} (or the newest) with its comparison. */
    private void loadHistory(Endpoint endpoint, long selectRunId) {
        if (endpoint == null) {
            return;
        }
        Job.create(texts.get("job.history"), (IProgressMonitor m) -> {
            List<RunSummary> past = runner.history(endpoint.id());
            async(() -> {
                if (endpoint != selectedEndpoint()) {
                    return;
                }
                summaries = past;
                history.removeAll();
                for (RunSummary s : past) {
                    TableItem item = new TableItem(history, SWT.NONE);
                    item.setText(new String[] { ReadinessReport.time(s.started()),
                            s.highest() == null ? texts.get("view.none") : texts.get(s.highest().key()),
                            Integer.toString(s.findings()) });
                }
                if (!past.isEmpty()) {
                    int index = 0;
                    for (int i = 0; i < past.size(); i++) {
                        if (past.get(i).runId() == selectRunId) {
                            index = i;
                        }
                    }
                    history.select(index);
                    loadSelectedRun();
                }
            });
            return Status.OK_STATUS;
        }).schedule();
    }

    /** Loads the selected run and the one before it in a job, and shows both (findings and comparison). */
    private void loadSelectedRun() {
        int i = history.getSelectionIndex();
        if (i < 0 || i >= summaries.size()) {
            return;
        }
        long runId = summaries.get(i).runId();
        Long previousId = i + 1 < summaries.size() ? summaries.get(i + 1).runId() : null;
        Job.create(texts.get("job.history"), (IProgressMonitor m) -> {
            Optional<RunResult> selected = runner.load(runId);
            RunResult previous = previousId == null ? null : runner.load(previousId).orElse(null);
            async(() -> {
                if (selected.isEmpty()) {
                    status.setText(texts.format("view.run.unreadable", runId));
                    return;
                }
                show(selected.get(), previousId == null ? null : RunComparison.of(selected.get(), previous));
            });
            return Status.OK_STATUS;
        }).schedule();
    }

    private void runAssessment() {
        Endpoint endpoint = selectedEndpoint();
        if (endpoint == null || endpoint.engine() != Engine.ORACLE || running != null) {
            return;
        }
        Cancellation cancellation = new Cancellation();
        running = cancellation;
        run.setEnabled(false);
        cancel.setEnabled(true);
        bar.setSelection(0);
        status.setText(texts.format("view.running", endpoint.name()));
        Job.create(texts.format("job.run", endpoint.name()), (IProgressMonitor m) -> {
            RunResult result = runner.run(CATALOGUE, endpoint, Set.of(Stage.BEFORE_UPGRADE), new RunProgress() {
                @Override
                public void started(int total) {
                    async(() -> bar.setMaximum(Math.max(1, total)));
                }

                @Override
                public void checkDone(CheckResult r, int done, int total) {
                    async(() -> {
                        bar.setSelection(done);
                        status.setText(texts.format("view.progress", done, total));
                    });
                }
            }, cancellation);
            async(() -> {
                running = null;
                cancel.setEnabled(false);
                run.setEnabled(selectedEndpoint() == endpoint);
                status.setText(summary(result));
                if (selectedEndpoint() == endpoint) {
                    if (result.runId() > 0) {
                        loadHistory(endpoint, result.runId());
                    } else {
                        show(result, null);
                    }
                }
            });
            return Status.OK_STATUS;
        }).schedule();
    }

    private String summary(RunResult r) {
        String counts = texts.format("view.counts", r.results().size(), r.count(CheckStatus.PASS),
                r.count(CheckStatus.FINDING), r.count(CheckStatus.NOT_APPLICABLE), r.count(CheckStatus.FAILED));
        String s = texts.format("view.done", r.highest().map(h -> texts.get(h.key())).orElse(texts.get("view.none")),
                counts);
        if (r.cancelled()) {
            s += " " + texts.get("view.run.cancelled");
        }
        if (r.saveProblem() != null) {
            s += " " + texts.get("view.run.unsaved");
        }
        return s;
    }

    private void show(RunResult result, RunComparison compared) {
        shown = result;
        comparison = compared;
        findings.removeAll();
        rows.clear();
        details.setText("");
        fixup.setEnabled(false);
        if (result == null) {
            comparisonText.setText("");
            return;
        }
        CheckCatalogue catalogue = catalogue().orElse(null);
        List<Row> all = new ArrayList<>();
        for (CheckResult r : result.results()) {
            r.findings().forEach(f -> all.add(new Row(r, f)));
            if (r.status() == CheckStatus.FAILED) {
                all.add(new Row(r, null));
            }
        }
        // Grouped by severity (highest first, failures at the end), then category, then catalogue order.
        all.sort(Comparator.comparing((Row row) -> row.finding() == null ? -1 : row.finding().severity().ordinal())
                .reversed().thenComparing(row -> category(catalogue, row.result().checkId())));
        for (Row row : all) {
            Optional<Check> check = catalogue == null ? Optional.empty()
                    : ReadinessReport.check(catalogue, row.result().checkId());
            TableItem item = new TableItem(findings, SWT.NONE);
            Finding f = row.finding();
            item.setText(new String[] {
                    f == null ? texts.get("status.failed") : texts.get(f.severity().key()),
                    check.map(c -> texts.get("category." + c.category())).orElse(""),
                    check.map(c -> texts.get(c.titleKey())).orElse(row.result().checkId()),
                    f == null ? failure(row.result())
                            : catalogue == null ? f.messageKey() : catalogue.message(texts.locale(), f),
                    f == null ? "" : f.subject() });
            rows.add(row);
        }
        if (!rows.isEmpty()) {
            findings.select(0);
            showDetails();
        }
        status.setText(texts.format("view.shown", ReadinessReport.time(result.started()),
                result.version() == null ? "-" : result.version()) + "  " + summary(result));
        comparisonText.setText(comparisonLines(catalogue, compared));
    }

    private String category(CheckCatalogue catalogue, String checkId) {
        return catalogue == null ? "" : ReadinessReport.check(catalogue, checkId).map(Check::category).orElse("");
    }

    private String failure(CheckResult r) {
        String reason = r.reasonKey() == null ? "" : texts.get(r.reasonKey());
        return (r.serverCode() == null ? "" : r.serverCode() + " ") + reason
                + (r.detail() == null ? "" : " " + r.detail());
    }

    private String comparisonLines(CheckCatalogue catalogue, RunComparison c) {
        if (c == null) {
            return texts.get("compare.first");
        }
        StringBuilder b = new StringBuilder();
        b.append(texts.format("compare.summary", c.added().size(), c.resolved().size(), c.unchanged().size()))
                .append('\n');
        c.added().forEach(e -> b.append("+ ").append(ReadinessReport.line(texts, catalogue, e)).append('\n'));
        c.resolved().forEach(e -> b.append("- ").append(ReadinessReport.line(texts, catalogue, e)).append('\n'));
        return b.toString();
    }

    private Row selectedRow() {
        int i = findings.getSelectionIndex();
        return i < 0 || i >= rows.size() ? null : rows.get(i);
    }

    private void showDetails() {
        Row row = selectedRow();
        CheckCatalogue catalogue = catalogue().orElse(null);
        if (row == null || catalogue == null) {
            return;
        }
        Optional<Check> check = ReadinessReport.check(catalogue, row.result().checkId());
        StringBuilder b = new StringBuilder();
        Finding f = row.finding();
        b.append(f == null ? failure(row.result()) : catalogue.message(texts.locale(), f)).append('\n');
        if (f != null && !f.subject().isEmpty()) {
            b.append(texts.get("detail.subject")).append(' ').append(f.subject()).append('\n');
        }
        check.ifPresent(c -> {
            b.append(texts.get("detail.recommendation")).append(' ').append(texts.get(c.recommendationKey()))
                    .append('\n');
            b.append(texts.get("detail.source")).append(' ').append(c.source()).append('\n');
            if (c.trainingLink() != null) {
                b.append(texts.get("detail.training")).append(' ').append(c.trainingLink()).append('\n');
            }
            if (c.fixup() != null && f != null && !f.fixupStatements().isEmpty()) {
                b.append(texts.get("detail.fixup")).append(' ').append(texts.get(c.fixup().descriptionKey()))
                        .append('\n');
                f.fixupStatements().forEach(s -> b.append("    ").append(s).append('\n'));
            }
        });
        details.setText(b.toString());
        fixup.setEnabled(f != null && !f.fixupStatements().isEmpty() && check.map(c -> c.fixup() != null).orElse(false));
    }

    /** Plans in a job (reads the database's name), then asks; running is another job. */
    private void planFixup() {
        Row row = selectedRow();
        RunResult run = shown;
        Endpoint endpoint = run == null ? null : directory.find(run.endpointId()).orElse(null);
        if (row == null || endpoint == null) {
            return;
        }
        String title = catalogue().flatMap(c -> ReadinessReport.check(c, row.result().checkId()))
                .map(c -> texts.get(c.titleKey())).orElse(row.result().checkId());
        Job.create(texts.get("job.fixup.plan"), (IProgressMonitor m) -> {
            try {
                FixupPlan plan = fixups.plan(endpoint, run, row.result().checkId(), Cancellation.none());
                async(() -> {
                    if (!plan.runnable()) {
                        MessageDialog.openInformation(findings.getShell(), texts.get("fixup.refused.title"),
                                texts.get(plan.refusalKey()) + "\n\n" + String.join("\n", plan.shown()));
                        return;
                    }
                    FixupDialog dialog = new FixupDialog(findings.getShell(), texts, plan, title);
                    if (dialog.open() == FixupDialog.OK
                            && AdministratorPrompt.ensure(findings.getShell(), access, context.locale())) {
                        runFixup(plan, dialog.typed());
                    }
                });
            } catch (Exception e) {
                async(() -> MessageDialog.openError(findings.getShell(), texts.get("error.title"),
                        texts.format("error.fixup.plan", e.getMessage())));
            }
            return Status.OK_STATUS;
        }).schedule();
    }

    private void runFixup(FixupPlan plan, String typed) {
        Cancellation cancellation = new Cancellation();
        running = cancellation;
        cancel.setEnabled(true);
        run.setEnabled(false);
        status.setText(texts.format("view.fixup.running", plan.endpoint().name()));
        Job.create(texts.get("job.fixup"), (IProgressMonitor m) -> {
            FixupResult result = fixups.run(plan, typed, cancellation);
            async(() -> {
                running = null;
                cancel.setEnabled(false);
                run.setEnabled(true);
                StringBuilder b = new StringBuilder();
                b.append(result.refusalKey() != null ? texts.get(result.refusalKey())
                        : texts.get("fixup.outcome." + result.outcome().name().toLowerCase(Locale.ROOT))).append('\n');
                for (FixupResult.StatementResult s : result.statements()) {
                    b.append(s.done() ? "✔ " : "✘ ").append(s.statement());
                    if (!s.done()) {
                        b.append("  ").append(s.serverCode() == null ? "" : s.serverCode() + " ").append(s.detail());
                    }
                    b.append('\n');
                }
                if (result.after() != null) {
                    b.append(texts.format("fixup.after", texts.get("status."
                            + result.after().status().name().toLowerCase(Locale.ROOT)),
                            result.after().findings().size()));
                }
                MessageDialog.openInformation(findings.getShell(), texts.get("fixup.result.title"), b.toString());
                if (result.afterRunId() > 0) {
                    loadHistory(plan.endpoint(), result.afterRunId());
                }
            });
            return Status.OK_STATUS;
        }).schedule();
    }

    private void export(boolean pdf) {
        RunResult run = shown;
        CheckCatalogue catalogue = catalogue().orElse(null);
        Endpoint endpoint = run == null ? null : directory.find(run.endpointId()).orElse(null);
        if (run == null || catalogue == null || endpoint == null) {
            MessageDialog.openInformation(findings.getShell(), texts.get("export.title"), texts.get("export.select"));
            return;
        }
        FileDialog dialog = new FileDialog(findings.getShell(), SWT.SAVE);
        dialog.setOverwrite(true);
        dialog.setFileName("upgrade-readiness-" + endpoint.id() + "-" + ReadinessReport.time(run.started())
                .replaceAll("[^0-9]", "") + (pdf ? ".pdf" : ".html"));
        String file = dialog.open();
        if (file == null) {
            return;
        }
        Report report = ReadinessReport.of(texts, catalogue, endpoint, run, comparison);
        Job.create(texts.get("job.export"), (IProgressMonitor m) -> {
            try (OutputStream out = new FileOutputStream(file)) {
                if (pdf) {
                    renderer.pdf(report, out);
                } else {
                    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                    renderer.html(report, w);
                    w.flush();
                }
                async(() -> context.showStatus(texts.format("export.done", file)));
            } catch (java.io.IOException | RuntimeException e) {
                async(() -> MessageDialog.openError(findings.getShell(), texts.get("export.title"),
                        texts.format("export.failed", file, e.getMessage())));
            }
            return Status.OK_STATUS;
        }).schedule();
    }

    @Override
    public void setFocus() {
        if (endpointCombo != null && !endpointCombo.isDisposed()) {
            endpointCombo.setFocus();
        }
    }

    @Override
    public void dispose() {
        Cancellation c = running;
        if (c != null) {
            c.cancel();
        }
    }
}
