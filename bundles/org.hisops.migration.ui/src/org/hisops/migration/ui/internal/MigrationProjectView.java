package org.hisops.migration.ui.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.MessageBox;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.hisops.db.api.Cancellation;
import org.hisops.db.api.DatabaseSessions;
import org.hisops.db.api.Endpoint;
import org.hisops.db.api.EndpointDirectory;
import org.hisops.db.api.Engine;
import org.hisops.db.api.ProbeResult;
import org.hisops.migration.api.MigrationProject;
import org.hisops.migration.api.MigrationProjects;
import org.hisops.migration.api.MigrationProjects.ProjectRun;
import org.hisops.migration.api.Repairs;
import org.hisops.migration.api.Verifications;
import org.hisops.migration.api.VerifyMode;
import org.hisops.migration.copy.CopyPlan;
import org.hisops.migration.copy.CopyRequest;
import org.hisops.migration.copy.CopyService;
import org.hisops.migration.copy.CopyTexts;
import org.hisops.migration.copy.MappingNote;
import org.hisops.platform.api.AccessControl;
import org.hisops.platform.api.Capability;
import org.hisops.platform.ui.CapabilityView;
import org.hisops.platform.ui.CapabilityViewContext;
import org.hisops.platform.ui.UiThread;
import org.hisops.report.ReportRenderer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * "Data migration": the site's migration projects (source and target endpoints and schemas, table patterns, verify
 * mode), the source's tables read in a job with the project's selection applied live, the mapping preview of the
 * selected table (columns, CREATE statement, the translation's notes), and the runs ({@link RunsPane}: copy, verify,
 * resume, cancel, history) with their results ({@link ResultsPane}: per-table verdicts, differing rows, repair).
 * Edits of a project are kept per project while the view lives and saved before any run. No database or store call
 * runs on the UI thread.
 */
@Component(scope = ServiceScope.PROTOTYPE, property = Capability.ID_PROPERTY + "=org.hisops.migration")
public class MigrationProjectView implements CapabilityView {

    static final String KEY = "org.hisops.widget";
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    final MigrationProjects projects;
    final Verifications verifications;
    final EndpointDirectory directory;
    final DatabaseSessions sessions;
    final AccessControl access;
    final ReportRenderer renderer;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile CopyService copy;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile Repairs repairs;

    Texts texts;
    CapabilityViewContext context;
    Font mono;
    private List<Endpoint> endpoints = List.of();
    private AutoCloseable endpointListener;
    private final Map<String, ProbeResult> probed = new HashMap<>();
    private List<MigrationProject> saved = List.of();
    /** Unsaved edits by project id ("" for the new project), kept while the view lives. */
    private final Map<String, ProjectForm> drafts = new LinkedHashMap<>();
    private ProjectForm form;
    private boolean filling;

    private Table projectList;
    private Text name;
    private Combo source;
    private Text sourceSchema;
    private Combo target;
    private Text targetSchema;
    private Text include;
    private Text exclude;
    private Combo mode;
    private Spinner sample;
    private Label status;
    TabFolder tabs;

    private Button read;
    private Text filter;
    private Table tables;
    private Label count;
    private Table columns;
    private Text create;
    private Table notes;
    /** The source's tables as last read, and for which source and target they were read. */
    private volatile CopyPlan plan;
    private String planFor = "";
    private RunsPane runs;
    ResultsPane results;

    @Activate
    public MigrationProjectView(@Reference MigrationProjects projects, @Reference Verifications verifications,
            @Reference EndpointDirectory directory, @Reference DatabaseSessions sessions,
            @Reference AccessControl access, @Reference ReportRenderer renderer) {
        this.projects = projects;
        this.verifications = verifications;
        this.directory = directory;
        this.sessions = sessions;
        this.access = access;
        this.renderer = renderer;
    }

