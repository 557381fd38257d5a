package org.hisops.migration.ui.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.hisops.db.api.Cancellation;
import org.hisops.migration.api.MigrationProjects.ProjectRun;
import org.hisops.migration.api.RepairPlan;
import org.hisops.migration.api.RepairResult;
import org.hisops.migration.api.Repairs;
import org.hisops.migration.api.RowDifference;
import org.hisops.migration.api.TableResult;
import org.hisops.migration.api.TableStatus;
import org.hisops.migration.api.VerifyResult;
import org.hisops.platform.ui.AdministratorPrompt;
import org.hisops.report.Report;

/**
 * The "Results" tab: a verification's per-table verdicts; the selected table's differing rows with both sides'
 * values, the changed cells marked; its repair script (read-only, to the clipboard or a .sql file) and "Apply
 * repair..." for an administrator through {@link Repairs}; the report as HTML, PDF or JSON.
 */
final class ResultsPane {

    private static final String KEY = MigrationProjectView.KEY;
    /** The probe's key for what a save button writes (a native file dialog cannot be driven by the tests). */
    private static final String SAVE_TO = "org.hisops.widget.saveTo";

    private final MigrationProjectView view;
    private final Texts texts;
    private TabItem item;
    private Label summary;
    private Table verdicts;
    private Table differences;
    private Text script;
    private Button apply;
    private VerifyResult shown;
    /** The project the shown run was made for (its repair is noted there), or null. */
    private String shownProject;
    private TableResult table;

    ResultsPane(MigrationProjectView view) {
        this.view = view;
        this.texts = view.texts;
    }

