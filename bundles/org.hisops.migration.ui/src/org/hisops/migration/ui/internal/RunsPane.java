package org.hisops.migration.ui.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.hisops.db.api.Cancellation;
import org.hisops.db.api.Endpoint;
import org.hisops.migration.api.MigrationProject;
import org.hisops.migration.api.MigrationProjects.ProjectRun;
import org.hisops.migration.api.TablePair;
import org.hisops.migration.api.TableResult;
import org.hisops.migration.api.VerifyListener;
import org.hisops.migration.api.VerifyOptions;
import org.hisops.migration.api.VerifyRequest;
import org.hisops.migration.api.VerifyResult;
import org.hisops.migration.copy.CopyListener;
import org.hisops.migration.copy.CopyPlan;
import org.hisops.migration.copy.CopyPreflight;
import org.hisops.migration.copy.CopyReject;
import org.hisops.migration.copy.CopyRequest;
import org.hisops.migration.copy.CopyRun;
import org.hisops.migration.copy.CopyService;
import org.hisops.migration.copy.CopyTexts;
import org.hisops.migration.copy.MappingNote;
import org.hisops.migration.copy.TableCopy;
import org.hisops.platform.ui.AdministratorPrompt;

/**
 * The "Runs" tab: Verify (operator), Copy (administrator: the password, the preflight shown, the target database's
 * name typed), Resume of an unfinished copy or verification, Cancel; progress per table while the engine works on
 * its own threads; the project's run history; the rows a copy's target refused with their reasons.
 */
final class RunsPane {

    private static final String KEY = MigrationProjectView.KEY;

    private final MigrationProjectView view;
    private final Texts texts;
    private TabItem tab;
    private Button verify;
    private Button copyButton;
    private Button resume;
    private Button cancel;
    private Label runStatus;
    private Table progress;
    private Table history;
    private Table rejects;
    private List<ProjectRun> runs = List.of();
    private Set<String> resumable = Set.of();
    /** Per table: state, segments, rows, differences; written by the engine's threads, drawn on the UI thread. */
    private final Map<String, String[]> rows = new LinkedHashMap<>();
    private final MigrationProjectView.Coalescer redraw = new MigrationProjectView.Coalescer();
    private volatile Cancellation running;

    RunsPane(MigrationProjectView view) {
        this.view = view;
        this.texts = view.texts;
    }

    void create(TabFolder tabs) {
        tab = new TabItem(tabs, SWT.NONE);
        tab.setText(texts.get("tab.runs"));
        Composite page = new Composite(tabs, SWT.NONE);
        page.setLayout(new GridLayout(1, false));
        tab.setControl(page);
        Composite bar = new Composite(page, SWT.NONE);
        bar.setLayout(new GridLayout(4, false));
        verify = view.button(bar, "run.verify", "mig.verify", e -> verify());
        copyButton = view.button(bar, "run.copy", "mig.copy", e -> copy());
        resume = view.button(bar, "run.resume", "mig.resume", e -> resume());
        cancel = view.button(bar, "run.cancel", "mig.cancel", e -> {
            Cancellation c = running;
            if (c != null) {
                c.cancel();
                runStatus.setText(texts.get("run.cancelling"));
            }
        });
        cancel.setEnabled(false);
        runStatus = new Label(page, SWT.WRAP);
        runStatus.setData(KEY, "mig.run.status");
        GridData statusData = new GridData(SWT.FILL, SWT.TOP, true, false);
        statusData.heightHint = 48;
        runStatus.setLayoutData(statusData);

        SashForm split = new SashForm(page, SWT.VERTICAL);
        split.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        progress = table(split, "mig.progress", "col.table", 180, "col.state", 110, "col.segments", 90, "col.rows", 150,
                "col.differences", 90);
        history = table(split, "mig.history", "col.kind", 90, "col.run", 200, "col.started", 150, "col.outcome", 200);
        history.addListener(SWT.Selection, e -> openHistory());
        rejects = table(split, "mig.rejects", "col.table", 140, "col.key", 180, "col.reason", 200, "col.sqlstate", 70,
                "col.message", 300);
        split.setWeights(40, 30, 30);
    }

