package org.hisops.migration.plans.ui.internal;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.hisops.db.api.Cancellation;
import org.hisops.db.api.DatabaseException;
import org.hisops.db.api.Endpoint;
import org.hisops.db.api.EndpointDirectory;
import org.hisops.db.api.Engine;
import org.hisops.migration.plans.DataPumpJobs;
import org.hisops.migration.plans.ExportJob;
import org.hisops.migration.plans.Formulas;
import org.hisops.migration.plans.GoNoGo;
import org.hisops.migration.plans.JobStatus;
import org.hisops.migration.plans.MigrationPlan;
import org.hisops.migration.plans.MigrationPlans;
import org.hisops.migration.plans.PlanRequest;
import org.hisops.migration.plans.Preflight;
import org.hisops.migration.plans.RunbookStep;
import org.hisops.platform.api.AccessControl;
import org.hisops.platform.api.AccessDeniedException;
import org.hisops.platform.api.Capability;
import org.hisops.platform.ui.AdministratorPrompt;
import org.hisops.platform.ui.CapabilityView;
import org.hisops.platform.ui.CapabilityViewContext;
import org.hisops.platform.ui.UiThread;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * "Migration plan": an Oracle endpoint of the site, schemas and an optional database link; the plan is made in a job
 * and previewed (runbook, go/no-go, the parameter files, the RMAN route) and saved as files; an export is started
 * through DBMS_DATAPUMP by an administrator (typed job name) and followed with its percentage until it completes or
 * is stopped. No database call runs on the UI thread.
 */
@Component(scope = ServiceScope.PROTOTYPE, property = Capability.ID_PROPERTY + "=org.hisops.migration.plans")
public class MigrationPlanView implements CapabilityView {

    private static final String KEY = "org.hisops.widget";
    /** Between two looks at a running job (each look is one query of DBA_DATAPUMP_JOBS and V$SESSION_LONGOPS). */
    private static final long POLL_MILLIS = 2000;

    private final MigrationPlans plans;
    private final DataPumpJobs jobs;
    private final EndpointDirectory directory;
    private final AccessControl access;
    private Texts texts;
    private CapabilityViewContext context;
    private List<Endpoint> endpoints = List.of();
    private Combo source;
    private Text schemas;
    private Text link;
    private Button make;
    private Button save;
    private Label status;
    private Table runbook;
    private Table goNoGo;
    private Text expdp;
    private Text impdp;
    private Text rman;
    private Text jobName;
    private Text jobDirectory;
    private Button start;
    private Button stop;
    private ProgressBar progress;
    private Label jobStatus;
    private Font mono;
    private volatile MigrationPlan plan;
    private volatile Cancellation following;
    private volatile String[] runningJob;

    @Activate
    public MigrationPlanView(@Reference MigrationPlans plans, @Reference DataPumpJobs jobs,
            @Reference EndpointDirectory directory, @Reference AccessControl access) {
        this.plans = plans;
        this.jobs = jobs;
        this.directory = directory;
        this.access = access;
    }

