package org.hisops.dataguard.ops.ui.internal;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.hisops.dataguard.api.ReadinessLine;
import org.hisops.dataguard.api.Runbook;
import org.hisops.dataguard.api.RunbookStep;

/**
 * The runbook before an action runs: the readiness lines (the blocking ones first), every step with the exact
 * statement or server command, and a field where the user types the database name; Run is enabled only when the
 * name matches and readiness allows the action (a drill may show a blocking "primary running" line, since the drill
 * itself brings the primary down).
 */
final class RunbookDialog extends Dialog {

    private final Texts texts;
    private final Runbook runbook;
    private final boolean drill;
    private Text confirmation;
    private String typed = "";

    RunbookDialog(Shell parent, Texts texts, Runbook runbook) {
        this(parent, texts, runbook, false);
    }

    RunbookDialog(Shell parent, Texts texts, Runbook runbook, boolean drill) {
        super(parent);
        this.texts = texts;
        this.runbook = runbook;
        this.drill = drill;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(texts.format(drill ? "runbook.title.drill" : "runbook.title",
                texts.get(runbook.kind().nameKey()), runbook.targetId())
                + (runbook.emulated() ? " " + texts.get("view.emulated") : ""));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(1, false));
        label(area, "runbook.readiness");
        Text lines = text(area, 120);
        StringBuilder b = new StringBuilder();
        runbook.blocking().forEach(l -> b.append(SwitchoverView.line(texts, l)).append('\n'));
        for (ReadinessLine l : runbook.readiness()) {
            if (!runbook.blocking().contains(l)) {
                b.append(SwitchoverView.line(texts, l)).append('\n');
            }
        }
        lines.setText(b.toString());
        lines.setData("org.hisops.widget", "dgops.runbook.readiness");
        label(area, "runbook.steps");
        Text steps = text(area, 200);
        StringBuilder s = new StringBuilder();
        for (RunbookStep step : runbook.steps()) {
            s.append(step.number()).append(". [").append(texts.get("kind." + step.kind().name().toLowerCase(
                    java.util.Locale.ROOT))).append(" @ ").append(step.endpointId()).append("] ")
                    .append(texts.get(step.noteKey())).append('\n').append("     ").append(step.text());
            if (!step.expected().isEmpty()) {
                s.append("   ⇒ ").append(String.join(" | ", step.expected()));
            }
            s.append('\n');
        }
        steps.setText(s.toString());
        steps.setData("org.hisops.widget", "dgops.runbook.steps");
        Label ask = new Label(area, SWT.WRAP);
        ask.setText(texts.format("runbook.confirm", runbook.confirmation()));
        confirmation = new Text(area, SWT.BORDER);
        confirmation.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        confirmation.setData("org.hisops.widget", "dgops.runbook.confirm");
        confirmation.addModifyListener(e -> update());
        return area;
    }

    private void label(Composite parent, String key) {
        new Label(parent, SWT.NONE).setText(texts.get(key));
    }

    private static Text text(Composite parent, int height) {
        Text t = new Text(parent, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        GridData d = new GridData(SWT.FILL, SWT.FILL, true, true);
        d.heightHint = height;
        d.widthHint = 760;
        t.setLayoutData(d);
        t.setFont(org.eclipse.jface.resource.JFaceResources.getTextFont());
        return t;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        Button run = createButton(parent, IDialogConstants.OK_ID, texts.get(drill ? "runbook.drill" : "runbook.run"),
                false);
        run.setData("org.hisops.widget", "dgops.runbook.run");
        createButton(parent, IDialogConstants.CANCEL_ID, texts.get("runbook.close"), true);
        update();
    }

    private void update() {
        Button run = getButton(IDialogConstants.OK_ID);
        if (run != null && confirmation != null) {
            boolean named = confirmation.getText().strip().equals(runbook.confirmation());
            run.setEnabled(named && (runbook.ready() || drill));
        }
    }

    @Override
    protected void okPressed() {
        typed = confirmation.getText().strip();
        super.okPressed();
    }

    String typed() {
        return typed;
    }
}
