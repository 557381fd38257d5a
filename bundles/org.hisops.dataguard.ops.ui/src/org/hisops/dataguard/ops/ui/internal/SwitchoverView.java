package org.hisops.dataguard.ops.ui.internal;

import java.io.FileOutputStream;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.hisops.dataguard.api.ActionKind;
import org.hisops.dataguard.api.ActionProgress;
import org.hisops.dataguard.api.ActionResult;
import org.hisops.dataguard.api.DataGuardActions;
import org.hisops.dataguard.api.DrillFailure;
import org.hisops.dataguard.api.DrillKind;
import org.hisops.dataguard.api.DrillPlan;
import org.hisops.dataguard.api.DrillRecord;
import org.hisops.dataguard.api.Drills;
import org.hisops.dataguard.api.ReadinessLine;
import org.hisops.dataguard.api.ReplicationMonitor;
import org.hisops.dataguard.api.Runbook;
import org.hisops.dataguard.api.RunbookStep;
import org.hisops.dataguard.api.SiteStatus;
import org.hisops.dataguard.api.StandbyStatus;
import org.hisops.dataguard.api.StepResult;
import org.hisops.dataguard.api.SystemStatus;
import org.hisops.db.api.Cancellation;
import org.hisops.db.api.Engine;
import org.hisops.db.api.EndpointDirectory;
import org.hisops.platform.api.AccessControl;
import org.hisops.platform.api.Capability;
import org.hisops.platform.ui.AdministratorPrompt;
import org.hisops.platform.ui.CapabilityView;
import org.hisops.platform.ui.CapabilityViewContext;
import org.hisops.platform.ui.UiThread;
import org.hisops.platform.ui.Widgets;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * "Switchover and drills": the site's standbys with their readiness, an action chosen per standby shown as a
 * runbook (readiness lines, exact statements, typed confirmation) before it runs, its progress step by step with
 * cancel, the drill runner and the drill history with report export. Every database call runs in a job.
 */
@Component(scope = ServiceScope.PROTOTYPE, property = Capability.ID_PROPERTY + "=org.hisops.dataguard.ops")
public class SwitchoverView implements CapabilityView {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final ReplicationMonitor monitor;
    private final DataGuardActions actions;
    private final Drills drills;
    private final AccessControl access;
    private final EndpointDirectory directory;
    private Texts texts;
    private CapabilityViewContext context;
    private Table standbys;
    private Combo action;
    private Combo drillKind;
    private Text keyTables;
    private Text progress;
    private Button cancel;
    private Table history;
    private final List<String[]> rows = new ArrayList<>(); // system, standby id, engine
    private List<DrillRecord> drillRows = List.of();
    private volatile Cancellation running;

    @Activate
    public SwitchoverView(@Reference ReplicationMonitor monitor, @Reference DataGuardActions actions,
            @Reference Drills drills, @Reference AccessControl access, @Reference EndpointDirectory directory) {
        this.monitor = monitor;
        this.actions = actions;
        this.drills = drills;
        this.access = access;
        this.directory = directory;
    }

