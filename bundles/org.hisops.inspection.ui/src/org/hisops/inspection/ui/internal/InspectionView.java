package org.hisops.inspection.ui.internal;

import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.TableEditor;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.hisops.checks.api.Check;
import org.hisops.checks.api.CheckCatalogue;
import org.hisops.checks.api.CheckResult;
import org.hisops.checks.api.CheckRunner;
import org.hisops.checks.api.CheckStatus;
import org.hisops.checks.api.Finding;
import org.hisops.checks.api.RunProgress;
import org.hisops.checks.api.Severity;
import org.hisops.db.api.Cancellation;
import org.hisops.db.api.Endpoint;
import org.hisops.db.api.EndpointDirectory;
import org.hisops.inspection.api.CheckOutcome;
import org.hisops.inspection.api.Checklist;
import org.hisops.inspection.api.ChecklistItem;
import org.hisops.inspection.api.ChecklistProvider;
import org.hisops.inspection.api.InspectionException;
import org.hisops.inspection.api.InspectionRun;
import org.hisops.inspection.api.InspectionSummary;
import org.hisops.inspection.api.Inspections;
import org.hisops.inspection.api.ItemKind;
import org.hisops.inspection.api.ManualAnswer;
import org.hisops.inspection.report.InspectionReports;
import org.hisops.platform.api.Capability;
import org.hisops.platform.ui.CapabilityView;
import org.hisops.platform.ui.CapabilityViewContext;
import org.hisops.platform.ui.UiThread;
import org.hisops.report.Report;
import org.hisops.report.ReportRenderer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * "Inspection" (巡检): a list of the site and its endpoints, a run started or resumed as a job with progress and
 * cancel, the findings per endpoint with their recommendation, the manual items edited in their table and saved the
 * moment they are entered, the site's runs (open and signed), the conclusions drafted and edited, sign-off, and the
 * monthly report as PDF or HTML (Chinese by default). Every store, database and report call runs in a job.
 */
@Component(scope = ServiceScope.PROTOTYPE, property = Capability.ID_PROPERTY + "=org.hisops.inspection")
public class InspectionView implements CapabilityView {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final String WIDGET = "org.hisops.widget";

    private final Inspections inspections;
    private final InspectionReports reports;
    private final CheckRunner runner;
    private final EndpointDirectory directory;
    private final ReportRenderer renderer;
    private final List<ChecklistProvider> providers = new java.util.concurrent.CopyOnWriteArrayList<>();
    private Texts texts;
    private CapabilityViewContext context;

    private Combo listCombo;
    private Text inspector;
    private Table endpointTable;
    private Button start;
    private Button resume;
    private Button cancel;
    private ProgressBar bar;
    private Label status;
    private Table findings;
    private Text details;
    private Table manual;
    private Table history;
    private Text conclusions;
    private Button draft;
    private Button save;
    private Button signOff;
    private Combo language;

    private List<Checklist> lists = List.of();
    private List<Endpoint> endpoints = List.of();
    private List<InspectionSummary> summaries = List.of();
    private final List<Row> rows = new ArrayList<>();
    private List<ChecklistItem> manualItems = List.of();
    private Map<String, Check> checks = Map.of();
    /** The catalogue of each check, by check id: it words the check's findings. */
    private Map<String, CheckCatalogue> catalogues = Map.of();
    private InspectionRun shown;
    private volatile Cancellation running;

    /** One line of the findings table: a finding, or a check that could not run. */
    private record Row(CheckOutcome outcome, Finding finding) {
    }