    @Override
    public void createControl(Composite container, CapabilityViewContext context) {
        this.context = context;
        this.texts = new Texts(context.locale());
        mono = new Font(container.getDisplay(), "Monospace", 9, SWT.NORMAL);
        SashForm sash = new SashForm(container, SWT.HORIZONTAL);
        Composite left = new Composite(sash, SWT.NONE);
        left.setLayout(new GridLayout(1, false));
        Composite right = new Composite(sash, SWT.NONE);
        right.setLayout(new GridLayout(1, false));
        sash.setWeights(30, 70);

        Group list = group(left, "view.projects", 3);
        list.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        projectList = new Table(list, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        projectList.setData(KEY, "mig.projects");
        projectList.setLinesVisible(true);
        new TableColumn(projectList, SWT.LEFT).setWidth(260);
        GridData listData = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1);
        listData.heightHint = 90;
        projectList.setLayoutData(listData);
        projectList.addListener(SWT.Selection, e -> pick(projectList.getSelectionIndex()));
        button(list, "view.new", "mig.new", e -> newProject());
        button(list, "view.save", "mig.save", e -> save(null));
        button(list, "view.delete", "mig.delete", e -> delete());

        Group fields = group(left, "view.project", 2);
        fields.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        name = field(fields, "view.name", "mig.name");
        source = combo(fields, "view.source", "mig.source");
        sourceSchema = field(fields, "view.source.schema", "mig.source.schema");
        target = combo(fields, "view.target", "mig.target");
        targetSchema = field(fields, "view.target.schema", "mig.target.schema");
        include = field(fields, "view.include", "mig.include");
        include.setMessage("HIS_*, LIS_*");
        exclude = field(fields, "view.exclude", "mig.exclude");
        exclude.setMessage("*_BAK, TMP_*");
        mode = combo(fields, "view.mode", "mig.mode");
        for (VerifyMode m : VerifyMode.values()) {
            mode.add(texts.get("mode." + m.name()));
        }
        new Label(fields, SWT.NONE).setText(texts.get("view.sample"));
        sample = new Spinner(fields, SWT.BORDER);
        sample.setData(KEY, "mig.sample");
        sample.setValues(10, 1, 100, 0, 1, 10);
        status = new Label(left, SWT.WRAP);
        status.setData(KEY, "mig.status");
        GridData statusData = new GridData(SWT.FILL, SWT.TOP, true, false);
        statusData.widthHint = 260;
        statusData.heightHint = 90;
        status.setLayoutData(statusData);

        tabs = new TabFolder(right, SWT.TOP);
        tabs.setData(KEY, "mig.tabs");
        tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        createTablesTab();
        runs = new RunsPane(this);
        runs.create(tabs);
        results = new ResultsPane(this);
        results.create(tabs);

        for (Text t : List.of(name, sourceSchema, targetSchema, include, exclude)) {
            t.addListener(SWT.Modify, e -> edited());
        }
        for (Control c : List.of(source, target, mode, sample)) {
            c.addListener(SWT.Selection, e -> edited());
        }
        sample.addListener(SWT.Modify, e -> edited());

        endpoints = directory.endpoints(context.site().id());
        fillEndpointCombos();
        // endpoints added meanwhile (the demo site registers its servers once they are built) appear at once
        endpointListener = directory.addListener(() -> async(() -> {
            endpoints = directory.endpoints(context.site().id());
            fillEndpointCombos();
            if (form != null) {
                filling = true;
                source.select(endpointIndex(form.sourceId()));
                target.select(endpointIndex(form.targetId()));
                filling = false;
            }
        }));
        setFormEnabled(false);
        say(texts.get(endpoints.isEmpty() ? "view.no_endpoint" : "view.hint"));
        loadProjects(null);
        probeEndpoints();
    }

    // ---- projects ------------------------------------------------------------------------------------------------

    private void loadProjects(String select) {
        String site = context.site().id();
        job(texts.get("job.projects"), () -> {
            List<MigrationProject> list = projects.list(site);
            async(() -> {
                saved = list;
                fillProjectList();
                int index = -1;
                for (int i = 0; i < list.size(); i++) {
                    if (list.get(i).id().equals(select)) {
                        index = i;
                    }
                }
                if (index < 0 && form == null && !list.isEmpty()) {
                    index = 0;
                }
                if (index >= 0) {
                    projectList.setSelection(index);
                    pick(index);
                } else if (list.isEmpty() && form == null) {
                    say(texts.get("view.no_project"));
                }
            });
        });
    }