    @Override
    public void createControl(Composite container, CapabilityViewContext context) {
        this.context = context;
        this.texts = new Texts(context.locale(), actions, monitor);
        Composite parent = new Composite(container, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = layout.marginHeight = 12;
        parent.setLayout(layout);
        Label intro = new Label(parent, SWT.WRAP);
        intro.setText(texts.get("view.intro"));
        GridData introData = new GridData(SWT.FILL, SWT.TOP, true, false);
        introData.widthHint = 700;
        intro.setLayoutData(introData);

        Group systems = group(parent, "view.systems", 4);
        standbys = table(systems, 4, "col.system", "col.standby", "col.primary", "col.verdict", "col.readiness");
        standbys.setData("org.hisops.widget", "dgops.standbys");
        button(systems, "view.refresh", e -> refresh());
        action = new Combo(systems, SWT.READ_ONLY);
        action.setData("org.hisops.widget", "dgops.action");
        GridData actionData = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        actionData.widthHint = 220;
        action.setLayoutData(actionData);
        button(systems, "view.runbook", e -> showRunbook());
        new Label(systems, SWT.NONE);

        Group drill = group(parent, "view.drills", 5);
        new Label(drill, SWT.NONE).setText(texts.get("view.drill.kind"));
        drillKind = new Combo(drill, SWT.READ_ONLY);
        Arrays.stream(DrillKind.values()).forEach(k -> drillKind.add(texts.get(k.nameKey())));
        drillKind.select(0);
        new Label(drill, SWT.NONE).setText(texts.get("view.drill.tables"));
        keyTables = new Text(drill, SWT.BORDER);
        keyTables.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        button(drill, "view.drill.run", e -> runDrill());
        history = table(drill, 5, "col.started", "col.kind", "col.rto", "col.rpo", "col.outcome");
        history.setData("org.hisops.widget", "dgops.history");
        button(drill, "view.export.pdf", e -> export(Drills.Format.PDF));
        button(drill, "view.export.html", e -> export(Drills.Format.HTML));

        Group steps = group(parent, "view.progress", 2);
        progress = new Text(steps, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.BORDER | SWT.WRAP);
        GridData pd = new GridData(SWT.FILL, SWT.FILL, true, true);
        pd.heightHint = 110;
        progress.setLayoutData(pd);
        progress.setData("org.hisops.widget", "dgops.progress");
        cancel = button(steps, "view.cancel", e -> {
            Cancellation c = running;
            if (c != null) {
                c.cancel();
            }
        });
        cancel.setEnabled(false);
        standbys.addListener(SWT.Selection, e -> fillActions());
        history.addListener(SWT.DefaultSelection, e -> export(Drills.Format.HTML));
        refresh();
    }

    private Group group(Composite parent, String key, int columns) {
        Group g = Widgets.group(parent, texts.get(key), columns);
        g.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        return g;
    }

    private Table table(Composite parent, int span, String... columns) {
        int[] widths = columns.length == 5 && columns[0].equals("col.system") ? new int[] { 70, 230, 230, 80, 330 }
                : new int[] { 160, 160, 90, 120, 120 };
        return Widgets.table(parent, span, 90, java.util.Arrays.stream(columns).map(texts::get).toArray(String[]::new),
                widths);
    }

    private Button button(Composite parent, String key, org.eclipse.swt.widgets.Listener listener) {
        return Widgets.button(parent, texts.get(key), listener);
    }

    private void async(Runnable r) {
        UiThread.whileAlive(standbys, r);
    }

    private void log(String line) {
        async(() -> progress.append(TIME.format(java.time.LocalDateTime.now()).substring(11) + "  " + line + "\n"));
    }

    /** Reads the site (a fresh cycle) and the drill history in a job. */
    private void refresh() {
        String site = context.site().id();
        Job.create(texts.get("job.refresh"), (IProgressMonitor m) -> {
            SiteStatus status = monitor.refresh(site);
            List<DrillRecord> past = drills.history(site);
            async(() -> show(status, past));
            return Status.OK_STATUS;
        }).schedule();
    }

    private void show(SiteStatus status, List<DrillRecord> past) {
        standbys.removeAll();
        rows.clear();
        for (SystemStatus system : status.systems()) {
            for (StandbyStatus link : system.standbys()) {
                Engine engine = directory.find(link.standbyId()).map(e -> e.engine()).orElse(Engine.POSTGRESQL);
                boolean emulated = directory.find(link.standbyId()).map(e -> e.emulated()).orElse(false);
                TableItem item = new TableItem(standbys, SWT.NONE);
                item.setText(new String[] { system.topology().system(),
                        name(link.standbyId()) + (emulated ? " " + texts.get("view.emulated") : ""),
                        link.primaryId() == null ? "-" : name(link.primaryId()),
                        texts.get("verdict." + link.verdict().name().toLowerCase(Locale.ROOT)),
                        link.reasons().isEmpty() ? texts.get("view.ready.none")
                                : texts.reason(link.reasons().get(0).key(), link.reasons().get(0).args().toArray())
                                        + (link.reasons().size() > 1 ? " " + texts.format("view.reasons",
                                                link.reasons().size() - 1) : "") });
                rows.add(new String[] { system.topology().system(), link.standbyId(), engine.name() });
            }
        }
        drillRows = past;
        history.removeAll();
        for (DrillRecord d : past) {
            TableItem item = new TableItem(history, SWT.NONE);
            item.setText(new String[] { TIME.format(d.started().atZone(ZoneId.systemDefault())),
                    texts.get(d.kind().nameKey()),
                    d.rto() == null ? "-" : texts.format("view.seconds", d.rto().toMillis() / 1000.0),
                    texts.format("view.rpo", d.lost(), d.committed()),
                    texts.get("outcome." + d.outcome().name().toLowerCase(Locale.ROOT)) });
        }
        if (!rows.isEmpty() && standbys.getSelectionIndex() < 0) {
            standbys.select(0);
        }
        fillActions();
    }

    private String name(String endpointId) {
        return directory.find(endpointId).map(e -> e.name()).orElse(endpointId);
    }

    private List<ActionKind> kinds() {
        int i = standbys.getSelectionIndex();
        if (i < 0 || i >= rows.size()) {
            return List.of();
        }
        Engine engine = Engine.valueOf(rows.get(i)[2]);
        return Arrays.stream(ActionKind.values()).filter(k -> k.appliesTo(engine)).toList();
    }

    private void fillActions() {
        action.removeAll();
        kinds().forEach(k -> action.add(texts.get(k.nameKey())));
        if (action.getItemCount() > 0) {
            action.select(0);
        }
        action.getParent().layout(true);
    }

    private String selectedStandby() {
        int i = standbys.getSelectionIndex();
        return i < 0 || i >= rows.size() ? null : rows.get(i)[1];
    }

    /** Plans in a job, then shows the runbook dialog; running it is another job. */
    private void showRunbook() {
        String standby = selectedStandby();
        List<ActionKind> kinds = kinds();
        if (standby == null || action.getSelectionIndex() < 0) {
            return;
        }
        ActionKind kind = kinds.get(action.getSelectionIndex());
        String site = context.site().id();
        Job.create(texts.get("job.plan"), (IProgressMonitor m) -> {
            try {
                Runbook runbook = actions.plan(site, standby, kind);
                async(() -> {
                    RunbookDialog dialog = new RunbookDialog(standbys.getShell(), texts, runbook);
                    if (dialog.open() == RunbookDialog.OK
                            && AdministratorPrompt.ensure(standbys.getShell(), access, context.locale())) {
                        run(runbook, dialog.typed());
                    }
                });
            } catch (Exception e) {
                async(() -> MessageDialog.openError(standbys.getShell(), texts.get("error.title"),
                        texts.format("error.plan", e.getMessage())));
            }
            return Status.OK_STATUS;
        }).schedule();
    }

    private ActionProgress progressView() {
        return new ActionProgress() {
            @Override
            public void started(RunbookStep step) {
                log(texts.format("progress.started", step.number(), texts.get(step.noteKey()), step.text()));
            }

            @Override
            public void finished(StepResult result) {
                log(texts.format("progress.finished", result.step().number(),
                        texts.get("step.outcome." + result.outcome().name().toLowerCase(Locale.ROOT)),
                        result.detail()));
            }

            @Override
            public boolean serverStepDone(RunbookStep step) {
                boolean[] done = new boolean[1];
                Display display = standbys.getDisplay();
                display.syncExec(() -> done[0] = !standbys.isDisposed() && MessageDialog.openConfirm(
                        standbys.getShell(), texts.get("server.title"), texts.format("server.message",
                                name(step.endpointId()), step.text())));
                return done[0];
            }
        };
    }

    private void run(Runbook runbook, String typed) {
        Cancellation cancellation = new Cancellation();
        running = cancellation;
        cancel.setEnabled(true);
        progress.setText("");
        log(texts.format("progress.begin", texts.get(runbook.kind().nameKey()), name(runbook.targetId())));
        Job.create(texts.get(runbook.kind().nameKey()), (IProgressMonitor m) -> {
            ActionResult result = actions.run(runbook, typed, progressView(), cancellation);
            log(result.refusalKey() != null ? texts.get(result.refusalKey())
                    : texts.get("outcome." + result.outcome().name().toLowerCase(Locale.ROOT)));
            async(() -> {
                cancel.setEnabled(false);
                running = null;
                refresh();
            });
            return Status.OK_STATUS;
        }).schedule();
    }

    /** A drill on a real site: the DBA brings the failure about when asked; HisOps measures the rest. */
    private void runDrill() {
        String standby = selectedStandby();
        if (standby == null) {
            return;
        }
        DrillKind kind = DrillKind.values()[drillKind.getSelectionIndex()];
        List<String> tables = Arrays.stream(keyTables.getText().split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
        String site = context.site().id();
        Job.create(texts.get("job.plan"), (IProgressMonitor m) -> {
            try {
                Runbook runbook = actions.plan(site, standby, ActionKind.PG_PROMOTE);
                async(() -> {
                    RunbookDialog dialog = new RunbookDialog(standbys.getShell(), texts, runbook, true);
                    if (dialog.open() == RunbookDialog.OK
                            && AdministratorPrompt.ensure(standbys.getShell(), access, context.locale())) {
                        startDrill(new DrillPlan(site, standby, kind, tables, dialog.typed(), true), runbook);
                    }
                });
            } catch (Exception e) {
                async(() -> MessageDialog.openError(standbys.getShell(), texts.get("error.title"),
                        texts.format("error.plan", e.getMessage())));
            }
            return Status.OK_STATUS;
        }).schedule();
    }

    private void startDrill(DrillPlan plan, Runbook runbook) {
        Cancellation cancellation = new Cancellation();
        running = cancellation;
        cancel.setEnabled(true);
        progress.setText("");
        log(texts.format("progress.drill", texts.get(plan.kind().nameKey()), name(plan.standbyId())));
        DrillFailure dba = new DrillFailure() {
            @Override
            public void cutNetwork() {
                ask("drill.ask.cut", runbook.otherId());
            }

            @Override
            public void losePrimary(DrillKind kind) {
                ask(kind == DrillKind.PLANNED_SWITCHOVER ? "drill.ask.stop" : "drill.ask.kill", runbook.otherId());
            }

            private void ask(String key, String primary) {
                boolean[] ok = new boolean[1];
                standbys.getDisplay().syncExec(() -> ok[0] = MessageDialog.openConfirm(standbys.getShell(),
                        texts.get("drill.ask.title"), texts.format(key, primary == null ? "-" : name(primary))));
                if (!ok[0]) {
                    cancellation.cancel();
                    throw new IllegalStateException("the DBA did not confirm the failure");
                }
            }
        };
        Job.create(texts.get(plan.kind().nameKey()), (IProgressMonitor m) -> {
            try {
                DrillRecord d = drills.run(plan, dba, progressView(), cancellation);
                log(texts.format("progress.drill.end", texts.get("outcome."
                        + d.outcome().name().toLowerCase(Locale.ROOT)), d.rto() == null ? "-"
                                : d.rto().toMillis() / 1000.0, d.lost(), d.committed()));
            } catch (RuntimeException e) {
                log(texts.format("error.drill", e.getMessage()));
            }
            async(() -> {
                cancel.setEnabled(false);
                running = null;
                refresh();
            });
            return Status.OK_STATUS;
        }).schedule();
    }

    private void export(Drills.Format format) {
        int i = history.getSelectionIndex();
        if (i < 0 || i >= drillRows.size()) {
            MessageDialog.openInformation(history.getShell(), texts.get("export.title"), texts.get("export.select"));
            return;
        }
        DrillRecord d = drillRows.get(i);
        FileDialog dialog = new FileDialog(history.getShell(), SWT.SAVE);
        dialog.setOverwrite(true);
        dialog.setFileName("drill-" + TIME.format(d.started().atZone(ZoneId.systemDefault())).replaceAll("[^0-9]", "")
                + (format == Drills.Format.PDF ? ".pdf" : ".html"));
        String file = dialog.open();
        if (file == null) {
            return;
        }
        Locale locale = context.locale();
        Job.create(texts.get("job.export"), (IProgressMonitor m) -> {
            try (OutputStream out = new FileOutputStream(file)) {
                drills.report(d, format, locale, out);
                async(() -> context.showStatus(texts.format("export.done", file)));
            } catch (java.io.IOException | RuntimeException e) {
                async(() -> MessageDialog.openError(history.getShell(), texts.get("export.title"),
                        texts.format("export.failed", file, e.getMessage())));
            }
            return Status.OK_STATUS;
        }).schedule();
    }

    @Override
    public void setFocus() {
        if (standbys != null && !standbys.isDisposed()) {
            standbys.setFocus();
        }
    }

    @Override
    public void dispose() {
        Cancellation c = running;
        if (c != null) {
            c.cancel();
        }
    }

    /** Lines of a runbook, shown by {@link RunbookDialog}. */
    static String line(Texts texts, ReadinessLine l) {
        String mark = l.passed() ? "✔" : l.result() == ReadinessLine.Result.UNKNOWN ? "?" : "✘";
        return mark + " " + texts.reason(l.precondition()) + ": " + texts.reason(l.why().key(), l.why().args().toArray())
                + (l.action() == null || l.passed() ? "" : " → " + texts.reason(l.action(), l.actionArgs().toArray()));
    }
}