    @Activate
    public InspectionView(@Reference Inspections inspections, @Reference InspectionReports reports,
            @Reference CheckRunner runner, @Reference EndpointDirectory directory,
            @Reference ReportRenderer renderer) {
        this.inspections = inspections;
        this.reports = reports;
        this.runner = runner;
        this.directory = directory;
        this.renderer = renderer;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addProvider(ChecklistProvider provider) {
        providers.add(provider);
    }

    void removeProvider(ChecklistProvider provider) {
        providers.remove(provider);
    }

    @Override
    public void createControl(Composite container, CapabilityViewContext context) {
        this.context = context;
        List<Object> contributors = new ArrayList<>(runner.catalogues());
        contributors.addAll(providers);
        this.texts = new Texts(context.locale(), contributors);
        Map<String, Check> all = new HashMap<>();
        Map<String, CheckCatalogue> owners = new HashMap<>();
        for (CheckCatalogue c : runner.catalogues()) {
            c.checks().forEach(k -> {
                all.putIfAbsent(k.id(), k);
                owners.putIfAbsent(k.id(), c);
            });
        }
        checks = all;
        catalogues = owners;

        Composite parent = new Composite(container, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = layout.marginHeight = 8;
        parent.setLayout(layout);

        Composite top = new Composite(parent, SWT.NONE);
        top.setLayout(new GridLayout(8, false));
        top.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        new Label(top, SWT.NONE).setText(texts.get("view.list"));
        listCombo = new Combo(top, SWT.READ_ONLY);
        listCombo.setData(WIDGET, "insp.list");
        GridData comboData = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        comboData.widthHint = 260;
        listCombo.setLayoutData(comboData);
        new Label(top, SWT.NONE).setText(texts.get("view.inspector"));
        inspector = new Text(top, SWT.BORDER | SWT.SINGLE);
        inspector.setData(WIDGET, "insp.inspector");
        inspector.setLayoutData(new GridData(130, SWT.DEFAULT));
        start = button(top, "view.start", "insp.start", e -> startRun());
        resume = button(top, "view.resume", "insp.resume", e -> resumeRun());
        resume.setEnabled(false);
        cancel = button(top, "view.cancel", "insp.cancel", e -> {
            Cancellation c = running;
            if (c != null) {
                c.cancel();
            }
        });
        cancel.setEnabled(false);
        bar = new ProgressBar(top, SWT.SMOOTH);
        bar.setLayoutData(new GridData(120, SWT.DEFAULT));

        endpointTable = new Table(parent, SWT.BORDER | SWT.CHECK | SWT.FULL_SELECTION);
        endpointTable.setData(WIDGET, "insp.endpoints");
        GridData ed = new GridData(SWT.FILL, SWT.TOP, true, false);
        ed.heightHint = 62;
        endpointTable.setLayoutData(ed);
        new TableColumn(endpointTable, SWT.LEFT).setWidth(700);
        status = new Label(parent, SWT.WRAP);
        status.setData(WIDGET, "insp.status");
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        SashForm left = new SashForm(sash, SWT.VERTICAL);
        Group found = group(left, "view.findings");
        findings = table(found, new String[] { "col.severity", "col.endpoint", "col.check", "col.finding" },
                new int[] { 80, 150, 150, 380 }, "insp.findings");
        details = new Text(found, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL | SWT.WRAP);
        GridData dd = new GridData(SWT.FILL, SWT.FILL, true, false);
        dd.heightHint = 54;
        details.setLayoutData(dd);
        details.setData(WIDGET, "insp.details");
        Group manualGroup = group(left, "view.manual");
        manual = table(manualGroup, new String[] { "col.item", "col.entered", "col.range", "col.verdict", "col.note" },
                new int[] { 230, 110, 110, 80, 200 }, "insp.manual");
        new Label(manualGroup, SWT.WRAP).setText(texts.get("view.manual.hint"));
        left.setWeights(55, 45);

        Composite right = new Composite(sash, SWT.NONE);
        right.setLayout(new GridLayout(1, false));
        Group past = group(right, "view.history");
        past.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        history = table(past, new String[] { "col.started", "col.list", "col.state", "col.done" },
                new int[] { 125, 130, 100, 55 }, "insp.history");
        Group written = group(right, "view.conclusions");
        written.setLayout(new GridLayout(4, false));
        written.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        conclusions = new Text(written, SWT.MULTI | SWT.BORDER | SWT.V_SCROLL | SWT.WRAP);
        conclusions.setData(WIDGET, "insp.conclusions");
        GridData cd = new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1);
        cd.heightHint = 120;
        conclusions.setLayoutData(cd);
        draft = button(written, "view.draft", "insp.draft", e -> draftConclusions());
        save = button(written, "view.save", "insp.save", e -> saveConclusions());
        signOff = button(written, "view.signoff", "insp.signoff", e -> signOff());
        new Label(written, SWT.NONE);
        Composite export = new Composite(written, SWT.NONE);
        export.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
        GridLayout exportLayout = new GridLayout(4, false);
        exportLayout.marginWidth = 0;
        export.setLayout(exportLayout);
        new Label(export, SWT.NONE).setText(texts.get("view.language"));
        language = new Combo(export, SWT.READ_ONLY);
        language.setData(WIDGET, "insp.language");
        // the hospital's language by default; English on request
        language.setItems(texts.get("view.language.zh"), texts.get("view.language.en"));
        language.select(0);
        button(export, "view.export.pdf", "insp.export.pdf", e -> export(true));
        button(export, "view.export.html", "insp.export.html", e -> export(false));
        sash.setWeights(60, 40);

        listCombo.addListener(SWT.Selection, e -> listChosen());
        findings.addListener(SWT.Selection, e -> showDetails());
        history.addListener(SWT.Selection, e -> loadSelectedRun());
        manual.addListener(SWT.MouseDown, this::editCell);
        enableRunActions();
        fillLists();
    }

    private Group group(Composite parent, String key) {
        Group g = new Group(parent, SWT.NONE);
        g.setText(texts.get(key));
        g.setLayout(new GridLayout(1, false));
        return g;
    }

    private Table table(Composite parent, String[] columns, int[] widths, String key) {
        Table t = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        t.setHeaderVisible(true);
        t.setLinesVisible(true);
        t.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        t.setData(WIDGET, key);
        for (int i = 0; i < columns.length; i++) {
            TableColumn col = new TableColumn(t, SWT.LEFT);
            col.setText(texts.get(columns[i]));
            col.setWidth(widths[i]);
        }
        return t;
    }

    private Button button(Composite parent, String key, String widget, org.eclipse.swt.widgets.Listener listener) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(texts.get(key));
        b.setData(WIDGET, widget);
        b.addListener(SWT.Selection, listener);
        return b;
    }