    private void fillProjectList() {
        projectList.removeAll();
        for (MigrationProject p : saved) {
            TableItem item = new TableItem(projectList, SWT.NONE);
            item.setText((drafts.containsKey(p.id()) ? "* " : "") + p.name());
        }
        if (drafts.containsKey("")) {
            TableItem item = new TableItem(projectList, SWT.NONE);
            item.setText("* " + drafts.get("").name() + " " + texts.get("view.unsaved"));
        }
    }

    /** Shows the project of row {@code index}, or its unsaved edits; the current edits are kept as a draft. */
    private void pick(int index) {
        keepDraft();
        if (index < 0) {
            return;
        }
        ProjectForm chosen;
        if (index < saved.size()) {
            MigrationProject p = saved.get(index);
            chosen = drafts.getOrDefault(p.id(), ProjectForm.of(p));
        } else if (drafts.containsKey("")) {
            chosen = drafts.get("");
        } else {
            return;
        }
        show(chosen);
    }

    private void keepDraft() {
        if (form != null && modified(form)) {
            drafts.put(form.key(), form);
        }
    }

    /** Whether the form differs from the project as saved (a new project always does). */
    private boolean modified(ProjectForm f) {
        if (f.id() == null) {
            return true;
        }
        return saved.stream().filter(p -> p.id().equals(f.id())).findFirst().map(p -> !ProjectForm.of(p).equals(f))
                .orElse(true);
    }

    private void show(ProjectForm f) {
        form = f;
        filling = true;
        try {
            name.setText(f.name());
            source.select(endpointIndex(f.sourceId()));
            sourceSchema.setText(f.sourceSchema());
            target.select(endpointIndex(f.targetId()));
            targetSchema.setText(f.targetSchema());
            include.setText(f.include());
            exclude.setText(f.exclude());
            mode.select(f.mode().ordinal());
            sample.setSelection(f.samplePercent());
            sample.setEnabled(f.mode() == VerifyMode.SAMPLE);
        } finally {
            filling = false;
        }
        setFormEnabled(true);
        fillProjectList();
        selectInList(f);
        say(modified(f) ? texts.get("view.unsaved.hint") : "");
        if (!planFor.equals(planKey(f))) {
            plan = null;
            planFor = "";
        }
        fillTables();
        runs.projectShown(f);
    }

    private void selectInList(ProjectForm f) {
        for (int i = 0; i < saved.size(); i++) {
            if (saved.get(i).id().equals(f.id())) {
                projectList.setSelection(i);
                return;
            }
        }
        if (f.id() == null) {
            projectList.setSelection(saved.size());
        }
    }

    private void edited() {
        if (filling || form == null) {
            return;
        }
        int s = source.getSelectionIndex();
        int t = target.getSelectionIndex();
        VerifyMode m = VerifyMode.values()[Math.max(0, mode.getSelectionIndex())];
        sample.setEnabled(m == VerifyMode.SAMPLE);
        form = new ProjectForm(form.id(), name.getText().strip(), s < 0 ? null : endpoints.get(s).id(),
                sourceSchema.getText().strip(), t < 0 ? null : endpoints.get(t).id(), targetSchema.getText().strip(),
                include.getText(), exclude.getText(), form.tables(), m, sample.getSelection());
        drafts.put(form.key(), form);
        if (projectList.getSelectionIndex() >= 0 && projectList.getSelectionIndex() < projectList.getItemCount()) {
            TableItem item = projectList.getItem(projectList.getSelectionIndex());
            if (!item.getText().startsWith("* ")) {
                item.setText("* " + item.getText());
            }
        }
        if (!planFor.isEmpty() && !planFor.equals(planKey(form))) {
            say(texts.get("view.tables.stale"));
        }
        refreshSelection();
    }

