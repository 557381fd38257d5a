package org.hisops.assessment.ui.internal;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.hisops.assessment.report.ReportTexts;
import org.hisops.checks.api.FixupPlan;

/**
 * A fixup before it runs: what it does, the exact statements as they will be sent, and a field for the database's
 * name; Run is enabled only when the name matches.
 */
final class FixupDialog extends Dialog {

    private final ReportTexts texts;
    private final FixupPlan plan;
    private final String checkTitle;
    private Text confirmation;
    private String typed = "";

    FixupDialog(Shell parent, ReportTexts texts, FixupPlan plan, String checkTitle) {
        super(parent);
        this.texts = texts;
        this.plan = plan;
        this.checkTitle = checkTitle;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(texts.format("fixup.title", checkTitle, plan.endpoint().name())
                + (plan.endpoint().emulated() ? " " + texts.get("view.emulated") : ""));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(1, false));
        Label what = new Label(area, SWT.WRAP);
        what.setText(texts.get(plan.fixup().descriptionKey())
                + (plan.fixup().needsRestart() ? "\n" + texts.get("fixup.restart") : ""));
        GridData whatData = new GridData(SWT.FILL, SWT.TOP, true, false);
        whatData.widthHint = 700;
        what.setLayoutData(whatData);
        new Label(area, SWT.NONE).setText(texts.get("fixup.statements"));
        Text statements = new Text(area, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        GridData d = new GridData(SWT.FILL, SWT.FILL, true, true);
        d.heightHint = 110;
        d.widthHint = 700;
        statements.setLayoutData(d);
        statements.setFont(JFaceResources.getTextFont());
        statements.setText(String.join("\n", plan.statements()));
        statements.setData("org.hisops.widget", "assess.fixup.statements");
        Label ask = new Label(area, SWT.WRAP);
        ask.setText(texts.format("fixup.confirm", plan.confirmation()));
        confirmation = new Text(area, SWT.BORDER);
        confirmation.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        confirmation.setData("org.hisops.widget", "assess.fixup.confirm");
        confirmation.addModifyListener(e -> update());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        Button run = createButton(parent, IDialogConstants.OK_ID, texts.get("fixup.run"), false);
        run.setData("org.hisops.widget", "assess.fixup.run");
        createButton(parent, IDialogConstants.CANCEL_ID, texts.get("fixup.close"), true);
        update();
    }

    private void update() {
        Button run = getButton(IDialogConstants.OK_ID);
        if (run != null && confirmation != null) {
            run.setEnabled(confirmation.getText().strip().equals(plan.confirmation()));
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