    void create(TabFolder tabs) {
        item = new TabItem(tabs, SWT.NONE);
        item.setText(texts.get("tab.results"));
        Composite page = new Composite(tabs, SWT.NONE);
        page.setLayout(new GridLayout(1, false));
        item.setControl(page);
        Composite bar = new Composite(page, SWT.NONE);
        bar.setLayout(new GridLayout(4, false));
        bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        summary = new Label(bar, SWT.WRAP);
        summary.setData(KEY, "mig.summary");
        GridData summaryData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        summaryData.widthHint = 400; // wraps within the row; its height follows the text
        summary.setLayoutData(summaryData);
        summary.setText(texts.get("results.none"));
        saveButton(bar, "results.html", "mig.export.html", "html", this::exportHtml);
        saveButton(bar, "results.pdf", "mig.export.pdf", "pdf", this::exportPdf);
        saveButton(bar, "results.json", "mig.export.json", "json", this::exportJson);

        SashForm split = new SashForm(page, SWT.VERTICAL);
        split.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        verdicts = new Table(split, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        verdicts.setData(KEY, "mig.results");
        verdicts.setHeaderVisible(true);
        verdicts.setLinesVisible(true);
        view.column(verdicts, "col.table", 140);
        view.column(verdicts, "col.status", 75);
        view.column(verdicts, "col.by", 90);
        view.column(verdicts, "col.rows", 95);
        view.column(verdicts, "col.segments", 60);
        view.column(verdicts, "col.differences", 60);
        view.column(verdicts, "col.rules", 300);
        verdicts.addListener(SWT.Selection, e -> showTable(verdicts.getSelectionIndex()));

        differences = new Table(split, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        differences.setData(KEY, "mig.diffs");
        differences.setHeaderVisible(true);
        differences.setLinesVisible(true);

        Composite repair = new Composite(split, SWT.NONE);
        repair.setLayout(new GridLayout(4, false));
        script = new Text(repair, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        script.setData(KEY, "mig.repair");
        script.setFont(view.mono);
        script.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
        view.button(repair, "results.copy", "mig.repair.copy", e -> {
            if (!script.getText().isEmpty()) {
                Clipboard clipboard = new Clipboard(script.getDisplay());
                clipboard.setContents(new Object[] { script.getText() }, new Transfer[] { TextTransfer.getInstance() });
                clipboard.dispose();
                view.say(texts.get("results.copied"));
            }
        });
        saveButton(repair, "results.save", "mig.repair.save", "sql", this::saveScript);
        apply = view.button(repair, "results.apply", "mig.repair.apply", e -> applyRepair());
        apply.setEnabled(false);
        split.setWeights(35, 35, 30);
    }

    /** A button that asks for a file and writes to it; the probe can hand it the file instead. */
    private void saveButton(Composite parent, String label, String key, String extension, Consumer<Path> write) {
        Button b = view.button(parent, label, key, e -> {
            if (shown == null) {
                view.say(texts.get("results.none"));
                return;
            }
            FileDialog dialog = new FileDialog(parent.getShell(), SWT.SAVE);
            dialog.setOverwrite(true);
            dialog.setFilterExtensions(new String[] { "*." + extension });
            dialog.setFileName("verification-" + shown.runId() + (extension.equals("sql") && table != null
                    ? "-" + table.pair().label() : "") + "." + extension);
            String file = dialog.open();
            if (file != null) {
                write.accept(Path.of(file));
            }
        });
        b.setData(SAVE_TO, write);
    }

    /** Loads a stored run and shows it. */
    void showRun(String runId) {
        view.job(texts.get("job.result"), () -> {
            VerifyResult r = view.verifications.find(runId).orElse(null);
            view.async(() -> {
                if (r == null) {
                    view.say(texts.format("error.unknown-run", runId));
                } else {
                    show(r);
                }
            });
        });
    }

    void show(VerifyResult result) {
        shown = result;
        ProjectForm f = view.form();
        shownProject = f == null ? null : f.id();
        table = null;
        view.tabs.setSelection(item);
        summary.setText(texts.format("results.summary", result.runId(), texts.get("status." + result.worst().name()),
                view.time(result.started()), nullToEmpty(result.sourceSnapshot()),
                nullToEmpty(result.targetSnapshot())) + (result.emulated() ? " " + texts.get("view.emulated") : ""));
        summary.getParent().getParent().layout(true, true);
        verdicts.removeAll();
        for (TableResult t : result.tables()) {
            TableItem row = new TableItem(verdicts, SWT.NONE);
            String rules = t.status() == TableStatus.FAILED
                    ? texts.problem(t.problem(), "", null, t.problemMessage())
                    : String.join(", ", t.rules());
            row.setText(new String[] { t.pair().label(), texts.get("status." + t.status().name()),
                    texts.get("by." + t.comparedBy().name()), t.sourceRows() + " / " + t.targetRows(),
                    t.segmentsCompared() + " / " + t.segments(), Long.toString(t.differencesFound()), rules });
            if (t.status() != TableStatus.EQUAL) {
                row.setForeground(color(t.status() == TableStatus.DIFFERENT ? SWT.COLOR_DARK_RED : SWT.COLOR_DARK_YELLOW));
            }
        }
        differences.removeAll();
        script.setText("");
        apply.setEnabled(false);
        int first = 0;
        for (int i = 0; i < result.tables().size(); i++) {
            if (result.tables().get(i).status() != TableStatus.EQUAL) {
                first = i;
                break;
            }
        }
        if (!result.tables().isEmpty()) {
            verdicts.setSelection(first);
            showTable(first);
        }
    }

    /** The table's differing rows, two lines each (source, target), the changed cells marked, and its script. */
    private void showTable(int index) {
        if (shown == null || index < 0 || index >= shown.tables().size()) {
            return;
        }
        table = shown.tables().get(index);
        differences.setRedraw(false);
        differences.removeAll();
        for (TableColumn c : differences.getColumns()) {
            c.dispose();
        }
        view.column(differences, "col.difference", 120);
        view.column(differences, "col.key", 80);
        view.column(differences, "col.side", 60);
        for (String c : table.columns()) {
            TableColumn col = new TableColumn(differences, SWT.LEFT);
            col.setText(c);
            col.setWidth(100);
        }
        Color changed = color(SWT.COLOR_YELLOW);
        for (RowDifference d : table.differences()) {
            line(d, d.sourceValues(), "side.source", changed);
            line(d, d.targetValues(), "side.target", changed);
        }
        differences.setRedraw(true);
        String text = table.repair() == null ? "" : table.repair().text();
        script.setText(text.isEmpty() ? texts.get(table.status() == TableStatus.EQUAL ? "results.equal" : "results.no_script")
                : (table.repair().complete() ? "" : texts.get("results.incomplete") + "\n") + text);
        apply.setEnabled(!text.isEmpty() && table.status() == TableStatus.DIFFERENT);
    }

    private void line(RowDifference d, List<String> values, String side, Color changed) {
        TableItem row = new TableItem(differences, SWT.NONE);
        row.setText(0, texts.get("kind." + d.kind().name()));
        row.setText(1, String.join(", ", d.key()));
        row.setText(2, texts.get(side));
        for (int i = 0; i < table.columns().size(); i++) {
            String column = table.columns().get(i);
            String value = values.isEmpty() ? texts.get("results.missing") : i < values.size()
                    ? values.get(i) == null ? "NULL" : values.get(i) : "";
            boolean mark = d.changedColumns().stream().anyMatch(column::equalsIgnoreCase)
                    || (values.isEmpty() && d.kind() != RowDifference.Kind.CHANGED);
            row.setText(3 + i, mark && !values.isEmpty() ? "\u25b6 " + value : value);
            if (mark) {
                row.setBackground(3 + i, changed);
            }
        }
    }

    private Color color(int id) {
        return verdicts.getDisplay().getSystemColor(id);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    // ---- files ---------------------------------------------------------------------------------------------------

    private void saveScript(Path file) {
        String text = table == null || table.repair() == null ? "" : table.repair().text();
        write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    private void exportJson(Path file) {
        VerifyResult r = shown;
        write(file, out -> out.write(view.verifications.json(r).getBytes(StandardCharsets.UTF_8)));
    }

    private void exportHtml(Path file) {
        VerifyResult r = shown;
        write(file, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            view.renderer.html(report(r), w);
            w.flush();
        });
    }

    private void exportPdf(Path file) {
        VerifyResult r = shown;
        write(file, out -> view.renderer.pdf(report(r), out));
    }

    private Report report(VerifyResult r) {
        return view.verifications.report(r, texts.locale());
    }

    interface Output {
        void write(OutputStream out) throws IOException;
    }

    /** Writes in the background; a file that cannot be written is said with the system's reason. */
    private void write(Path file, Output output) {
        if (shown == null) {
            return;
        }
        view.job(texts.get("job.write"), () -> {
            String text;
            try (OutputStream out = Files.newOutputStream(file)) {
                output.write(out);
                text = texts.format("results.written", file);
            } catch (org.hisops.report.ReportException e) {
                text = texts.format("results.font", e.getMessage());
            } catch (IOException e) {
                text = texts.format("results.write_failed", file, String.valueOf(e.getMessage()));
            }
            String said = text;
            view.async(() -> view.say(said));
        });
    }

    // ---- repair --------------------------------------------------------------------------------------------------

    private void applyRepair() {
        Repairs service = view.repairs;
        VerifyResult result = shown;
        String projectId = shownProject;
        if (result == null) {
            return;
        }
        if (service == null) {
            view.say(texts.get("results.no_repairs"));
            return;
        }
        if (!AdministratorPrompt.ensure(script.getShell(), view.access, texts.locale())) {
            view.say(texts.get("results.admin"));
            return;
        }
        apply.setEnabled(false);
        view.say(texts.get("results.planning"));
        view.job(texts.get("job.repair"), () -> {
            // every differing table of the run, each named in the confirmation: one repair and one verification
            // afterwards for the run, rather than a run half repaired table by table
            RepairPlan plan = service.plan(result.runId(), List.of(), Cancellation.none());
            view.async(() -> confirmRepair(service, plan, projectId));
        });
    }

    private void confirmRepair(Repairs service, RepairPlan plan, String projectId) {
        apply.setEnabled(true);
        StringBuilder text = new StringBuilder(texts.format("results.plan", plan.tables().size(),
                plan.statementCount(), view.endpointLabel(view.endpoint(plan.targetId()))));
        for (RepairPlan.TableRepair t : plan.tables()) {
            text.append("\n\u2022 ").append(texts.format("results.plan.table", t.pair().label(), t.differences(),
                    t.script().statements().size()));
        }
        for (String w : plan.warnings()) {
            text.append("\n\u2022 ").append(texts.getOr(w, w));
        }
        if (!plan.runnable()) {
            text.append("\n\n").append(texts.getOr(plan.refusalKey(), plan.refusalKey()));
            if (!plan.refusalDetail().isEmpty()) {
                text.append(" (").append(Texts.firstLine(plan.refusalDetail())).append(')');
            }
            MessageDialog.openError(script.getShell(), texts.get("results.apply.title"), text.toString());
            view.say(texts.getOr(plan.refusalKey(), plan.refusalKey()));
            return;
        }
        text.append("\n\n").append(texts.format("results.type", plan.confirmation()));
        InputDialog confirm = new InputDialog(script.getShell(), texts.get("results.apply.title"), text.toString(), "",
                null) {
            @Override
            protected void createButtonsForButtonBar(Composite parent) {
                super.createButtonsForButtonBar(parent);
                getText().setData(KEY, "mig.repair.typed");
                getOkButton().setData(KEY, "mig.repair.ok");
            }
        };
        if (confirm.open() != Window.OK) {
            view.say(texts.get("results.not_applied"));
            return;
        }
        String typed = confirm.getValue();
        apply.setEnabled(false);
        view.say(texts.get("results.applying"));
        view.job(texts.get("job.repair"), () -> {
            RepairResult outcome = service.apply(plan, typed, Cancellation.none());
            if (projectId != null && outcome.after() != null) {
                view.record(projectId, new ProjectRun(ProjectRun.Kind.REPAIR, outcome.after().runId(),
                        outcome.started(), outcome.outcome().name()));
            }
            view.async(() -> repaired(outcome));
        });
    }

    private void repaired(RepairResult outcome) {
        StringBuilder text = new StringBuilder(texts.get("repair.outcome." + outcome.outcome().name()));
        if (outcome.refusalKey() != null) {
            text.append(' ').append(texts.getOr(outcome.refusalKey(), outcome.refusalKey()));
        }
        for (RepairResult.TableOutcome t : outcome.tables()) {
            if (!t.done()) {
                text.append(' ').append(texts.format("repair.table.failed", t.pair().label(),
                        t.serverCode() == null ? "" : t.serverCode(), t.detail() == null ? "" : t.detail()));
            }
        }
        if (outcome.after() != null) {
            text.append(' ').append(texts.format("repair.after", texts.get("status." + outcome.after().worst().name())));
            show(outcome.after());
        }
        view.say(text.toString());
    }
}