    private Table table(Composite parent, String key, Object... titlesAndWidths) {
        Table t = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        t.setData(KEY, key);
        t.setHeaderVisible(true);
        t.setLinesVisible(true);
        for (int i = 0; i < titlesAndWidths.length; i += 2) {
            view.column(t, (String) titlesAndWidths[i], (Integer) titlesAndWidths[i + 1]);
        }
        return t;
    }

    void setProjectActions(boolean on) {
        boolean idle = running == null;
        verify.setEnabled(on && idle);
        copyButton.setEnabled(on && idle);
        resume.setEnabled(on && idle && !resumable.isEmpty());
        cancel.setEnabled(!idle);
    }

    void projectShown(ProjectForm f) {
        if (running == null) {
            progress.removeAll();
            rejects.removeAll();
            runStatus.setText("");
        }
        loadHistory();
    }

    /** Reads the shown project's runs and which of them can be resumed. */
    void loadHistory() {
        ProjectForm f = view.form();
        if (f == null || f.id() == null) {
            runs = List.of();
            resumable = Set.of();
            fillHistory();
            return;
        }
        CopyService service = view.copy;
        view.job(texts.get("job.history"), () -> {
            List<ProjectRun> list = view.projects.runs(f.id());
            Set<String> open = new HashSet<>(view.verifications.unfinished());
            Set<String> canResume = new HashSet<>();
            for (ProjectRun r : list) {
                if (r.kind() == ProjectRun.Kind.VERIFY && open.contains(r.runId())) {
                    canResume.add(r.kind() + r.runId());
                } else if (r.kind() == ProjectRun.Kind.COPY && service != null) {
                    service.run(Long.parseLong(r.runId())).filter(c -> c.state() == CopyRun.RunState.INTERRUPTED
                            || c.state() == CopyRun.RunState.FAILED).ifPresent(c -> canResume.add(r.kind() + r.runId()));
                }
            }
            view.async(() -> {
                ProjectForm now = view.form();
                if (now == null || !f.id().equals(now.id())) {
                    return;
                }
                runs = list;
                resumable = canResume;
                fillHistory();
                setProjectActions(true);
            });
        });
    }

    private void fillHistory() {
        history.removeAll();
        for (ProjectRun r : runs) {
            TableItem item = new TableItem(history, SWT.NONE);
            boolean open = resumable.contains(r.kind() + r.runId());
            item.setText(new String[] { texts.get("kind." + r.kind().name()), r.runId(), view.time(r.started()),
                    texts.getOr("summary." + r.summary(), r.summary()) + (open ? " " + texts.get("run.resumable") : "") });
        }
    }

    private void openHistory() {
        int i = history.getSelectionIndex();
        if (i < 0 || i >= runs.size()) {
            return;
        }
        ProjectRun r = runs.get(i);
        if (r.kind() == ProjectRun.Kind.COPY) {
            loadRejects(Long.parseLong(r.runId()));
        } else {
            view.results.showRun(r.runId());
        }
    }

    // ---- verify --------------------------------------------------------------------------------------------------

    private void verify() {
        view.save(this::startVerify);
    }

    private void startVerify(MigrationProject project) {
        Endpoint source = view.endpoint(project.sourceEndpointId());
        Endpoint target = view.endpoint(project.targetEndpointId());
        if (source == null || target == null) {
            runStatus.setText(texts.get("form.need.endpoints"));
            return;
        }
        CopyPlan known = view.currentPlan();
        CopyService service = view.copy;
        Cancellation cancellation = begin(texts.format("run.verify.started", project.name()));
        // two schemas of one endpoint: the engine splits the endpoint's connection limit between the sides
        VerifyOptions options = VerifyOptions.checksum().withMode(project.verifyMode(), project.samplePercent());
        view.job(texts.get("job.verify"), () -> {
            try {
                List<TablePair> pairs = pairs(project, known, service);
                if (pairs.isEmpty()) {
                    view.async(() -> end(texts.get("run.no_tables")));
                    return;
                }
                for (TablePair p : pairs) {
                    progressRow(p.label(), texts.get("state.PENDING"), "", "", "");
                }
                Instant started = Instant.now();
                VerifyResult result = view.verifications.verify(new VerifyRequest(source, target, pairs, options),
                        listener(), cancellation);
                view.record(project.id(), new ProjectRun(ProjectRun.Kind.VERIFY, result.runId(), started,
                        result.worst().name()));
                view.async(() -> {
                    end(texts.format("run.verify.done", texts.get("status." + result.worst().name()),
                            result.tables().size()) + (result.emulated() ? " " + texts.get("view.emulated") : ""));
                    view.results.show(result);
                });
            } catch (Exception e) {
                String text = texts.failure(e, view::endpoint);
                view.async(() -> end(text));
            }
        });
    }