    @Override
    public void createControl(Composite container, CapabilityViewContext context) {
        this.context = context;
        this.texts = new Texts(context.locale());
        Composite parent = new Composite(container, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = layout.marginHeight = 10;
        parent.setLayout(layout);
        mono = new Font(parent.getDisplay(), "Monospace", 9, SWT.NORMAL);

        Composite top = new Composite(parent, SWT.NONE);
        top.setLayout(new GridLayout(8, false));
        top.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        new Label(top, SWT.NONE).setText(texts.get("view.source"));
        source = new Combo(top, SWT.READ_ONLY);
        source.setData(KEY, "plans.source");
        GridData sourceData = new GridData();
        sourceData.widthHint = 220;
        source.setLayoutData(sourceData);
        new Label(top, SWT.NONE).setText(texts.get("view.schemas"));
        schemas = field(top, "plans.schemas", "HIS,LIS", 120);
        new Label(top, SWT.NONE).setText(texts.get("view.link"));
        link = field(top, "plans.link", "", 100);
        make = new Button(top, SWT.PUSH);
        make.setText(texts.get("view.make"));
        make.setData(KEY, "plans.make");
        make.addListener(SWT.Selection, e -> makePlan());
        save = new Button(top, SWT.PUSH);
        save.setText(texts.get("view.save"));
        save.setData(KEY, "plans.save");
        save.setEnabled(false);
        save.addListener(SWT.Selection, e -> saveFiles());

        status = new Label(parent, SWT.WRAP);
        status.setData(KEY, "plans.status");
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        status.setText(texts.get("view.hint"));

        TabFolder tabs = new TabFolder(parent, SWT.TOP);
        tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        runbook = table(tabs, "view.tab.runbook", "plans.runbook", "#", texts.get("report.col.step"),
                texts.get("report.col.who"), texts.get("report.col.duration"), texts.get("report.col.formula"));
        goNoGo = table(tabs, "view.tab.gonogo", "plans.gonogo", texts.get("report.col.verdict"),
                texts.get("report.col.criterion"));
        expdp = preview(tabs, "view.tab.expdp", "plans.expdp");
        impdp = preview(tabs, "view.tab.impdp", "plans.impdp");
        rman = preview(tabs, "view.tab.rman", "plans.rman");

        Group job = new Group(parent, SWT.NONE);
        job.setText(texts.get("view.job"));
        job.setLayout(new GridLayout(7, false));
        job.setLayoutData(new GridData(SWT.FILL, SWT.BOTTOM, true, false));
        new Label(job, SWT.NONE).setText(texts.get("view.job.name"));
        jobName = field(job, "plans.job.name",
                "HISOPS_EXP_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("MMddHHmm")), 150);
        new Label(job, SWT.NONE).setText(texts.get("view.job.directory"));
        jobDirectory = field(job, "plans.job.directory", PlanRequest.DEFAULT_DIRECTORY, 130);
        start = new Button(job, SWT.PUSH);
        start.setText(texts.get("view.job.start"));
        start.setData(KEY, "plans.job.start");
        start.setEnabled(false);
        start.addListener(SWT.Selection, e -> startJob());
        progress = new ProgressBar(job, SWT.HORIZONTAL);
        progress.setData(KEY, "plans.job.progress");
        GridData bar = new GridData();
        bar.widthHint = 180;
        progress.setLayoutData(bar);
        stop = new Button(job, SWT.PUSH);
        stop.setText(texts.get("view.job.stop"));
        stop.setData(KEY, "plans.job.stop");
        stop.setEnabled(false);
        stop.addListener(SWT.Selection, e -> stopJob());
        jobStatus = new Label(job, SWT.WRAP);
        jobStatus.setData(KEY, "plans.job.status");
        // A line of its own: the state and the preflight's reasons are longer than the controls leave room for.
        jobStatus.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 7, 1));

        endpoints = directory.endpoints(context.site().id()).stream().filter(e -> e.engine() == Engine.ORACLE)
                .toList();
        for (Endpoint e : endpoints) {
            source.add(e.name() + " (" + e.id() + ")" + (e.emulation() == null ? "" : " " + texts.get("view.emulated")));
        }
        if (!endpoints.isEmpty()) {
            source.select(0);
        } else {
            status.setText(texts.get("view.no_endpoint"));
            make.setEnabled(false);
        }
    }

    private Text field(Composite parent, String key, String value, int width) {
        Text t = new Text(parent, SWT.BORDER);
        t.setData(KEY, key);
        t.setText(value);
        GridData d = new GridData();
        d.widthHint = width;
        t.setLayoutData(d);
        return t;
    }

    private Table table(TabFolder tabs, String title, String key, String... columns) {
        TabItem item = new TabItem(tabs, SWT.NONE);
        item.setText(texts.get(title));
        Table t = new Table(tabs, SWT.BORDER | SWT.FULL_SELECTION);
        t.setData(KEY, key);
        t.setHeaderVisible(true);
        t.setLinesVisible(true);
        for (String c : columns) {
            new TableColumn(t, SWT.NONE).setText(c);
        }
        item.setControl(t);
        return t;
    }