    private void async(Runnable r) {
        UiThread.whileAlive(findings, r);
    }

    /** Runs {@code work} in a job; an inspection refusal or failure is shown in the status line in the user's language. */
    private void job(String name, Work work) {
        Job.create(name, (IProgressMonitor m) -> {
            try {
                work.run();
            } catch (InspectionException e) {
                async(() -> problem(texts.of(e)));
            } catch (java.io.IOException | RuntimeException e) {
                async(() -> problem(texts.format("view.failed", String.valueOf(e.getMessage()))));
            }
            return Status.OK_STATUS;
        }).schedule();
    }

    @FunctionalInterface
    private interface Work {
        void run() throws InspectionException, java.io.IOException;
    }

    private void problem(String message) {
        status.setText(message);
        status.setForeground(status.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        status.getParent().layout(true, true);
    }

    private void say(String message) {
        status.setText(message);
        status.setForeground(null);
        status.getParent().layout(true, true);
    }

    private void fillLists() {
        String site = context.site().id();
        job(texts.get("job.load"), () -> {
            List<Checklist> available = inspections.siteChecklists(site);
            List<Endpoint> all = directory.endpoints(site);
            async(() -> {
                lists = available;
                endpoints = all;
                listCombo.removeAll();
                for (Checklist l : available) {
                    listCombo.add(listName(l));
                }
                if (available.isEmpty()) {
                    problem(texts.get("view.no.lists"));
                    return;
                }
                // the monthly lists are what this view is mostly for: start on the first one
                int first = 0;
                for (int i = available.size() - 1; i >= 0; i--) {
                    if (available.get(i).stage() == org.hisops.checks.api.Stage.MONTHLY) {
                        first = i;
                    }
                }
                listCombo.select(first);
                listChosen();
            });
            loadHistory(0);
        });
    }

    private String listName(Checklist l) {
        return providers.stream().filter(p -> p.id().equals(l.providerId())).findFirst()
                .map(p -> p.text(texts.locale(), l.nameKey())).orElse(l.id());
    }

    private Checklist selectedList() {
        int i = listCombo.getSelectionIndex();
        return i < 0 || i >= lists.size() ? null : lists.get(i);
    }

    /** The endpoints of the site whose engine the list covers, all ticked. */
    private void listChosen() {
        Checklist list = selectedList();
        endpointTable.removeAll();
        if (list == null) {
            return;
        }
        for (Endpoint e : endpoints) {
            if (list.engines().contains(e.engine())) {
                TableItem item = new TableItem(endpointTable, SWT.NONE);
                item.setText(texts.format("view.endpoint", endpointName(e), e.engine().name(),
                        e.declaredVersion() == null ? "" : e.declaredVersion()).strip());
                item.setChecked(true);
                item.setData(e);
            }
        }
        if (endpointTable.getItemCount() == 0) {
            problem(texts.format("view.no.endpoints", listName(list)));
        } else if (shown == null) {
            say(texts.get("view.ready"));
        }
        enableRunActions();
    }

    private String endpointName(Endpoint e) {
        String emulated = texts.get("view.emulated");
        boolean marked = e.name().contains(emulated.replaceAll("[()\uff08\uff09]", "").strip());
        return e.name() + (e.emulated() && !marked ? emulated : "");
    }

    private String endpointName(String id) {
        return endpoints.stream().filter(e -> e.id().equals(id)).findFirst().map(this::endpointName).orElse(id);
    }

    private List<Endpoint> tickedEndpoints() {
        List<Endpoint> ticked = new ArrayList<>();
        for (TableItem item : endpointTable.getItems()) {
            if (item.getChecked()) {
                ticked.add((Endpoint) item.getData());
            }
        }
        return ticked;
    }

    private void enableRunActions() {
        boolean idle = running == null;
        start.setEnabled(idle && selectedList() != null && endpointTable.getItemCount() > 0);
        boolean open = shown != null && !shown.signedOff();
        resume.setEnabled(idle && open);
        cancel.setEnabled(!idle);
        draft.setEnabled(open);
        save.setEnabled(open);
        signOff.setEnabled(idle && open);
        conclusions.setEditable(open);
    }

    private void startRun() {
        Checklist list = selectedList();
        List<Endpoint> chosen = tickedEndpoints();
        String name = inspector.getText().strip();
        if (list == null || running != null) {
            return;
        }
        if (name.isEmpty()) {
            problem(texts.get("view.inspector.needed"));
            inspector.setFocus();
            return;
        }
        if (chosen.isEmpty()) {
            problem(texts.get("view.endpoints.needed"));
            return;
        }
        String site = context.site().id();
        Cancellation cancellation = begin();
        job(texts.format("job.run", listName(list)), () -> {
            try {
                InspectionRun run = inspections.start(site, list.id(), chosen, name);
                async(() -> {
                    show(run);
                    conclusions.setText("");
                    loadHistory(run.id());
                });
                runChecks(run, chosen, list, cancellation);
            } finally {
                async(this::end);
            }
        });
    }

    private void resumeRun() {
        InspectionRun run = shown;
        if (run == null || running != null) {
            return;
        }
        Checklist list = lists.stream().filter(l -> l.id().equals(run.checklistId())).findFirst().orElse(null);
        if (list == null) {
            problem(texts.of(new InspectionException("error.unknown_list", run.checklistId())));
            return;
        }
        List<Endpoint> chosen = endpoints.stream().filter(e -> run.endpointIds().contains(e.id())).toList();
        Cancellation cancellation = begin();
        job(texts.format("job.run", listName(list)), () -> {
            try {
                runChecks(run, chosen, list, cancellation);
            } finally {
                async(this::end);
            }
        });
    }

    private Cancellation begin() {
        Cancellation cancellation = new Cancellation();
        running = cancellation;
        bar.setSelection(0);
        enableRunActions();
        return cancellation;
    }

    private void end() {
        running = null;
        enableRunActions();
    }

    /** In the job: the checks not done yet, progress counted over every endpoint the list covers. */
    private void runChecks(InspectionRun run, List<Endpoint> chosen, Checklist list, Cancellation cancellation)
            throws InspectionException {
        int total = 0;
        for (Endpoint e : chosen) {
            if (list.engines().contains(e.engine())) {
                for (ChecklistItem c : list.checks()) {
                    if (run.outcome(e.id(), c.id()).isEmpty()) {
                        total++;
                    }
                }
            }
        }
        int all = Math.max(1, total);
        AtomicInteger done = new AtomicInteger();
        async(() -> {
            bar.setMaximum(all);
            say(texts.format("view.running", all));
        });
        InspectionRun after = inspections.runChecks(run.id(), chosen, new RunProgress() {
            @Override
            public void checkDone(CheckResult result, int d, int t) {
                int n = done.incrementAndGet();
                async(() -> {
                    bar.setSelection(n);
                    say(texts.format("view.progress", n, all, title(result.checkId())));
                });
            }
        }, cancellation);
        async(() -> {
            show(after);
            String summary = summary(after);
            say(cancellation.isCancelled() ? texts.format("view.cancelled", summary) : summary);
            loadHistory(after.id());
        });
    }

    private String summary(InspectionRun r) {
        return texts.format("view.counts", r.outcomes().size(), r.count(CheckStatus.PASS),
                r.count(CheckStatus.FINDING), r.count(CheckStatus.NOT_APPLICABLE), r.count(CheckStatus.FAILED),
                r.answers().size());
    }

    private void loadHistory(long select) {
        String site = context.site().id();
        job(texts.get("job.load"), () -> {
            List<InspectionSummary> past = inspections.history(site);
            async(() -> {
                summaries = past;
                history.removeAll();
                int index = -1;
                for (int i = 0; i < past.size(); i++) {
                    InspectionSummary s = past.get(i);
                    TableItem item = new TableItem(history, SWT.NONE);
                    String list = lists.stream().filter(l -> l.id().equals(s.checklistId())).findFirst()
                            .map(this::listName).orElse(s.checklistId());
                    item.setText(new String[] { time(s.started()), list,
                            s.signedAt() == null ? texts.get("view.state.open")
                                    : texts.format("view.state.signed", s.signedBy()),
                            Integer.toString(s.checksDone()) });
                    if (s.id() == select) {
                        index = i;
                    }
                }
                if (index >= 0) {
                    history.select(index);
                }
            });
        });
    }

    private void loadSelectedRun() {
        int i = history.getSelectionIndex();
        if (i < 0 || i >= summaries.size()) {
            return;
        }
        long id = summaries.get(i).id();
        job(texts.get("job.load"), () -> {
            Optional<InspectionRun> run = inspections.load(id);
            Optional<String> text = inspections.conclusions(id);
            async(() -> {
                if (run.isEmpty()) {
                    problem(texts.of(new InspectionException("error.unknown_run", String.valueOf(id))));
                    return;
                }
                show(run.get());
                conclusions.setText(text.orElse(""));
                InspectionRun r = run.get();
                say(r.signedOff() ? texts.format("view.signed.readonly", r.signedBy(), time(r.signedAt()))
                        : texts.format("view.open", time(r.started()), r.inspector()) + "  " + summary(r));
            });
        });
    }

    private void show(InspectionRun run) {
        shown = run;
        Checklist list = lists.stream().filter(l -> l.id().equals(run.checklistId())).findFirst().orElse(null);
        findings.removeAll();
        rows.clear();
        details.setText("");
        List<Row> all = new ArrayList<>();
        for (CheckOutcome o : run.outcomes()) {
            o.result().findings().forEach(f -> all.add(new Row(o, f)));
            if (o.result().status() == CheckStatus.FAILED) {
                all.add(new Row(o, null));
            }
        }
        // the most severe first, checks that could not run right after the errors, then by endpoint
        all.sort(Comparator.comparingDouble((Row r) -> r.finding() == null ? Severity.ERROR.ordinal() - 0.5
                : r.finding().severity().ordinal()).reversed()
                .thenComparing(r -> run.endpointIds().indexOf(r.outcome().endpointId())));
        for (Row row : all) {
            TableItem item = new TableItem(findings, SWT.NONE);
            Finding f = row.finding();
            item.setText(new String[] { f == null ? texts.get("view.could.not.run") : texts.get(f.severity().key()),
                    endpointName(row.outcome().endpointId()), title(row.outcome().result().checkId()),
                    f == null ? failure(row.outcome()) : message(row.outcome().result().checkId(), f) });
            if (f == null || f.severity() == Severity.ERROR) {
                item.setForeground(findings.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            }
            rows.add(row);
        }
        manualItems = list == null ? List.of() : list.manualItems();
        fillManual(run);
        if (!rows.isEmpty()) {
            findings.select(0);
            showDetails();
        }
        enableRunActions();
    }

    private void fillManual(InspectionRun run) {
        manual.removeAll();
        for (ChecklistItem item : manualItems) {
            ManualAnswer a = run.answers().get(item.id());
            TableItem row = new TableItem(manual, SWT.NONE);
            String entered = a == null ? ""
                    : item.kind() == ItemKind.VALUE ? number(a.value()) + " " + (item.unit() == null ? "" : item.unit())
                            : texts.get(Boolean.TRUE.equals(a.passed()) ? "view.passed" : "view.failed.verdict");
            String verdict = a == null || a.passed() == null ? ""
                    : texts.get(a.passed() ? "view.verdict.ok" : "view.verdict.out");
            row.setText(new String[] { manualText(item), entered.strip(), range(item), verdict,
                    a == null ? "" : a.note() });
            if (a != null && Boolean.FALSE.equals(a.passed())) {
                row.setForeground(3, manual.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            }
        }
    }

    private String manualText(ChecklistItem item) {
        Checklist list = shown == null ? null
                : lists.stream().filter(l -> l.id().equals(shown.checklistId())).findFirst().orElse(null);
        return providers.stream().filter(p -> list != null && p.id().equals(list.providerId())).findFirst()
                .map(p -> p.text(texts.locale(), item.textKey())).orElse(item.id());
    }

    private static String range(ChecklistItem item) {
        if (item.kind() != ItemKind.VALUE || item.minimum() == null && item.maximum() == null) {
            return "";
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

    private static String number(Double value) {
        if (value == null) {
            return "";
        }
        return value == Math.rint(value) ? String.valueOf(value.longValue()) : String.valueOf(value);
    }

    /**
     * Clicking the entered value or the note of a manual item opens an editor in the cell: a choice for a
     * passed/failed item, a field for a value or a note. What is entered is saved at once (Enter, or leaving the
     * cell); a malformed number is refused with a message and nothing is saved.
     */
    private void editCell(Event event) {
        InspectionRun run = shown;
        Point at = new Point(event.x, event.y);
        TableItem row = manual.getItem(at);
        if (row == null || run == null) {
            return;
        }
        int index = manual.indexOf(row);
        int column = row.getBounds(1).contains(at) ? 1 : row.getBounds(4).contains(at) ? 4 : -1;
        if (column < 0 || index >= manualItems.size()) {
            return;
        }
        if (run.signedOff()) {
            problem(texts.of(new InspectionException("error.signed", String.valueOf(run.id()), run.signedBy())));
            return;
        }
        ChecklistItem item = manualItems.get(index);
        ManualAnswer current = run.answers().get(item.id());
        TableEditor editor = new TableEditor(manual);
        editor.grabHorizontal = true;
        Control control;
        if (column == 1 && item.kind() == ItemKind.PASS_FAIL) {
            Combo choice = new Combo(manual, SWT.READ_ONLY);
            choice.setItems(texts.get("view.passed"), texts.get("view.failed.verdict"));
            if (current != null && current.passed() != null) {
                choice.select(current.passed() ? 0 : 1);
            }
            choice.addListener(SWT.Selection, e -> {
                answer(item, choice.getSelectionIndex() == 0 ? ManualAnswer.passFail(item.id(), true, note(current))
                        : ManualAnswer.passFail(item.id(), false, note(current)));
                choice.dispose();
            });
            choice.addListener(SWT.FocusOut, e -> choice.dispose());
            control = choice;
        } else {
            Text field = new Text(manual, SWT.SINGLE);
            field.setText(column == 4 ? note(current) : current == null || current.value() == null ? ""
                    : number(current.value()));
            field.selectAll();
            Runnable commit = () -> {
                if (field.isDisposed()) {
                    return;
                }
                String entered = field.getText().strip();
                field.dispose();
                commit(item, current, column, entered);
            };
            field.addListener(SWT.DefaultSelection, e -> commit.run());
            field.addListener(SWT.FocusOut, e -> commit.run());
            field.addListener(SWT.Traverse, e -> {
                if (e.detail == SWT.TRAVERSE_ESCAPE) {
                    field.dispose();
                }
            });
            control = field;
        }
        control.setData(WIDGET, "insp.cell");
        editor.setEditor(control, row, column);
        control.setFocus();
    }

    private static String note(ManualAnswer a) {
        return a == null ? "" : a.note();
    }

    private void commit(ChecklistItem item, ManualAnswer current, int column, String entered) {
        if (column == 4) {
            if (current == null) {
                problem(texts.format("view.note.first", manualText(item)));
                return;
            }
            answer(item, new ManualAnswer(item.id(), current.value(),
                    item.kind() == ItemKind.VALUE ? null : current.passed(), entered, null));
            return;
        }
        if (entered.isEmpty()) {
            return;
        }
        Double value = parse(entered, texts.locale());
        if (value == null) {
            problem(texts.format("view.value.malformed", entered, manualText(item),
                    item.unit() == null ? "" : item.unit()));
            return;
        }
        answer(item, ManualAnswer.value(item.id(), value, note(current)));
    }

    /** A number as people type it: 23.5, 23,5 (a Chinese or European keyboard) or 23; anything else is refused. */
    static Double parse(String text, Locale locale) {
        String t = text.strip().replace('\uff0e', '.').replace('\uff0c', ',');
        if (t.matches("-?\\d+,\\d+")) {
            t = t.replace(',', '.');
        }
        ParsePosition position = new ParsePosition(0);
        Number n = NumberFormat.getNumberInstance(Locale.ROOT).parse(t, position);
        if (n == null || position.getIndex() != t.length() || !Double.isFinite(n.doubleValue())) {
            return null;
        }
        return n.doubleValue();
    }

    private void answer(ChecklistItem item, ManualAnswer answer) {
        InspectionRun run = shown;
        if (run == null) {
            return;
        }
        job(texts.get("job.save"), () -> {
            InspectionRun saved = inspections.answer(run.id(), answer);
            async(() -> {
                if (shown != null && shown.id() == saved.id()) {
                    shown = saved;
                    fillManual(saved);
                }
                ManualAnswer a = saved.answers().get(item.id());
                say(texts.format(Boolean.FALSE.equals(a.passed()) ? "view.saved.out" : "view.saved",
                        manualText(item)));
                loadHistory(saved.id());
            });
        });
    }

    private void draftConclusions() {
        InspectionRun run = shown;
        if (run == null) {
            return;
        }
        Locale locale = reportLocale();
        job(texts.get("job.draft"), () -> {
            String text = reports.draftConclusions(run.id(), locale);
            async(() -> {
                conclusions.setText(text);
                say(texts.get("view.drafted"));
            });
        });
    }

    private void saveConclusions() {
        InspectionRun run = shown;
        if (run == null) {
            return;
        }
        String text = conclusions.getText();
        job(texts.get("job.save"), () -> {
            inspections.saveConclusions(run.id(), text);
            async(() -> say(texts.get("view.conclusions.saved")));
        });
    }

    private void signOff() {
        InspectionRun run = shown;
        String name = inspector.getText().strip();
        if (run == null) {
            return;
        }
        if (name.isEmpty()) {
            problem(texts.get("view.inspector.needed"));
            inspector.setFocus();
            return;
        }
        // Signing cannot be undone (the run, its answers and conclusions become read-only), so it is asked once more.
        if (!MessageDialog.openConfirm(signOff.getShell(), texts.get("view.signoff.confirm.title"),
                texts.format("view.signoff.confirm", name, String.valueOf(run.id())))) {
            return;
        }
        String text = conclusions.getText();
        job(texts.get("job.save"), () -> {
            // what the inspector wrote goes with the run before it becomes read-only
            if (!text.isBlank()) {
                inspections.saveConclusions(run.id(), text);
            }
            InspectionRun signed = inspections.signOff(run.id(), name);
            async(() -> {
                show(signed);
                say(texts.format("view.signed.readonly", signed.signedBy(), time(signed.signedAt())));
                loadHistory(signed.id());
            });
        });
    }

    private Locale reportLocale() {
        return language.getSelectionIndex() == 1 ? Locale.ENGLISH : InspectionReports.DEFAULT_LOCALE;
    }

    private void export(boolean pdf) {
        InspectionRun run = shown;
        if (run == null) {
            problem(texts.get("view.export.select"));
            return;
        }
        Locale locale = reportLocale();
        FileDialog dialog = new FileDialog(findings.getShell(), SWT.SAVE);
        dialog.setOverwrite(true);
        dialog.setFileName("inspection-" + run.siteId() + "-" + TIME.format(run.started().atZone(ZoneId.systemDefault()))
                .replaceAll("[^0-9]", "") + "-" + locale.getLanguage() + (pdf ? ".pdf" : ".html"));
        String file = dialog.open();
        if (file == null) {
            return;
        }
        job(texts.get("job.export"), () -> {
            Report report = reports.monthlyReport(run.id(), locale);
            try (OutputStream out = new FileOutputStream(file)) {
                if (pdf) {
                    renderer.pdf(report, out);
                } else {
                    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                    renderer.html(report, w);
                    w.flush();
                }
            } catch (org.hisops.report.ReportException e) {
                async(() -> problem(texts.format("view.export.font", e.getMessage())));
                return;
            } catch (java.io.IOException e) {
                async(() -> problem(texts.format("view.export.failed", file, e.getMessage())));
                return;
            }
            async(() -> {
                say(texts.format("view.exported", file));
                context.showStatus(texts.format("view.exported", file));
            });
        });
    }

    private Row selectedRow() {
        int i = findings.getSelectionIndex();
        return i < 0 || i >= rows.size() ? null : rows.get(i);
    }

    private void showDetails() {
        Row row = selectedRow();
        if (row == null) {
            return;
        }
        String checkId = row.outcome().result().checkId();
        StringBuilder b = new StringBuilder();
        b.append(row.finding() == null ? failure(row.outcome()) : message(checkId, row.finding())).append('\n');
        Check check = checks.get(checkId);
        if (check != null) {
            b.append(texts.get("view.recommendation")).append(' ').append(texts.get(check.recommendationKey()));
        }
        details.setText(b.toString());
    }

    private String title(String checkId) {
        Check c = checks.get(checkId);
        return c == null ? checkId : texts.get(c.titleKey());
    }

    /** In the words of the check's catalogue, which may draw on other bundles (the Data Guard state's reasons). */
    private String message(String checkId, Finding f) {
        CheckCatalogue catalogue = catalogues.get(checkId);
        return catalogue != null ? catalogue.message(texts.locale(), f)
                : texts.format(f.messageKey(), f.arguments().toArray());
    }

    /** Why a check could not run: a connection problem with its server, host and port and what to do about it. */
    private String failure(CheckOutcome o) {
        CheckResult r = o.result();
        Endpoint e = endpoints.stream().filter(x -> x.id().equals(o.endpointId())).findFirst().orElse(null);
        if (r.problem() != null && e != null) {
            String code = r.serverCode() == null ? "" : r.serverCode();
            String title = texts.format(r.problem().titleKey(), code, e.host(), Integer.toString(e.port()))
                    .replace("\uff08\uff09", "").replace(" ()", "");
            return title + " " + texts.get(r.problem().actionKey());
        }
        String reason = r.reasonKey() == null ? "" : texts.format(r.reasonKey(), r.reasonArguments().toArray());
        return ((r.serverCode() == null ? "" : r.serverCode() + " ") + reason).strip();
    }

    private static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(ZoneId.systemDefault()));
    }

    @Override
    public void setFocus() {
        if (listCombo != null && !listCombo.isDisposed()) {
            listCombo.setFocus();
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