    private void newProject() {
        keepDraft();
        String first = endpoints.isEmpty() ? null : endpoints.get(0).id();
        String second = endpoints.stream().filter(e -> e.engine() != Engine.ORACLE).map(Endpoint::id).findFirst()
                .orElse(first);
        ProjectForm f = drafts.getOrDefault("", ProjectForm.fresh(texts.get("view.new.name"), first, second));
        drafts.put("", f);
        fillProjectList();
        show(f);
        name.setFocus();
        name.selectAll();
    }

    /** Saves the shown project; then runs {@code after} with it as kept (a run saves first). */
    void save(java.util.function.Consumer<MigrationProject> after) {
        if (form == null) {
            return;
        }
        MigrationProject project;
        try {
            project = form.project(context.site().id());
        } catch (IllegalArgumentException e) {
            say(texts.getOr(e.getMessage(), texts.format("error.other", e.getMessage())));
            return;
        }
        ProjectForm editing = form;
        job(texts.get("job.save"), () -> {
            MigrationProject kept = projects.save(project);
            async(() -> {
                drafts.remove(editing.key());
                say(texts.format("view.saved", kept.name()));
                if (form == editing) {
                    form = ProjectForm.of(kept);
                }
                loadProjects(kept.id());
                if (after != null) {
                    after.accept(kept);
                }
            });
        });
    }

    private void delete() {
        if (form == null) {
            return;
        }
        if (form.id() == null) {
            drafts.remove("");
            form = null;
            setFormEnabled(false);
            fillProjectList();
            return;
        }
        MessageBox ask = new MessageBox(projectList.getShell(), SWT.ICON_QUESTION | SWT.YES | SWT.NO);
        ask.setText(texts.get("view.delete"));
        ask.setMessage(texts.format("view.delete.ask", form.name()));
        if (ask.open() != SWT.YES) {
            return;
        }
        String id = form.id();
        String shownName = form.name();
        job(texts.get("job.delete"), () -> {
            projects.delete(id);
            async(() -> {
                drafts.remove(id);
                form = null;
                setFormEnabled(false);
                say(texts.format("view.deleted", shownName));
                loadProjects(null);
            });
        });
    }

    private void setFormEnabled(boolean on) {
        for (Control c : List.of(name, source, sourceSchema, target, targetSchema, include, exclude, mode, read)) {
            c.setEnabled(on);
        }
        sample.setEnabled(on && form != null && form.mode() == VerifyMode.SAMPLE);
        if (runs != null) {
            runs.setProjectActions(on);
        }
    }

    /** The project shown, as typed (may be unsaved), or {@code null}. */
    ProjectForm form() {
        return form;
    }

    // ---- endpoints -----------------------------------------------------------------------------------------------

    private void fillEndpointCombos() {
        for (Combo c : List.of(source, target)) {
            int selected = c.getSelectionIndex();
            c.removeAll();
            for (Endpoint e : endpoints) {
                c.add(endpointLabel(e));
            }
            if (selected >= 0) {
                c.select(selected);
            }
        }
    }

    /** Name, engine and version (as probed), "emulated" for the stand-in, and where it is. */
    String endpointLabel(Endpoint e) {
        ProbeResult p = probed.get(e.id());
        String version = p != null ? String.valueOf(p.version()) : e.declaredVersion() == null ? "" : e.declaredVersion();
        return texts.format("endpoint.label", e.name(), texts.get("engine." + e.engine().name()), version,
                e.emulated() ? texts.get("view.emulated") : "", e.host() + ":" + e.port());
    }

    Endpoint endpoint(String id) {
        return endpoints.stream().filter(e -> e.id().equals(id)).findFirst()
                .orElseGet(() -> directory.find(id).orElse(null));
    }

