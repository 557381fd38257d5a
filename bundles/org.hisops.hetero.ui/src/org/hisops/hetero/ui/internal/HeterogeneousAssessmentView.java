package org.hisops.hetero.ui.internal;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.hisops.assessment.report.HeteroReport;
import org.hisops.assessment.report.JsonReports;
import org.hisops.assessment.report.ReadinessReport;
import org.hisops.assessment.report.ReportTexts;
import org.hisops.db.api.Cancellation;
import org.hisops.db.api.DatabaseException;
import org.hisops.db.api.DbProblem;
import org.hisops.db.api.Endpoint;
import org.hisops.db.api.EndpointDirectory;
import org.hisops.db.api.Engine;
import org.hisops.hetero.api.AssessedObject;
import org.hisops.hetero.api.Conversion;
import org.hisops.hetero.api.HeteroAssessment;
import org.hisops.hetero.api.HeteroProgress;
import org.hisops.hetero.api.HeterogeneousAssessor;
import org.hisops.hetero.api.ObjectKind;
import org.hisops.hetero.api.RuleHit;
import org.hisops.hetero.api.TargetFlavour;
import org.hisops.platform.api.Capability;
import org.hisops.platform.ui.CapabilityView;
import org.hisops.platform.ui.CapabilityViewContext;
import org.hisops.platform.ui.UiThread;
import org.hisops.platform.ui.Widgets;
import org.hisops.report.ReportRenderer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * "Heterogeneous assessment" (异构迁移评估): an Oracle endpoint of the site (others are listed with the reason they
 * cannot be assessed), the target flavour and the schemas; the assessment runs in a job with progress and cancel;
 * then the totals per object kind (AUTO / REVIEW / MANUAL, units, person-days), the objects of the chosen kind and,
 * for the chosen object, the rules that fired with their lines and reasons. Exports HTML, PDF and JSON.
 */
@Component(scope = ServiceScope.PROTOTYPE, property = Capability.ID_PROPERTY + "=org.hisops.assessment.hetero")
public class HeterogeneousAssessmentView implements CapabilityView {

    private final HeterogeneousAssessor assessor;
    private final EndpointDirectory directory;
    private final ReportRenderer renderer;
    private ReportTexts texts;
    private CapabilityViewContext context;
    private Combo endpointCombo;
    private Combo flavourCombo;
    private Text schemasText;
    private Button run;
    private Button cancel;
    private ProgressBar bar;
    private Label status;
    private Table kinds;
    private Table objects;
    private Text details;
    private List<Endpoint> endpoints = List.of();
    private final List<ObjectKind> kindRows = new ArrayList<>();
    private final List<AssessedObject> objectRows = new ArrayList<>();
    private HeteroAssessment shown;
    private Endpoint shownEndpoint;
    private volatile Cancellation running;

    @Activate
    public HeterogeneousAssessmentView(@Reference HeterogeneousAssessor assessor,
            @Reference EndpointDirectory directory, @Reference ReportRenderer renderer) {
        this.assessor = assessor;
        this.directory = directory;
        this.renderer = renderer;
    }