    /** The project's table pairs: the current mapping's target names, else the plan read now, else the chosen list. */
    private static List<TablePair> pairs(MigrationProject project, CopyPlan known, CopyService service)
            throws Exception {
        CopyPlan plan = known;
        if (plan == null && service != null) {
            plan = MigrationProjectView.readPlan(service, ProjectForm.of(project));
        }
        List<TablePair> pairs = new ArrayList<>();
        if (plan != null) {
            for (CopyPlan.TablePlan t : plan.tables()) {
                if (project.selects(t.source()) && !t.refused()) {
                    pairs.add(new TablePair(project.sourceSchema(), t.source(), project.targetSchema(), t.target()));
                }
            }
        } else {
            for (String t : project.tables()) {
                pairs.add(new TablePair(project.sourceSchema(), t, project.targetSchema(), t));
            }
        }
        return pairs;
    }

    private VerifyListener listener() {
        return new VerifyListener() {
            @Override
            public void segment(TablePair pair, int done, int total) {
                progressRow(pair.label(), texts.get("state.COMPARING"), done + " / " + total, null, null);
            }

            @Override
            public void table(TableResult r) {
                progressRow(r.pair().label(), texts.get("status." + r.status().name()),
                        r.segmentsCompared() + " / " + r.segments(), r.sourceRows() + " / " + r.targetRows(),
                        Long.toString(r.differencesFound()));
            }
        };
    }

    /** Notes a table's progress (any thread); {@code null} keeps a cell as it was. */
    private void progressRow(String table, String state, String segments, String rowsText, String differences) {
        synchronized (rows) {
            String[] row = rows.computeIfAbsent(table, t -> new String[] { t, "", "", "", "" });
            String[] values = { null, state, segments, rowsText, differences };
            for (int i = 1; i < row.length; i++) {
                if (values[i] != null) {
                    row[i] = values[i];
                }
            }
        }
        redraw.post(view, this::drawProgress);
    }

    private void drawProgress() {
        List<String[]> copyOf;
        synchronized (rows) {
            copyOf = rows.values().stream().map(String[]::clone).toList();
        }
        for (int i = 0; i < copyOf.size(); i++) {
            TableItem item = i < progress.getItemCount() ? progress.getItem(i) : new TableItem(progress, SWT.NONE);
            item.setText(copyOf.get(i));
        }
    }

    private Cancellation begin(String text) {
        Cancellation cancellation = new Cancellation();
        running = cancellation;
        synchronized (rows) {
            rows.clear();
        }
        progress.removeAll();
        runStatus.setText(text);
        setProjectActions(true);
        view.tabs.setSelection(tab); // the run's progress, wherever it was started from
        return cancellation;
    }

    private void end(String text) {
        running = null;
        drawProgress();
        runStatus.setText(text);
        runStatus.getParent().layout();
        setProjectActions(view.form() != null);
        loadHistory();
    }

    // ---- copy ----------------------------------------------------------------------------------------------------

    private void copy() {
        CopyService service = view.copy;
        if (service == null) {
            runStatus.setText(texts.get("view.no_copy"));
            return;
        }
        if (!AdministratorPrompt.ensure(runStatus.getShell(), view.access, texts.locale())) {
            runStatus.setText(texts.get("run.copy.admin"));
            return;
        }
        view.save(project -> preflight(service, project));
    }