    private int endpointIndex(String id) {
        for (int i = 0; i < endpoints.size(); i++) {
            if (endpoints.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** Reads every endpoint's engine version in the background, so the lists show it; an unreachable one says so. */
    private void probeEndpoints() {
        List<Endpoint> all = endpoints;
        job(texts.get("job.probe"), () -> {
            for (Endpoint e : all) {
                try {
                    ProbeResult r = sessions.probe(e, Cancellation.none());
                    async(() -> {
                        probed.put(e.id(), r);
                        fillEndpointCombos();
                    });
                } catch (org.hisops.db.api.DatabaseException x) {
                    // shown when the endpoint is used; the list keeps the declared version
                }
            }
        });
    }

    // ---- tables and mapping --------------------------------------------------------------------------------------

    private void createTablesTab() {
        TabItem item = new TabItem(tabs, SWT.NONE);
        item.setText(texts.get("tab.tables"));
        Composite page = new Composite(tabs, SWT.NONE);
        page.setLayout(new GridLayout(1, false));
        item.setControl(page);
        Composite bar = new Composite(page, SWT.NONE);
        bar.setLayout(new GridLayout(4, false));
        bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        read = button(bar, "view.read", "mig.read", e -> readTables());
        new Label(bar, SWT.NONE).setText(texts.get("view.filter"));
        filter = new Text(bar, SWT.BORDER | SWT.SEARCH);
        filter.setData(KEY, "mig.filter");
        GridData filterData = new GridData();
        filterData.widthHint = 160;
        filter.setLayoutData(filterData);
        filter.addListener(SWT.Modify, e -> fillTables());
        count = new Label(bar, SWT.NONE);
        count.setData(KEY, "mig.count");
        count.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        SashForm split = new SashForm(page, SWT.HORIZONTAL);
        split.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        tables = new Table(split, SWT.BORDER | SWT.CHECK | SWT.FULL_SELECTION | SWT.SINGLE);
        tables.setData(KEY, "mig.tables");
        tables.setHeaderVisible(true);
        tables.setLinesVisible(true);
        column(tables, "col.table", 130);
        column(tables, "col.target.table", 110);
        column(tables, "col.columns", 50);
        column(tables, "col.key", 80);
        tables.addListener(SWT.Selection, e -> {
            if (e.detail == SWT.CHECK && e.item instanceof TableItem checked && form != null) {
                form = form.choose((String) checked.getData(), checked.getChecked(), tableNames());
                drafts.put(form.key(), form);
                if (!include.getText().equals(form.include())) {
                    filling = true;
                    include.setText(form.include());
                    filling = false;
                }
                refreshSelection();
            }
            showMapping();
        });

        SashForm mapping = new SashForm(split, SWT.VERTICAL);
        columns = new Table(mapping, SWT.BORDER | SWT.FULL_SELECTION);
        columns.setData(KEY, "mig.columns");
        columns.setHeaderVisible(true);
        columns.setLinesVisible(true);
        column(columns, "col.source.column", 110);
        column(columns, "col.source.type", 120);
        column(columns, "col.arrow", 30);
        column(columns, "col.target.column", 110);
        column(columns, "col.target.type", 140);
        create = new Text(mapping, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        create.setData(KEY, "mig.create");
        create.setFont(mono);
        notes = new Table(mapping, SWT.BORDER | SWT.FULL_SELECTION);
        notes.setData(KEY, "mig.notes");
        notes.setHeaderVisible(true);
        notes.setLinesVisible(true);
        column(notes, "col.level", 70);
        column(notes, "col.object", 130);
        column(notes, "col.note", 420);
        mapping.setWeights(40, 30, 30);
        split.setWeights(38, 62);
    }

    private static String planKey(ProjectForm f) {
        return f.sourceId() + "/" + f.sourceSchema() + "->" + f.targetId() + "/" + f.targetSchema();
    }

    private void readTables() {
        ProjectForm f = form;
        CopyService service = copy;
        if (f == null) {
            return;
        }
        if (service == null) {
            say(texts.get("view.no_copy"));
            return;
        }
        if (f.sourceId() == null || f.targetId() == null || f.sourceSchema().isBlank() || f.targetSchema().isBlank()) {
            say(texts.get("form.need.schemas"));
            return;
        }
        read.setEnabled(false);
        Endpoint e = endpoint(f.sourceId());
        say(texts.format("view.reading", f.sourceSchema(), e == null ? f.sourceId() : e.name()));
        Job job = Job.create(texts.get("job.read"), (IProgressMonitor monitor) -> {
            String text;
            CopyPlan read;
            try {
                read = readPlan(service, f);
                text = null;
            } catch (Exception x) {
                read = null;
                text = texts.failure(x, this::endpoint);
            }
            CopyPlan made = read;
            String failed = text;
            async(() -> {
                this.read.setEnabled(form != null);
                if (made == null) {
                    say(failed);
                    return;
                }
                plan = made;
                planFor = planKey(f);
                say(texts.format(made.emulated() ? "view.read.done.emulated" : "view.read.done", made.tables().size(),
                        f.sourceSchema(), made.sourceEngine() + " " + made.sourceVersion()));
                fillTables();
                if (tables.getItemCount() > 0 && tables.getSelectionIndex() < 0) {
                    tables.setSelection(0);
                    showMapping();
                }
            });
            return Status.OK_STATUS;
        });
        job.setUser(false);
        job.schedule();
    }

    /** The mapping preview of every table of the project's source schema (the copy's plan; changes nothing). */
    static CopyPlan readPlan(CopyService service, ProjectForm f) throws Exception {
        return service.plan(CopyRequest.of(f.sourceId(), f.sourceSchema(), f.targetId(), f.targetSchema()),
                Cancellation.none());
    }

    /** The plan read for the shown project's source and target, if it is current. */
    CopyPlan currentPlan() {
        return form != null && planFor.equals(planKey(form)) ? plan : null;
    }

    List<String> tableNames() {
        CopyPlan p = plan;
        return p == null ? List.of() : p.tables().stream().map(CopyPlan.TablePlan::source).toList();
    }

    private void fillTables() {
        tables.removeAll();
        CopyPlan p = currentPlan();
        if (p == null) {
            columns.removeAll();
            notes.removeAll();
            create.setText("");
            count.setText(form == null ? "" : texts.get("view.tables.unread"));
            count.getParent().layout();
            return;
        }
        String wanted = filter.getText().strip().toLowerCase(Locale.ROOT);
        for (CopyPlan.TablePlan t : p.tables()) {
            if (!wanted.isEmpty() && !t.source().toLowerCase(Locale.ROOT).contains(wanted)) {
                continue;
            }
            TableItem item = new TableItem(tables, SWT.NONE);
            item.setData(t.source());
            item.setText(new String[] { t.source(), t.target(), Integer.toString(t.columns().size()),
                    String.join(", ", t.key()) });
            if (t.refused()) {
                item.setForeground(tables.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            }
        }
        refreshSelection();
    }

    /** Check marks and the count after the patterns or a check changed. */
    private void refreshSelection() {
        CopyPlan p = currentPlan();
        if (p == null || form == null) {
            return;
        }
        for (TableItem item : tables.getItems()) {
            item.setChecked(form.selects((String) item.getData()));
        }
        List<String> names = tableNames();
        long chosen = names.stream().filter(form::selects).count();
        count.setText(texts.format("view.count", chosen, names.size()));
        count.getParent().layout();
    }

    /** The project's tables of the current plan, in copy order. */
    List<CopyPlan.TablePlan> selectedTables() {
        CopyPlan p = currentPlan();
        ProjectForm f = form;
        return p == null || f == null ? List.of() : p.tables().stream().filter(t -> f.selects(t.source())).toList();
    }

    private void showMapping() {
        CopyPlan p = currentPlan();
        int i = tables.getSelectionIndex();
        if (p == null || i < 0) {
            return;
        }
        String chosen = (String) tables.getItem(i).getData();
        Optional<CopyPlan.TablePlan> table = p.tables().stream().filter(t -> t.source().equals(chosen)).findFirst();
        if (table.isEmpty()) {
            return;
        }
        columns.removeAll();
        for (CopyPlan.ColumnPlan c : table.get().columns()) {
            new TableItem(columns, SWT.NONE)
                    .setText(new String[] { c.source(), c.sourceType(), "\u2192", c.target(), c.targetType() });
        }
        create.setText(String.join(";\n", table.get().create()) + (table.get().create().isEmpty() ? "" : ";"));
        notes.removeAll();
        String prefix = chosen + ".";
        for (MappingNote n : p.notes()) {
            if (n.object().equals(chosen) || n.object().startsWith(prefix)) {
                TableItem item = new TableItem(notes, SWT.NONE);
                item.setText(new String[] { CopyTexts.level(texts.locale(), n.level()), n.object(),
                        CopyTexts.note(texts.locale(), n) });
                if (n.level() != MappingNote.Level.INFO) {
                    item.setForeground(notes.getDisplay().getSystemColor(
                            n.level() == MappingNote.Level.REFUSED ? SWT.COLOR_DARK_RED : SWT.COLOR_DARK_YELLOW));
                }
            }
        }
        if (notes.getItemCount() == 0) {
            new TableItem(notes, SWT.NONE).setText(new String[] { "", chosen, texts.get("view.no_notes") });
        }
    }

    // ---- shared helpers ------------------------------------------------------------------------------------------

    /** A run's record in the project's history, written in the background; failures are shown, not thrown. */
    void record(String projectId, ProjectRun run) {
        job(texts.get("job.history"), () -> {
            projects.recordRun(projectId, run);
            async(() -> runs.loadHistory());
        });
    }

    void say(String text) {
        if (!status.isDisposed()) {
            status.setText(text == null ? "" : text);
            status.getParent().layout();
        }
    }

    void async(Runnable action) {
        UiThread.whileAlive(tabs, action);
    }

    /** Background work whose failure is shown in the view's status in the user's language. */
    void job(String title, Work work) {
        Job job = Job.create(title, (IProgressMonitor monitor) -> {
            try {
                work.run();
            } catch (Exception e) {
                String text = texts.failure(e, this::endpoint);
                async(() -> say(text));
            }
            return Status.OK_STATUS;
        });
        job.schedule();
    }

    interface Work {
        void run() throws Exception;
    }

    Group group(Composite parent, String title, int columns) {
        Group g = new Group(parent, SWT.NONE);
        g.setText(texts.get(title));
        g.setLayout(new GridLayout(columns, false));
        return g;
    }

    Button button(Composite parent, String label, String key, org.eclipse.swt.widgets.Listener listener) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(texts.get(label));
        b.setData(KEY, key);
        b.addListener(SWT.Selection, listener);
        return b;
    }

    void column(Table table, String title, int width) {
        TableColumn c = new TableColumn(table, SWT.LEFT);
        c.setText(texts.get(title));
        c.setWidth(width);
    }

    private Text field(Composite parent, String label, String key) {
        new Label(parent, SWT.NONE).setText(texts.get(label));
        Text t = new Text(parent, SWT.BORDER);
        t.setData(KEY, key);
        GridData d = new GridData(SWT.FILL, SWT.CENTER, true, false);
        d.widthHint = 150;
        t.setLayoutData(d);
        return t;
    }

    private Combo combo(Composite parent, String label, String key) {
        new Label(parent, SWT.NONE).setText(texts.get(label));
        Combo c = new Combo(parent, SWT.READ_ONLY);
        c.setData(KEY, key);
        GridData d = new GridData(SWT.FILL, SWT.CENTER, true, false);
        d.widthHint = 150;
        c.setLayoutData(d);
        return c;
    }

    String time(Instant when) {
        return when == null ? "" : TIME.format(when.atZone(ZoneId.systemDefault()));
    }

    /** Hands a result to the UI thread at most once at a time, however often the engine reports. */
    static final class Coalescer {
        private final AtomicBoolean pending = new AtomicBoolean();

        void post(MigrationProjectView view, Runnable refresh) {
            if (pending.compareAndSet(false, true)) {
                view.async(() -> {
                    pending.set(false);
                    refresh.run();
                });
            }
        }
    }

    @Override
    public void setFocus() {
        if (projectList != null && !projectList.isDisposed()) {
            projectList.setFocus();
        }
    }

    @Override
    public void dispose() {
        if (endpointListener != null) {
            try {
                endpointListener.close();
            } catch (Exception e) {
                // the directory is going away with the view; nothing is left to release
            }
        }
        if (runs != null) {
            runs.dispose();
        }
        if (mono != null) {
            mono.dispose();
        }
    }
}