    @Override
    public void createControl(Composite container, CapabilityViewContext context) {
        this.context = context;
        this.texts = ReportTexts.of(context.locale(), HeterogeneousAssessmentView.class,
                List.of(assessor, DbProblem.class));
        Composite parent = new Composite(container, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = layout.marginHeight = 10;
        parent.setLayout(layout);

        Composite top = new Composite(parent, SWT.NONE);
        top.setLayout(new GridLayout(7, false));
        top.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        new Label(top, SWT.NONE).setText(texts.get("view.endpoint"));
        endpointCombo = new Combo(top, SWT.READ_ONLY);
        endpointCombo.setData(Widgets.TEST_KEY, "hetero.endpoint");
        GridData comboData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        comboData.widthHint = 300;
        endpointCombo.setLayoutData(comboData);
        new Label(top, SWT.NONE).setText(texts.get("view.flavour"));
        flavourCombo = new Combo(top, SWT.READ_ONLY);
        flavourCombo.setData(Widgets.TEST_KEY, "hetero.flavour");
        for (TargetFlavour f : TargetFlavour.values()) {
            flavourCombo.add(texts.get(f.key()));
        }
        flavourCombo.select(0);
        run = button(top, "view.run", e -> runAssessment());
        run.setData(Widgets.TEST_KEY, "hetero.run");
        cancel = button(top, "view.cancel", e -> {
            Cancellation c = running;
            if (c != null) {
                c.cancel();
            }
        });
        cancel.setData(Widgets.TEST_KEY, "hetero.cancel");
        cancel.setEnabled(false);
        bar = new ProgressBar(top, SWT.SMOOTH);
        bar.setLayoutData(new GridData(100, SWT.DEFAULT));
        new Label(top, SWT.NONE).setText(texts.get("view.schemas"));
        schemasText = new Text(top, SWT.BORDER);
        schemasText.setData(Widgets.TEST_KEY, "hetero.schemas");
        schemasText.setMessage(texts.get("view.schemas.hint"));
        schemasText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        Composite exports = new Composite(top, SWT.NONE);
        GridLayout exportLayout = new GridLayout(3, false);
        exportLayout.marginWidth = exportLayout.marginHeight = 0;
        exports.setLayout(exportLayout);
        exports.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 3, 1));
        button(exports, "view.export.html", e -> export(Format.HTML)).setData(Widgets.TEST_KEY, "hetero.export.html");
        button(exports, "view.export.pdf", e -> export(Format.PDF)).setData(Widgets.TEST_KEY, "hetero.export.pdf");
        button(exports, "view.export.json", e -> export(Format.JSON)).setData(Widgets.TEST_KEY, "hetero.export.json");
        status = new Label(parent, SWT.WRAP);
        status.setData(Widgets.TEST_KEY, "hetero.status");
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

        SashForm rows = new SashForm(parent, SWT.VERTICAL);
        rows.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Group totals = Widgets.group(rows, texts.get("view.totals"), 1);
        kinds = table(totals, new String[] { "col.kind", "col.objects", Conversion.AUTO.key(),
                Conversion.REVIEW.key(), Conversion.MANUAL.key(), "col.units", "col.days" },
                new int[] { 170, 80, 110, 110, 110, 90, 90 });
        kinds.setData(Widgets.TEST_KEY, "hetero.kinds");
        SashForm bottom = new SashForm(rows, SWT.HORIZONTAL);
        Group left = Widgets.group(bottom, texts.get("view.objects"), 1);
        objects = table(left, new String[] { "col.object", "col.conversion", "col.units", "col.lines", "col.rules" },
                new int[] { 230, 90, 60, 60, 260 });
        objects.setData(Widgets.TEST_KEY, "hetero.objects");
        Group right = Widgets.group(bottom, texts.get("view.details"), 1);
        details = new Text(right, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL | SWT.WRAP);
        details.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        details.setData(Widgets.TEST_KEY, "hetero.details");
        bottom.setWeights(55, 45);
        rows.setWeights(50, 50);