    /**
     * The preflight: the plan read again (what is refused) and the target as it is now (its database name, tables
     * that exist already, standby or read-only), shown before anything is written.
     */
    private void preflight(CopyService service, MigrationProject project) {
        runStatus.setText(texts.get("run.copy.preflight"));
        view.job(texts.get("job.preflight"), () -> {
            try {
                CopyPlan plan = MigrationProjectView.readPlan(service, ProjectForm.of(project));
                List<String> chosen = plan.tables().stream().map(CopyPlan.TablePlan::source).filter(project::selects)
                        .toList();
                CopyRequest request = CopyRequest.of(project.sourceEndpointId(), project.sourceSchema(),
                        project.targetEndpointId(), project.targetSchema()).withTables(chosen);
                CopyPreflight preflight = chosen.isEmpty() ? null : service.preflight(request, Cancellation.none());
                view.async(() -> confirmCopy(service, project, plan, request, preflight));
            } catch (Exception e) {
                String text = texts.failure(e, view::endpoint);
                view.async(() -> runStatus.setText(text));
            }
        });
    }

    private void confirmCopy(CopyService service, MigrationProject project, CopyPlan plan, CopyRequest request,
            CopyPreflight preflight) {
        Endpoint target = view.endpoint(project.targetEndpointId());
        if (preflight == null || target == null) {
            runStatus.setText(texts.get("run.no_tables"));
            return;
        }
        List<String> chosen = request.tables();
        long refused = plan.tables().stream().filter(t -> chosen.contains(t.source()) && t.refused()).count();
        long warnings = plan.notes().stream().filter(n -> n.level() == MappingNote.Level.WARNING).count();
        StringBuilder text = new StringBuilder(texts.format("run.copy.confirm", chosen.size(),
                project.sourceSchema(), view.endpointLabel(view.endpoint(project.sourceEndpointId())),
                project.targetSchema(), view.endpointLabel(target), refused, warnings));
        if (preflight.sourceEmulated()) {
            text.append('\n').append(texts.get("run.copy.emulated"));
        }
        plan.notes().stream().filter(n -> n.level() == MappingNote.Level.REFUSED).limit(5)
                .forEach(n -> text.append("\n\u2022 ").append(CopyTexts.note(texts.locale(), n)));
        if (!preflight.allowed()) {
            String reasons = String.join("\n", preflight.refusals().stream()
                    .map(r -> CopyTexts.refusal(texts.locale(), r)).toList());
            text.append("\n\n").append(reasons);
            runStatus.setText(reasons);
            runStatus.getParent().layout();
            MessageDialog.openError(runStatus.getShell(), texts.get("run.copy.title"), text.toString());
            return;
        }
        String database = preflight.targetDatabase();
        text.append("\n\n").append(texts.format("run.copy.type", database));
        InputDialog confirm = new InputDialog(runStatus.getShell(), texts.get("run.copy.title"), text.toString(), "",
                typed -> preflight.confirmedBy(typed) ? null : texts.format("run.copy.type", database)) {
            @Override
            protected void createButtonsForButtonBar(Composite parent) {
                super.createButtonsForButtonBar(parent);
                getText().setData(KEY, "mig.copy.typed");
                getOkButton().setData(KEY, "mig.copy.ok");
            }
        };
        if (confirm.open() != Window.OK) {
            runStatus.setText(texts.get("run.copy.not_started"));
            return;
        }
        Cancellation cancellation = begin(texts.format("run.copy.started", project.name()));
        for (String t : chosen) {
            progressRow(t, texts.get("state.PENDING"), "", "", "");
        }
        runCopy(project, cancellation, () -> service.start(request, copyListener(), cancellation));
    }

    interface CopyWork {
        CopyRun run() throws Exception;
    }

    private void runCopy(MigrationProject project, Cancellation cancellation, CopyWork work) {
        Instant started = Instant.now();
        view.job(texts.get("job.copy"), () -> {
            try {
                CopyRun run = work.run();
                for (TableCopy t : run.tables()) {
                    copied(t);
                }
                view.record(project.id(), new ProjectRun(ProjectRun.Kind.COPY, Long.toString(run.id()), started,
                        run.state().name()));
                String verification = run.verification() == null ? ""
                        : " " + texts.format("run.copy.verified",
                                texts.get("verification." + run.verification().status().name()));
                view.async(() -> {
                    end(texts.format("run.copy.done", texts.get("copy.state." + run.state().name()), run.rejected())
                            + verification);
                    loadRejects(run.id());
                });
            } catch (Exception e) {
                String text = texts.failure(e, view::endpoint);
                view.async(() -> end(text + " " + texts.get("run.copy.resume_hint")));
            }
        });
    }