    private Text preview(TabFolder tabs, String title, String key) {
        TabItem item = new TabItem(tabs, SWT.NONE);
        item.setText(texts.get(title));
        Text t = new Text(tabs, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        t.setData(KEY, key);
        t.setFont(mono);
        item.setControl(t);
        return t;
    }

    private Endpoint selected() {
        int i = source.getSelectionIndex();
        return i < 0 || i >= endpoints.size() ? null : endpoints.get(i);
    }

    private List<String> schemaList() {
        return Arrays.stream(schemas.getText().split(",")).map(s -> s.strip().toUpperCase(Locale.ROOT))
                .filter(s -> !s.isEmpty()).toList();
    }

    private void makePlan() {
        Endpoint endpoint = selected();
        if (endpoint == null) {
            return;
        }
        List<String> chosen = schemaList();
        if (chosen.stream().anyMatch(s -> !s.matches("[A-Z][A-Z0-9_$#]{0,29}"))) {
            status.setText(texts.format("view.bad_schemas", schemas.getText()));
            return;
        }
        String linkName = link.getText().strip();
        if (!linkName.isEmpty() && !linkName.matches("[A-Za-z][A-Za-z0-9_$#.]{0,127}")) {
            status.setText(texts.format("view.bad_link", linkName));
            return;
        }
        PlanRequest request = PlanRequest.of(context.site().id(), endpoint.id(), chosen, linkName);
        make.setEnabled(false);
        status.setText(texts.format("view.reading", endpoint.name()));
        Job job = Job.create(texts.get("view.reading.job"), (IProgressMonitor monitor) -> {
            try {
                MigrationPlan made = plans.plan(request, Cancellation.none());
                UiThread.whileAlive(status, () -> show(made));
            } catch (DatabaseException | RuntimeException e) {
                UiThread.whileAlive(status, () -> {
                    status.setText(texts.format("view.failed", endpoint.name(), problem(e)));
                    make.setEnabled(true);
                });
            }
            return Status.OK_STATUS;
        });
        job.setSystem(false);
        job.schedule();
    }

    private void show(MigrationPlan made) {
        plan = made;
        make.setEnabled(true);
        save.setEnabled(true);
        start.setEnabled(made.request().networkLink() == null);
        var source = made.source();
        var estimate = made.dataPump().estimate();
        status.setText(texts.format(source.emulated() ? "view.summary.emulated" : "view.summary", source.databaseName(),
                String.valueOf(source.version()), estimate.dataBytes() >> 30, estimate.indexBytes() >> 30,
                hours(made.cutover().downtimeSeconds()), hours(made.cutover().windowSeconds()),
                texts.format(estimate.measured() ? "throughput.measured" : "throughput.assumed",
                        number(estimate.throughputMegabytesPerSecond()))));
        runbook.removeAll();
        for (RunbookStep s : made.cutover().steps()) {
            TableItem item = new TableItem(runbook, SWT.NONE);
            item.setText(new String[] { String.valueOf(s.number()), texts.get(s.titleKey()), texts.get(s.actorKey()),
                    hours(s.seconds()), Formulas.localized(s.formula(), context.locale()) });
        }
        goNoGo.removeAll();
        for (GoNoGo g : made.cutover().goNoGo()) {
            TableItem item = new TableItem(goNoGo, SWT.NONE);
            item.setText(new String[] { texts.get("verdict." + g.verdict().name().toLowerCase(Locale.ROOT)),
                    texts.format(g.criterionKey(), g.arguments().toArray()) });
            if (g.verdict() == GoNoGo.Verdict.NO_GO) {
                item.setForeground(goNoGo.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            }
        }
        for (Table t : List.of(runbook, goNoGo)) {
            for (TableColumn c : t.getColumns()) {
                c.pack();
            }
        }
        expdp.setText(made.dataPump().expdpParfile().isEmpty() ? texts.get("view.no_export")
                : made.dataPump().expdpParfile());
        impdp.setText(made.dataPump().impdpParfile());
        rman.setText(made.rman().backupScript() + "\n" + made.rman().restoreScript() + "\n" + made.rman().upgradeScript()
                + "\n" + made.rman().pfile());
    }

    private void saveFiles() {
        MigrationPlan made = plan;
        if (made == null) {
            return;
        }
        DirectoryDialog dialog = new DirectoryDialog(status.getShell());
        dialog.setText(texts.get("view.save"));
        String folder = dialog.open();
        if (folder == null) {
            return;
        }
        Locale locale = context.locale();
        Job job = Job.create(texts.get("view.save"), (IProgressMonitor monitor) -> {
            String text;
            try {
                text = texts.format("view.saved", plans.write(made, Path.of(folder), locale).size(), folder);
            } catch (java.io.IOException | RuntimeException e) {
                text = texts.format("view.write_failed", folder, String.valueOf(e.getMessage()));
            }
            String shown = text;
            UiThread.whileAlive(status, () -> status.setText(shown));
            return Status.OK_STATUS;
        });
        job.schedule();
    }

    private void startJob() {
        MigrationPlan made = plan;
        Endpoint endpoint = selected();
        if (made == null || endpoint == null || !AdministratorPrompt.ensure(status.getShell(), access, context.locale())) {
            return;
        }
        ExportJob export = new ExportJob(context.site().id(), endpoint.id(), jobName.getText().strip(),
                made.request().schemas(), jobDirectory.getText().strip().toUpperCase(Locale.ROOT),
                made.source().databaseName() == null ? "exp_%U.dmp"
                        : made.source().databaseName().toLowerCase(Locale.ROOT) + "_%U.dmp",
                jobName.getText().strip().toLowerCase(Locale.ROOT) + ".log", made.request().fileSizeGigabytes(),
                made.source().currentScn(), made.dataPump().parallel());
        InputDialog confirm = new InputDialog(status.getShell(), texts.get("view.job.start"),
                texts.format("view.job.confirm", export.jobName(), endpoint.name(),
                        String.join(",", export.schemas()), export.directory()), "", null) {
            @Override
            protected void createButtonsForButtonBar(Composite parent) {
                super.createButtonsForButtonBar(parent);
                getText().setData(KEY, "plans.job.typed");
                getOkButton().setData(KEY, "plans.job.ok");
            }
        };
        if (confirm.open() != Window.OK) {
            return;
        }
        String typed = confirm.getValue();
        start.setEnabled(false);
        jobStatus.setText(texts.get("view.job.preflight"));
        Cancellation cancellation = new Cancellation();
        following = cancellation;
        Job job = Job.create(texts.get("view.job"), (IProgressMonitor monitor) -> {
            try {
                Preflight preflight = jobs.preflight(export, cancellation);
                if (!preflight.passed()) {
                    String problems = String.join("\n", preflight.problems().stream()
                            .map(p -> texts.format(p.key(), p.arguments().toArray())).toList());
                    UiThread.whileAlive(jobStatus, () -> {
                        jobStatus.setText(problems);
                        start.setEnabled(true);
                    });
                    return Status.OK_STATUS;
                }
                JobStatus state = jobs.start(export, typed, cancellation);
                runningJob = new String[] { endpoint.id(), state.owner(), state.jobName() };
                follow(state, cancellation);
            } catch (AccessDeniedException e) {
                ended(e.message(context.locale()));
            } catch (IllegalArgumentException e) {
                ended(texts.get("view.job." + e.getMessage()));
            } catch (DatabaseException | RuntimeException e) {
                ended(texts.format("view.job.failed", problem(e)));
            }
            return Status.OK_STATUS;
        });
        job.schedule();
    }

    /**
     * The job's state in the reader's language with Oracle's own word after it (the word the DBA finds in
     * DBA_DATAPUMP_JOBS and in the Utilities guide); a state this release does not know is shown as Oracle gives it.
     */
    private String state(JobStatus job) {
        String key = "view.job.state." + job.state().replace(' ', '_');
        String text = texts.get(key);
        return text.equals(key) ? job.state() : texts.format("view.job.state.named", text, job.state());
    }

    /** Looks at the job until it runs no more, the view closes or the DBA stops it. */
    private void follow(JobStatus state, Cancellation cancellation) throws DatabaseException {
        JobStatus current = state;
        while (true) {
            JobStatus shown = current;
            UiThread.whileAlive(jobStatus, () -> {
                progress.setSelection(shown.percent());
                stop.setEnabled(!shown.finished());
                jobStatus.setText(texts.format("view.job.state", shown.jobName(), state(shown), shown.percent(),
                        shown.doneMegabytes(), shown.totalMegabytes()) + (shown.emulated() ? " " + texts.get(
                                "view.emulated") : ""));
                start.setEnabled(shown.finished());
            });
            if (current.finished() || cancellation.isCancelled() || jobStatus.isDisposed()) {
                return;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            current = jobs.status(context.site().id(), runningJob[0], current.owner(), current.jobName(), cancellation);
        }
    }

    private void stopJob() {
        String[] job = runningJob;
        if (job == null || !AdministratorPrompt.ensure(status.getShell(), access, context.locale())) {
            return;
        }
        stop.setEnabled(false);
        Job stopping = Job.create(texts.get("view.job.stop"), (IProgressMonitor monitor) -> {
            try {
                Cancellation c = following;
                if (c != null) {
                    c.cancel(); // the follower stops looking; the stop below shows the last state
                }
                JobStatus state = jobs.stop(context.site().id(), job[0], job[1], job[2], Cancellation.none());
                UiThread.whileAlive(jobStatus, () -> {
                    progress.setSelection(state.percent());
                    jobStatus.setText(texts.format("view.job.state", state.jobName(), state(state), state.percent(),
                            state.doneMegabytes(), state.totalMegabytes()));
                    start.setEnabled(true);
                });
            } catch (AccessDeniedException e) {
                ended(e.message(context.locale()));
            } catch (DatabaseException | RuntimeException e) {
                ended(texts.format("view.job.failed", problem(e)));
            }
            return Status.OK_STATUS;
        });
        stopping.schedule();
    }

    private void ended(String text) {
        UiThread.whileAlive(jobStatus, () -> {
            jobStatus.setText(text);
            start.setEnabled(plan != null);
            stop.setEnabled(false);
        });
    }

    private static String problem(Exception e) {
        String code = e instanceof DatabaseException d && d.serverCode() != null ? d.serverCode() + " " : "";
        String message = String.valueOf(e.getMessage());
        int line = message.indexOf('\n');
        return code + (line < 0 ? message : message.substring(0, line));
    }

    private static String hours(long seconds) {
        long minutes = (seconds + 59) / 60;
        return String.format(Locale.ROOT, "%d:%02d", minutes / 60, minutes % 60);
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    @Override
    public void dispose() {
        Cancellation c = following;
        if (c != null) {
            c.cancel();
        }
        if (mono != null) {
            mono.dispose();
        }
    }
}