        endpointCombo.addListener(SWT.Selection, e -> endpointChosen());
        kinds.addListener(SWT.Selection, e -> showObjects());
        objects.addListener(SWT.Selection, e -> showDetails());
        fillEndpoints();
    }

    private Table table(Composite parent, String[] columns, int[] widths) {
        return Widgets.table(parent, 1, 120, Arrays.stream(columns).map(texts::get).toArray(String[]::new), widths);
    }

    private Button button(Composite parent, String key, Listener listener) {
        return Widgets.button(parent, texts.get(key), listener);
    }

    /** The status line may wrap to a second line: the page is laid out again for it. */
    private void setStatus(String text) {
        status.setText(text);
        status.getParent().layout(true);
    }

    private void async(Runnable r) {
        UiThread.whileAlive(kinds, r);
    }

    /** Oracle endpoints first (they run), 10.x before 11.x; the others are listed with the reason. */
    private void fillEndpoints() {
        endpoints = directory.endpoints(context.site().id()).stream()
                .sorted(Comparator.comparing((Endpoint e) -> e.engine() != Engine.ORACLE)
                        .thenComparing(e -> e.declaredVersion() == null ? "~" : e.declaredVersion())
                        .thenComparing(Endpoint::name))
                .toList();
        endpointCombo.removeAll();
        String emulated = texts.get("report.emulated");
        for (Endpoint e : endpoints) {
            // The demo's names already say so; a name of the user's gets the mark.
            String label = e.name() + (e.emulated() && !e.name().contains(emulated.replaceAll("[()（）]", ""))
                    ? " " + emulated : "");
            endpointCombo.add(e.engine() == Engine.ORACLE ? label
                    : texts.format("view.endpoint.na", label, e.engine().name()));
        }
        if (endpoints.isEmpty()) {
            setStatus(texts.get("view.no.endpoints"));
        } else {
            endpointCombo.select(0);
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
        if (e != null && !oracle) {
            setStatus(texts.format("view.not.applicable", e.name(), e.engine().name()));
        } else if (e != null) {
            setStatus(texts.get("view.ready"));
        }
    }

    /** The schemas typed, upper-cased as Oracle stores unquoted names; empty for every application schema. */
    private Set<String> schemas() {
        Set<String> s = new LinkedHashSet<>();
        for (String part : schemasText.getText().split("[,;\\s]+")) {
            if (!part.isBlank()) {
                s.add(part.strip().toUpperCase(Locale.ROOT));
            }
        }
        return s;
    }

    private void runAssessment() {
        Endpoint endpoint = selectedEndpoint();
        if (endpoint == null || endpoint.engine() != Engine.ORACLE || running != null) {
            return;
        }
        TargetFlavour flavour = TargetFlavour.values()[Math.max(0, flavourCombo.getSelectionIndex())];
        Set<String> schemas = schemas();
        Cancellation cancellation = new Cancellation();
        running = cancellation;
        run.setEnabled(false);
        cancel.setEnabled(true);
        bar.setSelection(0);
        setStatus(texts.format("view.running", endpoint.name(), texts.get(flavour.key())));
        Job.create(texts.format("job.run", endpoint.name()), (IProgressMonitor m) -> {
            HeteroAssessment result = null;
            String problem = null;
            try {
                result = assessor.assess(endpoint, flavour, schemas, new HeteroProgress() {
                    @Override
                    public void started(int total) {
                        async(() -> bar.setMaximum(Math.max(1, total)));
                    }

                    @Override
                    public void schemaDone(String schema, int done, int total) {
                        async(() -> {
                            bar.setSelection(done);
                            setStatus(texts.format("view.progress", schema, done, total));
                        });
                    }
                }, cancellation);
            } catch (DatabaseException e) {
                problem = problem(e, endpoint);
            } catch (RuntimeException e) {
                problem = texts.format("view.failed", String.valueOf(e.getMessage()));
            }
            HeteroAssessment done = result;
            String failure = problem;
            async(() -> {
                running = null;
                cancel.setEnabled(false);
                endpointChosen();
                if (done != null) {
                    show(endpoint, done);
                } else {
                    setStatus(failure);
                }
            });
            return Status.OK_STATUS;
        }).schedule();
    }

    private String problem(DatabaseException e, Endpoint endpoint) {
        DbProblem p = e.problem();
        if (p == DbProblem.CANCELLED) {
            return texts.get("view.cancelled");
        }
        String code = e.serverCode() == null ? "" : e.serverCode();
        // The port as text: MessageFormat would group its digits (1,521).
        return texts.format(p.titleKey(), code, endpoint.host(), String.valueOf(endpoint.port())) + " "
                + texts.get(p.actionKey());
    }

    private void show(Endpoint endpoint, HeteroAssessment a) {
        shown = a;
        shownEndpoint = endpoint;
        kinds.removeAll();
        kindRows.clear();
        int busiest = 0;
        double most = -1;
        List<List<String>> rows = HeteroReport.kindRows(texts, a);
        int row = 0;
        for (ObjectKind kind : ObjectKind.values()) {
            if (a.count(kind) == 0) {
                continue;
            }
            new TableItem(kinds, SWT.NONE).setText(rows.get(row).toArray(String[]::new));
            kindRows.add(kind);
            double units = a.units(kind);
            if (units > most) {
                most = units;
                busiest = row;
            }
            row++;
        }
        TableItem total = new TableItem(kinds, SWT.NONE);
        total.setText(new String[] { texts.get("view.total"), Integer.toString(a.objects().size()),
                Long.toString(a.count(Conversion.AUTO)), Long.toString(a.count(Conversion.REVIEW)),
                Long.toString(a.count(Conversion.MANUAL)), HeteroReport.number(texts.locale(), a.units()),
                HeteroReport.number(texts.locale(), a.personDays()) });
        String summary = texts.format("view.done", ReadinessReport.time(a.started()),
                a.sourceVersion() == null ? "-" : a.sourceVersion(), texts.get(a.flavour().key()),
                HeteroReport.totals(texts, a), HeteroReport.number(texts.locale(), a.personDays()));
        setStatus(summary + (a.cancelled() ? " " + texts.get("view.cancelled.partial") : "")
                + (a.emulated() ? " " + texts.get("view.emulated.source") : ""));
        if (!kindRows.isEmpty()) {
            // Start where the work is: the kind with the most effort.
            kinds.select(busiest);
        }
        showObjects();
    }

    /** The objects of the selected kind (or of all kinds on the total line), manual ones first. */
    private void showObjects() {
        objects.removeAll();
        objectRows.clear();
        details.setText("");
        HeteroAssessment a = shown;
        if (a == null) {
            return;
        }
        int i = kinds.getSelectionIndex();
        ObjectKind kind = i >= 0 && i < kindRows.size() ? kindRows.get(i) : null;
        a.objects().stream().filter(o -> kind == null || o.kind() == kind)
                .sorted(Comparator.comparing(AssessedObject::conversion).reversed()
                        .thenComparing(Comparator.comparingDouble(AssessedObject::units).reversed())
                        .thenComparing(AssessedObject::qualifiedName))
                .forEach(o -> {
                    new TableItem(objects, SWT.NONE).setText(new String[] { o.qualifiedName(),
                            texts.get(o.conversion().key()), HeteroReport.number(texts.locale(), o.units()),
                            Integer.toString(o.lines()), HeteroReport.hits(o) });
                    objectRows.add(o);
                });
        if (!objectRows.isEmpty()) {
            objects.select(0);
            showDetails();
        }
    }

    /** The object's verdict, effort and every rule that fired: line, rule, verdict, text read, why. */
    private void showDetails() {
        int i = objects.getSelectionIndex();
        if (i < 0 || i >= objectRows.size()) {
            return;
        }
        AssessedObject o = objectRows.get(i);
        StringBuilder b = new StringBuilder();
        b.append(texts.format("detail.object", o.qualifiedName(), texts.get(o.kind().key()),
                texts.get(o.conversion().key()), HeteroReport.number(texts.locale(), o.units()),
                HeteroReport.number(texts.locale(), shown.effort().personDays(o.units())), o.lines())).append('\n');
        if (o.hits().isEmpty()) {
            b.append('\n').append(texts.get("detail.no.hits")).append('\n');
        }
        for (RuleHit h : o.hits()) {
            // Line 0 is the object's attributes (a sequence's limits, a link's host), not a line of text.
            b.append('\n').append(texts.format(h.line() > 0 ? "detail.hit" : "detail.hit.object", h.line(),
                    h.ruleId(), texts.get("rule." + h.ruleId()), texts.get(h.conversion().key()),
                    HeteroReport.number(texts.locale(), h.units()))).append('\n');
            if (!h.text().isEmpty()) {
                b.append("    ").append(h.text()).append('\n');
            }
            b.append("    ").append(texts.get("rule." + h.ruleId() + ".why")).append('\n');
        }
        details.setText(b.toString());
    }

    private enum Format {
        HTML, PDF, JSON
    }

    private void export(Format format) {
        HeteroAssessment a = shown;
        Endpoint endpoint = shownEndpoint;
        if (a == null || endpoint == null) {
            MessageDialog.openInformation(kinds.getShell(), texts.get("export.title"), texts.get("export.select"));
            return;
        }
        FileDialog dialog = new FileDialog(kinds.getShell(), SWT.SAVE);
        dialog.setOverwrite(true);
        dialog.setFileName("hetero-" + endpoint.id() + "-" + a.flavour().name().toLowerCase(Locale.ROOT) + "-"
                + ReadinessReport.time(a.started()).replaceAll("[^0-9]", "") + "."
                + format.name().toLowerCase(Locale.ROOT));
        String file = dialog.open();
        if (file == null) {
            return;
        }
        Job.create(texts.get("job.export"), (IProgressMonitor m) -> {
            try (OutputStream out = new FileOutputStream(file)) {
                if (format == Format.PDF) {
                    renderer.pdf(HeteroReport.of(texts, endpoint, a), out);
                } else {
                    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                    if (format == Format.HTML) {
                        renderer.html(HeteroReport.of(texts, endpoint, a), w);
                    } else {
                        w.write(JsonReports.hetero(texts, endpoint, a));
                    }
                    w.flush();
                }
                async(() -> context.showStatus(texts.format("export.done", file)));
            } catch (IOException | RuntimeException e) {
                async(() -> MessageDialog.openError(kinds.getShell(), texts.get("export.title"),
                        texts.format("export.failed", file, String.valueOf(e.getMessage()))));
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