    private CopyListener copyListener() {
        return new CopyListener() {
            private final Map<String, long[]> counts = new java.util.concurrent.ConcurrentHashMap<>();

            @Override
            public void tableStarted(String table, long sourceRows, long alreadyInTarget) {
                counts.put(table, new long[] { sourceRows, alreadyInTarget });
                progressRow(table, texts.get("state.COPYING"), "", sourceRows + " / " + alreadyInTarget, null);
            }

            @Override
            public void rowsCommitted(String table, long rows) {
                long[] c = counts.getOrDefault(table, new long[] { 0, 0 });
                progressRow(table, texts.get("state.COPYING"), null, c[0] + " / " + (c[1] + rows), null);
            }

            @Override
            public void tableFinished(TableCopy table) {
                copied(table);
            }
        };
    }

    private void copied(TableCopy t) {
        progressRow(t.source(), texts.get("copy.table." + t.state().name()), "",
                t.sourceRows() + " / " + t.targetRows(),
                t.rejected() == 0 ? "" : texts.format("run.rejected", t.rejected()));
    }

    private void loadRejects(long runId) {
        CopyService service = view.copy;
        if (service == null) {
            return;
        }
        view.job(texts.get("job.rejects"), () -> {
            List<CopyReject> list = service.rejects(runId, null, 500);
            view.async(() -> {
                rejects.removeAll();
                for (CopyReject r : list) {
                    new TableItem(rejects, SWT.NONE).setText(new String[] { r.table(), r.key(),
                            CopyTexts.reason(texts.locale(), r), r.sqlState() == null ? "" : r.sqlState(),
                            r.message() == null ? "" : Texts.firstLine(r.message()) });
                }
            });
        });
    }

    // ---- resume --------------------------------------------------------------------------------------------------

    private void resume() {
        ProjectForm f = view.form();
        if (f == null || f.id() == null) {
            return;
        }
        int i = history.getSelectionIndex();
        ProjectRun chosen = i >= 0 && i < runs.size() && resumable.contains(runs.get(i).kind() + runs.get(i).runId())
                ? runs.get(i)
                : runs.stream().filter(r -> resumable.contains(r.kind() + r.runId())).findFirst().orElse(null);
        if (chosen == null) {
            runStatus.setText(texts.get("run.nothing_to_resume"));
            return;
        }
        view.save(project -> {
            if (chosen.kind() == ProjectRun.Kind.COPY) {
                CopyService service = view.copy;
                if (service == null
                        || !AdministratorPrompt.ensure(runStatus.getShell(), view.access, texts.locale())) {
                    runStatus.setText(texts.get(service == null ? "view.no_copy" : "run.copy.admin"));
                    return;
                }
                Cancellation cancellation = begin(texts.format("run.resuming", chosen.runId()));
                runCopy(project, cancellation,
                        () -> service.resume(Long.parseLong(chosen.runId()), copyListener(), cancellation));
            } else {
                Cancellation cancellation = begin(texts.format("run.resuming", chosen.runId()));
                view.job(texts.get("job.verify"), () -> {
                    try {
                        Instant started = Instant.now();
                        VerifyResult result = view.verifications.resume(chosen.runId(), listener(), cancellation);
                        view.record(project.id(), new ProjectRun(ProjectRun.Kind.VERIFY, result.runId(), started,
                                result.worst().name()));
                        view.async(() -> {
                            end(texts.format("run.verify.done", texts.get("status." + result.worst().name()),
                                    result.tables().size()));
                            view.results.show(result);
                        });
                    } catch (Exception e) {
                        String text = texts.failure(e, view::endpoint);
                        view.async(() -> end(text));
                    }
                });
            }
        });
    }

    void dispose() {
        Cancellation c = running;
        if (c != null) {
            c.cancel();
        }
    }
}
